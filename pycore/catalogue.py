"""The rule catalogue the options page renders (no rule text lives in JS)."""

from __future__ import annotations

from .categories import CATEGORIES
from .rules import RULES


def _ex_text(examples):
    return [e.text for e in examples]


def catalogue() -> dict:
    from . import __version__
    return {
        "version": __version__,
        "categories": [
            {"id": c.id, "title": c.title, "description": c.description,
             "default_severity": c.default_severity} for c in CATEGORIES],
        "rules": [
            {"id": r.id, "category": r.category, "title": r.title, "description": r.what,
             "message": r.message, "severity": r.severity, "why": r.why, "source": r.source,
             "instead": r.instead, "contexts": sorted(r.contexts),
             "requires": r.requires or None,
             "examples_flag": _ex_text(r.examples_flag),
             "examples_clean": _ex_text(r.examples_clean)} for r in RULES],
        "contexts": ["post", "reply", "comment", "message", "like"],
        "offsets": "utf-16",
    }
