"""The check loop: normalize once, run compiled rules, guard, map offsets."""

from __future__ import annotations

import re
from ._regex import compile as _rx
from bisect import bisect_left

from .context import is_educational, is_mentioned, is_negated
from .hashing import digest_ngrams
from .model import CONTEXTS, Finding, Rule
from .normalize import Doc
from .offsets import py_to_utf16
from .rules import RULES, RULE_BY_ID
from .rules.model import MODEL_IDS
from .scan import Alternatives, Scanner, Text
from .settings import DEFAULT_SETTINGS, Settings, compile_settings

__all__ = ["check", "CUSTOM_RULE"]

_WS = _rx(r"(?<!\\) ")
_WS_OPT = _rx(r"(?<!\\) [?*]")


def _prep(pattern: str) -> str:
    if pattern.startswith("(?#raw)"):
        return pattern[7:]
    body = _WS_OPT.sub(r"\\s*", pattern)
    body = _WS.sub(r"\\s+", body)
    return r"(?<![a-z0-9])(?:" + body + r")(?![a-z0-9])"


def _body(pattern: str) -> str:
    return _WS.sub(r"\\s+", _WS_OPT.sub(r"\\s*", pattern))


_LOOSE_START = ("#", "(?:#", "'", "(?:'", "@", "\"", "!", "?", "%", "(?#raw)")


def _build_lexical():
    """Per category: one alternation, one named group per (rule, pattern).

    Patterns that start with a word character share a single leading ``\\b``
    so the regex engine only tries word starts (about 4x faster than a
    lookbehind per alternative), and are tried one at a time, only where their
    own first characters are (:class:`~pycore.scan.Alternatives`); the few that
    can start with a symbol ("#resist", "!!") go into a second,
    position-by-position alternation.
    """
    by_cat: dict[str, list[tuple[str, Rule, str]]] = {}
    for rule in RULES:
        for i, pat in enumerate(rule.patterns):
            by_cat.setdefault(rule.category, []).append((f"{rule.id}_{i}", rule, pat))
    compiled = []
    for cat, items in by_cat.items():
        word = [(n, r, p) for n, r, p in items if not p.startswith(_LOOSE_START)]
        loose = [(n, r, p) for n, r, p in items if p.startswith(_LOOSE_START)]
        groups = {name: rule for name, rule, _ in items}
        if word:
            # the named group is an empty marker at the end of its alternative (it names
            # the alternative that matched: ``lastgroup``), so each alternative starts with
            # its own first character and the regex engine skips it at once when that
            # character is not there
            alternatives = [f"(?:{_body(p)})(?![a-z0-9])(?P<{n}>)" for n, _, p in word]
            compiled.append((cat, Alternatives(r"\b", alternatives), groups))
        if loose:
            body = "|".join(f"(?:{_prep(p)})(?P<{n}>)" for n, _, p in loose)
            compiled.append((cat, Scanner(body), groups))
    return compiled


_LEXICAL = _build_lexical()
_SPACED = _rx(r"(?<![a-z0-9])(?:[a-z](?:[ .\-_*]{1,2})){2,}[a-z](?![a-z0-9])")
_S_SPACED = Scanner(_SPACED)  # prefiltered: tried only where a letter is followed by a separator
_MATCHER_RULES = tuple(r for r in RULES if r.matcher is not None and r.id not in MODEL_IDS)
# the statistical back-up rules run last, and only for categories no other rule found
_MODEL_RULES = tuple(r for r in RULES if r.id in MODEL_IDS)

CUSTOM_RULE = Rule(
    id="CUSTOM001", category="confidentiality", severity="warning",
    title="Your own flagged term",
    message="This matches a term you asked Second Look to flag.",
    why="You added this term in the options because it should not appear in your posts.",
    source="Your settings", what="Flags the custom terms you listed in the options.")


def _active(settings: Settings, context: str, rule: Rule) -> bool:
    if context not in rule.contexts:
        return False
    if rule.id in settings.disabled_rules or not settings.category_enabled(rule.category):
        return False
    if rule.requires and not settings.flag(rule.requires):
        return False
    return True


def _active_ids(settings: Settings, context: str) -> frozenset:
    cache = settings._active_cache
    ids = cache.get(context)
    if ids is None:
        ids = frozenset(r.id for r in RULES if _active(settings, context, r))
        cache[context] = ids
    return ids


