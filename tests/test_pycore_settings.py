"""Settings: every key optional, bad values never crash."""

import pytest

import pycore
from pycore import hash_identifier

TEXT = "OMG my client Sarah is crazy busy lol, this is shit"


def rules(text, settings=None, context="post"):
    return [f.rule for f in pycore.check(text, context, settings)]


def test_disabled_categories_and_rules():
    base = set(rules(TEXT))
    assert "PROF001" in base and "TONE001" in base
    assert not {r for r in rules(TEXT, {"disabled_categories": ["profanity"]}) if r.startswith("PROF")}
    after = rules(TEXT, {"disabled_rules": ["tone001"]})
    assert "TONE001" not in after and "PROF001" in after


def test_severity_overrides_rule_beats_category():
    fs = pycore.check(TEXT, settings={"severity_overrides": {"profanity": "info", "STIG002": "error"}})
    sev = {f.rule: f.severity for f in fs}
    assert sev["PROF001"] == "info"
    assert sev["STIG002"] == "error"
    fs = pycore.check(TEXT, settings={"severity_overrides": {"profanity": "info", "PROF001": "warning"}})
    assert {f.rule: f.severity for f in fs}["PROF001"] == "warning"


def test_personal_account_only_gets_personal_categories():
    text = "My client Sarah, a 34-year-old nurse, told me today about her divorce. This is shit lol"
    cats = {f.category for f in pycore.check(text, settings={"account": "personal"})}
    assert cats == {"confidentiality"}
    cats = {f.category for f in pycore.check(text, settings={"account": "personal",
                                                             "personal_categories": ["profanity"]})}
    assert cats == {"profanity"}


def test_custom_flag_and_allow_terms():
    fs = pycore.check("Lunch at Rosewood Cafe today.", settings={
        "flag_terms": [{"term": "Rosewood Cafe", "category": "confidentiality"}]})
    assert [(f.rule, f.category, f.severity) for f in fs] == [("CUSTOM001", "confidentiality", "warning")]
    # normalized like text: case, spacing and look-alikes do not matter
    assert rules("lunch at ROSEWOOD   café", {"flag_terms": [{"term": "Rosewood Cafe", "category": "confidentiality"}]})
    assert "STIG002" not in rules("The Psycho Bunny outlet is next to our office.", {"allow_terms": ["Psycho Bunny"]})
    assert "STIG002" in rules("The Psycho Bunny outlet is next to our office.")


@pytest.mark.parametrize("bad", [
    None, 42, "x", [], {"disabled_categories": "nope"}, {"disabled_rules": 5},
    {"severity_overrides": {"PROF001": "fatal", 3: "info"}}, {"account": 7},
    {"flag_terms": [1, {"term": 2}, {"term": "x", "category": "nope"}, None]},
    {"allow_terms": {"a": 1}}, {"client_hashes": "abc", "client_salt": 5},
    {"strict_likes": "yes"}, {"unknown_key": True},
])
def test_bad_settings_fall_back_to_defaults(bad):
    assert isinstance(pycore.check(TEXT, settings=bad), list)


def test_hash_identifier_normalizes():
    s = "salt-1"
    assert hash_identifier("J.D.", s) == hash_identifier("jd", s) == hash_identifier("J. D.", s)
    assert hash_identifier("Sarah  MILLER", s) == hash_identifier("sarah miller", s)
    assert hash_identifier("Sarah", s) != hash_identifier("Sarah", "other-salt")
    assert len(hash_identifier("x", s)) == 64


def test_client_hashes_match_name_initials_nickname_without_plain_names():
    salt = "install-42"
    hashes = [hash_identifier(v, salt) for v in ("Jonathan Doe", "Jon", "J.D.")]
    settings = {"client_salt": salt, "client_hashes": hashes}
    assert "jonathan" not in repr(pycore.compile_settings(settings)).lower()
    for text in ["Thinking of Jonathan Doe today.", "So proud of Jon this week!",
                 "J.D. crushed it.", "Big win for jon."]:
        fs = [f for f in pycore.check(text, settings=settings) if f.rule == "CONF009"]
        assert fs and fs[0].severity == "error", text
    assert not [f for f in pycore.check("Jonah is a great name.", settings=settings)
                if f.rule == "CONF009"]


def test_initials_form_of_capitalized_run():
    salt = "s"
    settings = {"client_salt": salt, "client_hashes": [hash_identifier("S.M.", salt)]}
    assert "CONF009" in rules("Saw Sarah Miller at the store.", settings)
    assert "CONF009" not in rules("saw sarah miller at the store.", settings)


def test_strict_likes():
    text = "Look at my new truck!"
    assert "PERS007" not in rules(text, None, "like")
    assert "PERS007" in rules(text, {"strict_likes": True}, "like")
    assert "PERS007" not in rules("New research on anxiety and sleep.", {"strict_likes": True}, "like")
    assert "PERS007" not in rules(text, {"strict_likes": True}, "post")


def test_compiled_settings_reused():
    st = pycore.compile_settings({"disabled_categories": ["profanity"]})
    assert pycore.compile_settings(st) is st
    assert not [f for f in pycore.check(TEXT, settings=st) if f.category == "profanity"]
