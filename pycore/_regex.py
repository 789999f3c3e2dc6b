"""``compile``: :func:`re.compile` with a byte-code cache, the ``.pyc`` of pycore's regexes.

Importing pycore compiles about two hundred regexes, some of them long word
alternations; parsing and compiling them is most of the import time. Python
keeps no compiled regex between runs, so pycore keeps one itself: the regex
engine's byte code for each pattern goes to a cache file next to the
``.pyc`` files (same rules: not written when ``sys.dont_write_bytecode`` is
set, under ``sys.pycache_prefix`` when that is set). The next import hands
that byte code straight to the regex engine instead of compiling again.

The cache is only used by the exact Python build that wrote it (its version and
the regex engine's ``MAGIC``), and only for the exact pattern text and flags; on
anything else, or any error, patterns are compiled the ordinary way, so the
result is always the same :class:`re.Pattern`. :func:`save` writes the file once
pycore is imported (``pycore/__init__.py`` calls it).
"""

from __future__ import annotations

import marshal
import os
import re
import sys

try:  # CPython internals; anything missing means: no cache, compile as usual
    import _sre
    from array import array
    from re import _compiler, _parser
    _TAG = (sys.version, getattr(sys.implementation, "cache_tag", None), _sre.MAGIC, _sre.CODESIZE)
    # in the browser (Pyodide) the extension keeps a memory snapshot taken after the
    # import, which already holds the compiled regexes: no file cache there
    _USABLE = _sre.CODESIZE == 4 and array("I").itemsize == 4 and sys.platform != "emscripten"
except Exception:  # pragma: no cover - another Python implementation
    _USABLE = False

__all__ = ["compile", "save", "cache_path"]

_loaded: dict | None = None   # (pattern, flags) -> entry, from the cache file
_used: dict = {}              # entries of this run, written by save()
_missed = False
stats = {"from_cache": 0, "compiled": 0}  # this run's patterns: served from the cache / compiled


def cache_path() -> str | None:
    """Where the cache file lives, or None when nothing may be written or read."""
    if not _USABLE:
        return None
    here = os.path.dirname(os.path.abspath(__file__))
    prefix = getattr(sys, "pycache_prefix", None)
    if prefix:
        folder = os.path.join(prefix, os.path.splitdrive(here)[1].lstrip(os.sep))
    else:
        folder = os.path.join(here, "__pycache__")
    tag = sys.implementation.cache_tag or "python"
    return os.path.join(folder, f"pycore-regex.{tag}.{_sre.MAGIC}.marshal")


def _load() -> dict:
    global _loaded
    _loaded = {}
    path = cache_path()
    if path is None:
        return _loaded
    try:
        with open(path, "rb") as fh:
            data = marshal.load(fh)
        if data.get("tag") == _TAG:
            _loaded = data["entries"]
    except Exception:  # no file yet, unreadable or from another build: compile as usual
        _loaded = {}
    return _loaded


def compile(pattern, flags=0) -> re.Pattern:  # noqa: A001 - same name as re.compile
    """Same as :func:`re.compile` (a str pattern); served from the cache when possible."""
    global _missed
    if isinstance(pattern, re.Pattern) or not _USABLE or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    entry = (_loaded if _loaded is not None else _load()).get(key)
    if entry is not None:
        try:
            fl, code, groups, groupindex, indexgroup = entry
            rx = _sre.compile(pattern, fl, array("I", code).tolist(), groups, groupindex, indexgroup)
            _used[key] = entry
            stats["from_cache"] += 1
            return rx
        except Exception:  # a damaged entry: compile as usual
            pass
    try:
        parsed = _parser.parse(pattern, int(flags))
        code = [int(c) for c in _compiler._code(parsed, int(flags))]
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        fl = int(flags) | parsed.state.flags
        entry = (fl, array("I", code).tobytes(), parsed.state.groups - 1, groupindex, tuple(indexgroup))
        rx = _sre.compile(pattern, fl, code, entry[2], groupindex, entry[4])
    except Exception:  # internals other than expected: the ordinary way, uncached
        return re.compile(pattern, flags)
    _missed = True
    _used[key] = entry
    stats["compiled"] += 1
    return rx


def save() -> bool:
    """Write the cache when this run compiled something it did not hold; True if written."""
    global _missed
    if not _missed or sys.dont_write_bytecode:
        return False
    path = cache_path()
    if path is None:
        return False
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            marshal.dump({"tag": _TAG, "entries": dict(_used)}, fh)
        os.replace(tmp, path)
    except OSError:  # a read-only install: nothing is cached, nothing breaks
        return False
    _missed = False
    return True
