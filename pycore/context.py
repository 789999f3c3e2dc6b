"""Context guards: quoted or mentioned words, negation, educational framing.

These keep pycore quiet on good professional posts that *talk about* a
problem word ("we say 'died by suicide', not 'committed suicide'"), that
state a good policy ("I never accept friend requests from clients"), or that
teach ("calling people 'crazy' is stigmatizing").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ._regex import compile as _rx
from .normalize import Doc
from .scan import Scanner

__all__ = ["is_mentioned", "is_negated", "is_educational", "clause_prefix"]

_MENTION_BEFORE = _rx(
    r"(?:\b(?:the|a|that|this) (?:words?|terms?|phrases?|labels?|expressions?|slurs?)"
    r"(?: (?:like|such as))?"
    r"|\b(?:words?|terms?|phrases?|labels?|language|expressions?|slurs?|comments?) (?:like|such as|including)"
    r"|\b(?:instead of|rather than|not|never|avoid|avoiding|replace|replacing|swap|swapping|retire|"
    r"stop saying|stop using|vs\.?|versus)[\s:,\"'(]*"
    r"|\b(?:say|says|saying|said|use|using|hear|heard|hearing|called|calling|drop|dropping|or|rather|"
    r"don't|do not)(?: (?:it|someone|somebody|people|them|him|her|something|a person|yourself|ourselves))?"
    r"[\s:,(]*[\"']"
    r")$")
_MENTION_AFTER = _rx(
    r"^[\"')\s]*(?:(?:is|are|was|were|can be|can feel|feels?|sounds?) (?:\w+ ){0,2}"
    r"(?:a |an )?(?:slur|harmful|hurtful|stigmatizing|outdated|offensive|ableist|dehumanizing|"
    r"inaccurate|wrong|problematic|loaded|not okay|not ok|misleading|shaming|blaming|a myth)"
    r"|(?:->|=>|→)|(?:\s*[\"')]?\s*(?:with|for|to) (?:\")?(?:died|die|dies|transgender|people with|person with)))")

_NEG = _rx(
    r"\b(?:never|not|no|don't|dont|do not|won't|will not|wont|can't|cannot|can not|doesn't|"
    r"does not|didn't|did not|isn't|aren't|wasn't|shouldn't|should not|nobody|no one|without|"
    r"refuse to|avoid|stop|decline|declining|neither|nor)\b")
_CLAUSE_BOUNDARY = _rx(r"[,;:.!?()\n]|\bbut\b|\bhowever\b|\bso\b")
_NEG_AFTER = _rx(
    r"^[\s\w'\-]{0,40}?\b(?:are|is|will be|were|get|gets)? ?(?:never|not|n't)\b")

_EDU = _rx(
    r"\b(?:stigma|stigmas|stigmatiz\w*|harmful|hurtful|outdated|offensive|ableist|dehumaniz\w*|"
    r"slurs?|myths?|we say|we don't say|instead of|rather than|language matters|words matter|"
    r"person-first|avoid (?:saying|using|the (?:word|term|phrase))|stop saying|please don't say|"
    r"don't say|victim-blaming|victim blaming|blames? (?:survivors|victims)|"
    r"(?:never|not) (?:the|a) (?:victim|survivor)'?s? fault|no one (?:ever )?asks? for|"
    r"nobody (?:ever )?asks? for|never asks? for|is never an excuse|safe messaging|"
    r"what (?:not )?to say|phrases? (?:to avoid|that hurt)|retire the|misgender\w*|"
    r"questions? like|when people (?:say|ask)|people (?:still )?(?:ask|say)|"
    r"(?:is|are) (?:a |an )?(?:slur|harmful|outdated|offensive|stigmatizing)|"
    r"(?:the|this|that) (?:word|term|phrase|question|language|label)s?|"
    r"(?:can|may|might|could|often|sometimes|will) (?:feel|seem|look|sound) like|even when|even if|"
    r"depression lies|(?:is|it's|that's) a lie|be wary|beware|red flags?|watch out for|skeptical|"
    r"selling something|snake oil|anyone (?:who (?:promises|guarantees|claims|offers)|promising|claiming|offering)|"
    r"no one can|nobody can|no (?:therapist|clinician|one) (?:can|should)|"
    r"words (?:we|people|you) (?:toss|throw|use|hear)|keep people from seeking help|let's swap)\b")


def _clauses(doc: Doc, start: int) -> tuple:
    """``(s0, s1, starts, ends)``: the sentence holding ``start`` and its clause boundaries
    (where each boundary match starts and ends), worked out once per sentence."""
    s0, s1 = doc.sentence_of(start)
    key = ("clauses", s0)
    got = doc.cache.get(key)
    if got is None:
        found = [m.span() for m in _CLAUSE_BOUNDARY.finditer(doc.norm, s0, s1)]
        got = doc.cache[key] = (s0, s1, [a for a, _ in found], [b for _, b in found])
    return got


def _clause_start(doc: Doc, start: int) -> int:
    s0, _, _, ends = _clauses(doc, start)
    i = bisect_right(ends, start)
    return ends[i - 1] if i else s0


def clause_prefix(doc: Doc, start: int) -> str:
    """The normalized text from the start of the clause up to ``start``."""
    return doc.norm[_clause_start(doc, start):start]


def is_mentioned(doc: Doc, start: int, end: int) -> bool:
    """True when the span is quoted or talked about as a word."""
    if doc.in_quotes(start, end):
        return True
    before = doc.norm[max(0, start - 45):start]
    # the words before must end with one of the cue words (or a quote mark): only then
    # is the end-anchored regex worth running over them
    if before.endswith(('"', "'")) or _last_token(before.rstrip(_TRAILING)) in _MENTION_LAST:
        if _MENTION_BEFORE.search(before):
            return True
    after = doc.norm[end:end + 60]
    return bool(_MENTION_AFTER.match(after))


def is_negated(doc: Doc, start: int, end: int) -> bool:
    """True when a negation in the same clause governs the span."""
    if _S_NEG.search(doc, doc.norm, _clause_start(doc, start), start) is not None:
        return True
    _, s1, starts, _ = _clauses(doc, start)
    i = bisect_left(starts, end)
    after = doc.norm[end:starts[i] if i < len(starts) else s1]
    return bool(_NEG_AFTER.match(after))


def is_educational(doc: Doc, start: int, end: int) -> bool:
    """True when the sentence (or the one before) is about the language itself."""
    s0, s1 = doc.sentence_of(start)
    key = ("edu", s0)
    got = doc.cache.get(key)
    if got is None:
        got = doc.cache[key] = _S_EDU.search(doc, doc.norm, s0, s1) is not None
    return got


# prefiltered (pycore.scan): tried only where one of their words starts
_S_NEG, _S_EDU = Scanner(_NEG), Scanner(_EDU)
# the last word before a span that can end a "talked about as a word" cue
_MENTION_LAST = frozenset((
    "word", "words", "term", "terms", "phrase", "phrases", "label", "labels", "expression",
    "expressions", "slur", "slurs", "like", "as", "including", "of", "than", "not", "never", "avoid",
    "avoiding", "replace", "replacing", "swap", "swapping", "retire", "saying", "using", "vs", "vs.",
    "versus"))
_TRAILING = " \t\n\r\f\v:,\"'("
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz.'")


def _last_token(text: str) -> str:
    """The run of ``[a-z.']`` that ends ``text`` (empty when it ends with anything else)."""
    i = len(text)
    while i and text[i - 1] in _TOKEN_CHARS:
        i -= 1
    return text[i:]