def _guarded(rule: Rule, doc: Doc, s: int, e: int) -> bool:
    if rule.quoted and is_mentioned(doc, s, e):
        return True
    if rule.negated and is_negated(doc, s, e):
        return True
    if rule.educational and is_educational(doc, s, e):
        return True
    if rule.innocent is not None and rule.innocent(doc, s, e):
        return True
    return False


def check(text: str, context: str = "post", settings=None, parent: str | None = None) -> list[Finding]:
    """Check ``text`` written (or, for ``like``, endorsed) in ``context``.

    ``parent`` is the post being replied to or commented on, if any: when it
    shares client details, the reply gets CONF014 (a private word instead).
    Returns findings sorted by start; offsets are UTF-16 code units.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    if context not in CONTEXTS:
        raise ValueError(
            f"Unknown context {context!r}: use one of {', '.join(CONTEXTS)}.")
    st = settings if isinstance(settings, Settings) else (
        DEFAULT_SETTINGS if settings is None else compile_settings(settings))
    if not text.strip():
        return []
    active = _active_ids(st, context)
    doc = Doc(text)
    hits: list[tuple[int, int, Rule, dict | None]] = []

    views = [doc.leet] if doc.leet_l is None else [doc.leet, doc.leet_l]
    for cat, sc, groups in _LEXICAL:
        if not st.category_enabled(cat):
            continue
        seen = set()
        for view in views:
            for m in sc.finditer(doc, view):
                rule = groups[m.lastgroup]
                if rule.id not in active:
                    continue
                s, e = m.span()
                if (rule.id, s) in seen:
                    continue
                seen.add((rule.id, s))
                if _guarded(rule, doc, s, e):
                    continue
                hits.append((s, e, rule, None))

    # spaced-out or dotted letters ("c r a z y", "M.A.G.A."): join them and
    # run the lexical rules on the joined word, mapping back letter by letter
    spaced = list(_S_SPACED.finditer(doc, doc.leet))
    if spaced:
        pos: list[int] = []
        parts: list[str] = []
        last = 0
        for m in spaced:
            parts.append(doc.leet[last:m.start()])
            pos.extend(range(last, m.start()))
            for i, ch in enumerate(m.group(0)):
                if ch.isalnum():
                    parts.append(ch)
                    pos.append(m.start() + i)
            last = m.end()
        parts.append(doc.leet[last:])
        pos.extend(range(last, len(doc.leet)))
        joined = "".join(parts)
        spans_in_segments = [(m.start(), m.end()) for m in spaced]
        # only the neighbourhood of each spaced segment needs a second look
        windows = []
        for a, b in spans_in_segments:
            ja = _index_in(pos, a, 0)
            jb = _index_in(pos, b - 1, len(joined) - 1) + 1
            windows.append((max(0, ja - 60), min(len(joined), jb + 60)))
        # each window is scanned as a short text of its own (with 30 characters before it
        # for lookbehinds), so that the prefiltered scanners try only its run starts
        texts = []
        for wa, wb in windows:
            ctx = max(0, wa - 30)
            texts.append((ctx, wa - ctx, Text(joined[ctx:wb])))
        for cat, sc, groups in _LEXICAL:
            if not st.category_enabled(cat) or cat == "profanity":
                continue
            for ctx, start, w in texts:
                for mm in sc.finditer(w, w.norm, start):
                    rule = groups[mm.lastgroup]
                    if rule.id not in active or mm.end() - mm.start() < 3:
                        continue
                    s, e = pos[mm.start() + ctx], pos[mm.end() + ctx - 1] + 1
                    if not any(a < e and s < b for a, b in spans_in_segments):
                        continue  # already seen by the normal pass
                    if not _guarded(rule, doc, s, e):
                        hits.append((s, e, rule, None))

    for rule in _MATCHER_RULES:
        if rule.id not in active:
            continue
        for hit in rule.matcher(doc, context, st):
            s, e = hit[0], hit[1]
            extra = hit[2] if len(hit) > 2 else None
            if _guarded(rule, doc, s, e):
                continue
            hits.append((s, e, rule, extra))

    # custom terms and the hashed client list
    if st.flag_index is not None:
        for s, e, term in st.flag_index.spans(doc):
            cat = st.flag_categories.get(term, "confidentiality")
            if not st.category_enabled(cat) or "CUSTOM001" in st.disabled_rules:
                continue
            hits.append((s, e, CUSTOM_RULE, {"category": cat}))
    conf009 = RULE_BY_ID.get("CONF009")
    if st.client_hashes and conf009 is not None and conf009.id in active:
        taken = []
        for digest, s, e in digest_ngrams(doc, st.client_salt):
            if digest in st.client_hashes and not any(a <= s and e <= b for a, b in taken):
                taken.append((s, e))
                hits.append((s, e, conf009, None))

    # statistical back-up rules (rules/model.py) speak only where no pattern rule of
    # their category did: they are not even scored for categories already found
    covered = {(h[3] or {}).get("category", h[2].category) for h in hits}
    for rule in _MODEL_RULES:
        if rule.id not in active or rule.category in covered:
            continue
        for s, e, *rest in rule.matcher(doc, context, st):
            if not _guarded(rule, doc, s, e):
                hits.append((s, e, rule, rest[0] if rest else None))

    findings = []
    seen_spans = set()
    for s, e, rule, extra in hits:
        if st.allow_index is not None and _allowed(st, doc, s, e):
            continue
        key = (rule.id, s, e)
        if key in seen_spans:
            continue
        seen_spans.add(key)
        category = (extra or {}).get("category", rule.category)
        sev = st.severity_for(rule.id, category, rule.severity)
        matched = doc.leet[s:e]
        sugg = (extra or {}).get("suggestions") or rule.suggestions_for(" ".join(matched.split()))
        if sugg:
            sugg = tuple(_match_case(doc.orig_slice(s, e), x) for x in sugg)
        u_s, u_e = doc.to_utf16(s, e)
        findings.append(Finding(
            rule=rule.id, category=category, severity=sev, start=u_s, end=u_e,
            message=(extra or {}).get("message") or rule.message,
            why=rule.why, suggestions=tuple(sugg or ()), source=rule.source))
    if parent and "CONF014" in active and _overshares(parent):
        findings.append(_reply_finding(text, st))
    prof = [(f.start, f.end) for f in findings if f.category == "profanity"]
    if prof:
        findings = [f for f in findings if f.category != "informal-tone" or
                    not any(a < f.end and f.start < b for a, b in prof)]
    findings = _drop_nested(findings)
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings


_MAX_PARENT = 50_000


def _overshares(parent: str) -> bool:
    """Does the post being answered carry a confidentiality finding of its own?"""
    if not isinstance(parent, str) or not parent.strip():
        return False
    return any(f.category == "confidentiality"
               for f in check(parent[:_MAX_PARENT], "like", DEFAULT_SETTINGS))


def _reply_finding(text: str, st: Settings) -> Finding:
    """CONF014 on the reply's first word: the finding is about the thread, not the words."""
    rule = RULE_BY_ID["CONF014"]
    m = re.search(r"\S+", text)
    s, e = (m.start(), m.end()) if m else (0, len(text))
    return Finding(rule=rule.id, category=rule.category,
                   severity=st.severity_for(rule.id, rule.category, rule.severity),
                   start=py_to_utf16(text, s), end=py_to_utf16(text, e),
                   message=rule.message, why=rule.why, suggestions=(), source=rule.source)


