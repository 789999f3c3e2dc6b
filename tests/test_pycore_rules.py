"""Every rule's documented examples run as tests (the ruff/proselint pattern)."""

import pytest

import pycore
from pycore.categories import CATEGORY_IDS
from pycore.rules import RULES

FLAG = [(r.id, e) for r in RULES for e in r.examples_flag]
CLEAN = [(r.id, e) for r in RULES for e in r.examples_clean]


@pytest.mark.parametrize("rule_id,example", FLAG, ids=[f"{r}:{e.text[:30]}" for r, e in FLAG])
def test_flag_example_produces_rule(rule_id, example):
    found = [f.rule for f in pycore.check(example.text, example.context, example.settings, parent=example.parent)]
    assert rule_id in found, f"{rule_id} should flag {example.text!r} ({example.context}); got {found}"


@pytest.mark.parametrize("rule_id,example", CLEAN, ids=[f"{r}:{e.text[:30]}" for r, e in CLEAN])
def test_clean_example_does_not_produce_rule(rule_id, example):
    found = [f.rule for f in pycore.check(example.text, example.context, example.settings, parent=example.parent)]
    assert rule_id not in found, f"{rule_id} should not flag {example.text!r}; got {found}"


def test_every_category_has_several_rules():
    for cat in CATEGORY_IDS:
        rules = [r for r in RULES if r.category == cat]
        assert len(rules) >= 3, cat


def test_every_rule_is_documented():
    ids = set()
    for r in RULES:
        assert r.id not in ids
        ids.add(r.id)
        assert r.category in CATEGORY_IDS
        assert r.severity in pycore.SEVERITIES
        for field in (r.title, r.message, r.why, r.source, r.what):
            assert field and field.strip(), (r.id, field)
        assert r.examples_flag, f"{r.id} has no flag example"
        assert r.examples_clean, f"{r.id} has no clean example"
        assert r.source.strip(), r.id


def test_catalogue_shape():
    cat = pycore.catalogue()
    assert isinstance(cat["version"], str)
    assert [c["id"] for c in cat["categories"]] == list(CATEGORY_IDS)
    for c in cat["categories"]:
        assert set(c) >= {"id", "title", "description", "default_severity"}
    assert len(cat["rules"]) == len(RULES)
    for r in cat["rules"]:
        assert set(r) >= {"id", "category", "title", "description", "severity", "why", "source",
                          "examples_flag", "examples_clean"}
        assert all(isinstance(x, str) for x in r["examples_flag"] + r["examples_clean"])
    import json
    json.dumps(cat)


def test_findings_are_sorted_and_well_formed():
    text = ("OMG!! My client Sarah, a 34-year-old teacher, told me today she is crazy busy. "
            "DM me your story. Results guaranteed!")
    fs = pycore.check(text)
    assert fs == sorted(fs, key=lambda f: (f.start, f.end, f.rule))
    for f in fs:
        d = f.to_dict()
        assert set(d) == {"rule", "category", "severity", "start", "end", "message", "why",
                          "suggestions", "source"}
        assert 0 <= f.start < f.end <= len(text)
        assert f.category in CATEGORY_IDS
    cats = {f.category for f in fs}
    assert {"informal-tone", "confidentiality", "stigmatizing-language",
            "sensitive-contact", "misleading-claim"} <= cats


def test_finding_is_frozen():
    f = pycore.check("This is shit.")[0]
    with pytest.raises(Exception):
        f.rule = "X"


def test_unknown_context_raises_clear_error():
    with pytest.raises(ValueError, match="context"):
        pycore.check("hello", "tweet")


def test_empty_text():
    assert pycore.check("") == []
    assert pycore.check("   \n") == []


def test_suggestions_offer_rewrites():
    f = [f for f in pycore.check("Her uncle committed suicide.") if f.rule == "STIG001"][0]
    assert "died by suicide" in f.suggestions
    f = [f for f in pycore.check("Transgendered people deserve care.") if f.rule == "AFFM001"][0]
    assert f.suggestions == ("Transgender",)


def test_confidentiality_generic_statements_stay_clean():
    for text in ["Many of my clients struggle with anxiety during the holidays.",
                 "If a client discloses abuse, know your duty to report.",
                 "I will never share client stories on this page.",
                 "Most of my clients are parents juggling work and kids."]:
        assert not [f for f in pycore.check(text) if f.category == "confidentiality"], text


def test_confidentiality_story_with_identifiers():
    text = "Names changed, but my 34-year-old client who teaches at Lincoln High told me about her panic attacks."
    rules = {f.rule for f in pycore.check(text)}
    assert {"CONF001", "CONF003", "CONF004", "CONF005", "CONF012"} <= rules


def test_like_context_flags_other_clinicians_client_story():
    text = "My client Jenna, a nurse at Mercy, finally talked about the accident today."
    fs = [f for f in pycore.check(text, "like") if f.category == "confidentiality"]
    assert fs and "liking" in fs[0].message.lower()
