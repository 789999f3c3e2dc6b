"""`python -m pycore` from the repo root, without installing."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "pycore", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_check_human_output():
    p = run("check", "My client Sarah told me today she feels crazy, lol")
    assert p.returncode == 0
    assert "CONF" in p.stdout and "confidentiality" in p.stdout
    assert '"crazy"' in p.stdout and "warning" in p.stdout


def test_check_like_context():
    p = run("check", "--context", "like", "Look at my new truck!")
    assert p.returncode == 0


def test_check_clean_text():
    p = run("check", "Our office is open Monday to Friday.")
    assert p.returncode == 0 and "No findings" in p.stdout


def test_jsonl_good_and_bad_lines():
    lines = [
        json.dumps({"id": "a", "text": "This is shit", "context": "post"}),
        "{not json",
        json.dumps({"id": "c", "text": "hello", "context": "tweet"}),
        json.dumps({"id": "d", "context": "post"}),
        json.dumps({"id": "e", "text": 5}),
        json.dumps({"id": "f", "text": "Call or text 988 any time.", "context": "reply"}),
    ]
    p = run("check", "--jsonl", "-", stdin="\n".join(lines) + "\n")
    assert p.returncode == 1
    out = [json.loads(line) for line in p.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "f"]
    assert out[0]["findings"][0]["rule"] == "PROF001"
    assert set(out[0]["findings"][0]) == {"rule", "category", "severity", "start", "end", "message"}
    assert out[1]["findings"] == []
    err = p.stderr
    for n in (2, 3, 4, 5):
        assert f"line {n}" in err
    assert "line 1:" not in err and "line 6" not in err


def test_jsonl_all_good_exit_zero():
    p = run("check", "--jsonl", "-", stdin=json.dumps({"id": 1, "text": "hi", "context": "post"}) + "\n")
    assert p.returncode == 0 and json.loads(p.stdout)["id"] == 1


def test_rules_and_eval_commands():
    p = run("rules")
    assert p.returncode == 0 and "CONF001" in p.stdout
    p = run("rules", "--json")
    assert json.loads(p.stdout)["categories"]
    corpus = ROOT / "tests" / "corpus" / "labelled.jsonl"
    if corpus.exists():
        p = run("eval")
        assert p.returncode == 0
        assert "clean false-positive rate" in p.stdout and "confidentiality" in p.stdout


def test_eval_missing_corpus():
    p = run("eval", "--corpus", "does/not/exist.jsonl")
    assert p.returncode != 0 and "not found" in p.stderr
