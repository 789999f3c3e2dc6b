"""The Pyodide entry point: JSON in, JSON out, never raises."""

import json

import pytest

from pycore import bridge, hash_identifier


def call(obj):
    out = bridge.handle(obj if isinstance(obj, str) else json.dumps(obj))
    return json.loads(out)


def test_check_op():
    r = call({"op": "check", "text": "This is shit 🙂", "context": "post"})
    assert r["ok"] is True
    assert r["findings"][0]["rule"] == "PROF001"
    assert set(r["findings"][0]) >= {"rule", "category", "severity", "start", "end", "message",
                                     "why", "suggestions", "source"}


def test_configure_then_check_without_settings():
    salt = "abc"
    r = call({"op": "configure", "settings": {"client_salt": salt,
                                              "client_hashes": [hash_identifier("Rowan", salt)],
                                              "disabled_categories": ["profanity"]}})
    assert r["ok"] is True
    try:
        r = call({"op": "check", "text": "Rowan did great today, damn", "context": "post"})
        rules = [f["rule"] for f in r["findings"]]
        assert "CONF009" in rules and not [x for x in rules if x.startswith("PROF")]
        # explicit settings win over the configured ones
        r = call({"op": "check", "text": "damn", "context": "post", "settings": {}})
        assert [f["rule"] for f in r["findings"]] == ["PROF002"]
    finally:
        call({"op": "configure", "settings": {}})


def test_catalogue_hash_version():
    assert call({"op": "catalogue"})["catalogue"]["rules"]
    r = call({"op": "hash", "values": ["J.D.", "jd"], "salt": "s"})
    assert r["ok"] and r["hashes"][0] == r["hashes"][1]
    assert isinstance(call({"op": "version"})["version"], str)


@pytest.mark.parametrize("req,needle", [
    ("not json", "JSON"), ("[1,2]", "object"), ({"op": "nope"}, "Unknown op"),
    ({"text": "x"}, "op"), ({"op": "check", "text": 5}, "text"),
    ({"op": "check", "text": "x", "context": "tweet"}, "context"),
    ({"op": "check", "text": "x", "settings": "bad"}, "Settings"),
    ({"op": "hash", "values": "x", "salt": "s"}, "values"),
    ({"op": "hash", "values": ["x"], "salt": ""}, "salt"),
    ({"op": "configure"}, "settings"),
])
def test_errors_are_clear_and_never_raise(req, needle):
    r = call(req)
    assert r["ok"] is False and needle in r["error"]


def test_non_string_request():
    r = json.loads(bridge.handle(None))
    assert r["ok"] is False
