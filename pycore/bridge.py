"""The one entry point the browser runtime (Pyodide) calls.

``handle(request_json) -> response_json``: JSON string in, JSON string out,
never raises.  Operations::

    {"op": "check", "text": str, "context": str, "settings"?: {...}}
        -> {"ok": true, "findings": [Finding.to_dict(), ...]}
    {"op": "configure", "settings": {...}}
        -> {"ok": true}   (compiled once; later checks without settings use it)
    {"op": "catalogue"} -> {"ok": true, "catalogue": {...}}
    {"op": "hash", "values": [str], "salt": str} -> {"ok": true, "hashes": [str]}
    {"op": "version"} -> {"ok": true, "version": str}

Errors: ``{"ok": false, "error": "a clear sentence"}``.
"""

from __future__ import annotations

import json

from . import __version__
from .catalogue import catalogue
from .engine import check
from .hashing import hash_identifier
from .model import CONTEXTS
from .settings import DEFAULT_SETTINGS, compile_settings

__all__ = ["handle"]

_state = {"settings": DEFAULT_SETTINGS}
_MAX_TEXT = 50000


def _err(msg: str) -> str:
    return json.dumps({"ok": False, "error": msg})


def _ok(**kw) -> str:
    return json.dumps({"ok": True, **kw}, ensure_ascii=False)


def handle(request_json) -> str:
    try:
        return _handle(request_json)
    except Exception as exc:  # never raise into JS
        return _err(f"Internal error while handling the request: {type(exc).__name__}: {exc}")


def _handle(request_json) -> str:
    if not isinstance(request_json, (str, bytes, bytearray)):
        return _err("The request must be a JSON string.")
    try:
        req = json.loads(request_json)
    except (ValueError, RecursionError):
        return _err("The request is not valid JSON.")
    if not isinstance(req, dict):
        return _err("The request must be a JSON object.")
    op = req.get("op")
    if op == "check":
        text = req.get("text")
        if not isinstance(text, str):
            return _err("A check needs a \"text\" string.")
        if len(text) > _MAX_TEXT:
            return _err(f"The text is longer than {_MAX_TEXT} characters.")
        context = req.get("context", "post")
        if context not in CONTEXTS:
            return _err(f"Unknown context {context!r}: use one of {', '.join(CONTEXTS)}.")
        raw = req.get("settings")
        if raw is None:
            settings = _state["settings"]
        elif isinstance(raw, dict):
            settings = compile_settings(raw)
        else:
            return _err("Settings must be a JSON object.")
        parent = req.get("parent")
        if parent is not None and not isinstance(parent, str):
            return _err("\"parent\" (the post being replied to) must be a string.")
        findings = check(text, context, settings, parent=parent)
        return _ok(findings=[f.to_dict() for f in findings])
    if op == "configure":
        raw = req.get("settings")
        if not isinstance(raw, dict):
            return _err("Configure needs a \"settings\" object.")
        _state["settings"] = compile_settings(raw)
        st = _state["settings"]
        return _ok(client_hashes=len(st.client_hashes), flag_terms=len(st.flag_terms))
    if op == "catalogue":
        return _ok(catalogue=catalogue())
    if op == "hash":
        values, salt = req.get("values"), req.get("salt")
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            return _err("Hash needs \"values\", a list of strings.")
        if not isinstance(salt, str) or not salt:
            return _err("Hash needs a non-empty \"salt\" string.")
        return _ok(hashes=[hash_identifier(v, salt) for v in values])
    if op == "version":
        return _ok(version=__version__)
    if op is None:
        return _err("The request needs an \"op\" field.")
    return _err(f"Unknown op {op!r}: use check, configure, catalogue, hash or version.")