def _allowed(st: Settings, doc: Doc, s: int, e: int) -> bool:
    span = " ".join(doc.norm[s:e].split())
    if span in st.allow_terms:
        return True
    spans = doc.cache.get("allow")
    if spans is None:
        spans = doc.cache["allow"] = st.allow_index.spans(doc)
    for a, b, _ in spans:
        if a <= s and e <= b:
            return True
        if a < e and s < b and (e - s) <= (b - a) + 2:
            return True
    return False


def _drop_nested(findings: list[Finding]) -> list[Finding]:
    """Within one rule, drop a span strictly inside another span of that rule."""
    by_rule: dict[str, list[Finding]] = {}
    for f in findings:
        by_rule.setdefault(f.rule, []).append(f)
    out = []
    for group in by_rule.values():
        if len(group) == 1:
            out.extend(group)
            continue
        group.sort(key=lambda f: (f.start, -f.end))
        max_end = -1
        for f in group:
            if f.end <= max_end:
                continue  # inside an earlier, longer span of the same rule
            out.append(f)
            max_end = f.end
    return out


def _index_in(pos: list, value: int, default: int) -> int:
    """``pos.index(value)`` for a sorted list, or ``default`` when absent."""
    j = bisect_left(pos, value)
    return j if j < len(pos) and pos[j] == value else default


def _match_case(original: str, suggestion: str) -> str:
    if original[:1].isupper() and suggestion[:1].islower():
        if original.isupper() and len(original) > 1:
            return suggestion.upper()
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion
