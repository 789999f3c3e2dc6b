"""Data types shared by the engine, the rules and the bridge."""

from __future__ import annotations

from ._regex import compile as _rx
from dataclasses import dataclass, field
from typing import Callable, Iterable

__all__ = ["Finding", "Rule", "Category", "SEVERITIES", "CONTEXTS", "Example"]

SEVERITIES = ("error", "warning", "info")
CONTEXTS = ("post", "reply", "comment", "message", "like")


@dataclass(frozen=True)
class Finding:
    """One problem found in a text.

    ``start``/``end`` are UTF-16 code-unit offsets into the original text
    (see :mod:`pycore.offsets`), ``end`` exclusive.
    """

    rule: str
    category: str
    severity: str
    start: int
    end: int
    message: str
    why: str
    suggestions: tuple[str, ...] = ()
    source: str = ""

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "why": self.why,
            "suggestions": list(self.suggestions),
            "source": self.source,
        }


@dataclass(frozen=True)
class Category:
    id: str
    title: str
    description: str
    default_severity: str


@dataclass(frozen=True)
class Example:
    """A rule example: text plus the context (and settings) it is checked in."""

    text: str
    context: str = "post"
    settings: dict | None = None
    parent: str | None = None  # the post being replied to or commented on


def _ex(items) -> tuple[Example, ...]:
    out = []
    for it in items:
        if isinstance(it, Example):
            out.append(it)
        elif isinstance(it, tuple):
            out.append(Example(*it))
        else:
            out.append(Example(it))
    return tuple(out)


@dataclass(frozen=True, eq=False)
class Rule:
    """One rule, defined in one place.

    ``patterns`` are regular expressions matched against the normalized,
    de-leeted view of the text (lower case, ASCII quotes); a space in a
    pattern matches any run of whitespace.  ``matcher`` is used instead for
    rules that need structure (confidentiality scoring, emoji runs...): it
    receives the :class:`~pycore.normalize.Doc` and the context and yields
    ``(start, end)`` spans in ``norm`` coordinates, or ``(start, end, extra)``
    where ``extra`` is a dict that may carry ``message``/``suggestions``.

    Guards, applied to each span unless switched off:
    ``quoted`` — skip when the span is inside quote marks or mentioned as a
    word ("the word 'crazy'", "instead of ...");
    ``negated`` — skip when a negation governs the span ("I never ...");
    ``educational`` — skip when the sentence is about the language itself
    ("... is stigmatizing", "we say X, not Y", "myth:");
    ``innocent`` — a rule's own check ``(doc, start, end) -> bool``: skip when it
    says the words are innocent here ("Ohio U" is a university, not "you").
    """

    id: str
    category: str
    severity: str
    title: str
    message: str
    why: str
    source: str
    what: str
    instead: str = ""
    patterns: tuple[str, ...] = ()
    matcher: Callable | None = None
    suggest: tuple[tuple[str, tuple[str, ...]], ...] = ()
    contexts: frozenset = frozenset(CONTEXTS)
    quoted: bool = True
    negated: bool = False
    educational: bool = False
    requires: str = ""  # a settings flag that must be true, e.g. "strict_likes"
    innocent: Callable | None = None
    examples_flag: tuple[Example, ...] = ()
    examples_clean: tuple[Example, ...] = ()
    _suggest_re: tuple = field(default=(), repr=False)

    def suggestions_for(self, matched: str) -> tuple[str, ...]:
        for rx, repl in self._suggest_re:
            if rx.fullmatch(matched):
                return repl
        return ()


def make_rule(*, flag: Iterable = (), clean: Iterable = (), suggest=(), patterns=(),
              contexts=CONTEXTS, **kw) -> Rule:
    sug = tuple((p, tuple(r) if not isinstance(r, str) else (r,)) for p, r in
                (suggest.items() if isinstance(suggest, dict) else suggest))
    sug_re = tuple((_rx(p), r) for p, r in sug)
    if isinstance(patterns, str):
        patterns = (patterns,)
    return Rule(patterns=tuple(patterns), suggest=sug, contexts=frozenset(contexts),
                examples_flag=_ex(flag), examples_clean=_ex(clean), _suggest_re=sug_re, **kw)
