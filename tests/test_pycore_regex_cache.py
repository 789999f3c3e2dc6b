"""pycore._regex: the compiled regexes' byte code is cached like a .pyc, and changes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# run in a fresh interpreter: report where the cache is, whether this import compiled
# anything itself, and the findings for a few texts
_PROBE = r"""
import json, sys
import pycore, pycore._regex as R
texts = json.loads(sys.argv[1])
print(json.dumps({
    "path": R.cache_path(),
    "compiled": R.stats["compiled"],
    "from_cache": R.stats["from_cache"],
    "findings": [[f.to_dict() for f in pycore.check(t)] for t in texts],
}))
"""

TEXTS = [
    "My client Jane (34), a teacher at Lincoln High, told me in session today about her divorce.",
    "Vote blue this November!!! 😡😡 #resist",
    "We say 'died by suicide', not 'committed suicide'. If you are struggling, call or text 988.",
    "That senator is a textbook narcissist, honestly.",
    "f*ck this, what was she wearing anyway",
]


def _run(prefix: Path, write: bool = True) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(prefix),
               PYTHONDONTWRITEBYTECODE="" if write else "1")
    out = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(TEXTS)], env=env, cwd=str(prefix),
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_second_import_uses_the_cache_and_finds_the_same(tmp_path):
    first = _run(tmp_path)
    cache = Path(first["path"])
    assert str(cache).startswith(str(tmp_path)), "the cache follows PYTHONPYCACHEPREFIX"
    assert cache.is_file() and cache.stat().st_size > 10_000
    second = _run(tmp_path)
    assert second["from_cache"] > 100 and second["compiled"] == 0
    assert first["compiled"] == second["from_cache"]
    assert second["findings"] == first["findings"]
    assert any(f["category"] == "confidentiality" for f in first["findings"][0])


def test_nothing_is_written_when_bytecode_writing_is_off(tmp_path):
    got = _run(tmp_path, write=False)
    assert not Path(got["path"]).exists()
    assert got["from_cache"] == 0


def test_a_damaged_cache_is_ignored_and_replaced(tmp_path):
    good = _run(tmp_path)
    cache = Path(good["path"])
    cache.write_bytes(b"\x00not a cache at all")
    again = _run(tmp_path)
    assert again["findings"] == good["findings"]
    assert again["compiled"] > 100 and again["from_cache"] == 0
    assert _run(tmp_path)["from_cache"] > 100, "the damaged file was written anew"


def test_cached_patterns_behave_like_re_compile():
    import re
    import pycore._regex as R

    if R.cache_path() is None:
        pytest.skip("no regex cache on this Python implementation")
    for pattern, flags in [(r"(?<![a-z])(?:my|our) (?P<who>client|patient)s?\b", 0),
                           (r"^\s*>[ \t]?(.+)$", re.M), (r"[\U0001F300-\U0001FAFF]{3,}", 0)]:
        ours, theirs = R.compile(pattern, flags), re.compile(pattern, flags)
        assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == \
               (theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex)
        for text in ("my clients said", "> quoted line\nnext", "🎉🎉🎉 yes", "nothing here"):
            assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]
