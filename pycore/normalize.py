"""Text normalization with an offset map back to the original text.

Rules never look at the raw text; they match a normalized *view* of it and
report spans that are mapped back, character by character, to the original.

Views (all built once per check):

``norm``
    Per character: NFKD compatibility decomposition (which also folds
    fullwidth and mathematical letters, as NFKC would), combining marks
    dropped (``fück`` -> ``fuck``, ``e\u0301`` -> ``e``), case folded,
    look-alike letters mapped to Latin (:mod:`pycore.confusables`),
    zero-width and other format characters removed, curly quotes and dashes
    made ASCII, every whitespace character except newline made a space.
``leet``
    ``norm`` with leetspeak undone inside words that mix letters with
    ``0 1 3 4 5 7 @ $ !`` (``cr4zy`` -> ``crazy``, ``sh!t`` -> ``shit``).
    Same length as ``norm``, so it shares the offset map.  Numbers, times and
    ages (``34yo``, ``8am``, ``2nd``) are left alone.
``leet_l``
    As ``leet`` but reading ``1`` as ``l`` (``ki11``); only built when a word
    contains a ``1``.

Masked forms (``f*ck``), spaced letters (``f u c k``), dotted letters
(``s.h.i.t``) and stretched letters (``fuuuck``) are handled by the
profanity scanner on top of these views (see :mod:`pycore.rules.profanity`).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from functools import lru_cache

from ._regex import compile as _rx
from .confusables import CONFUSABLES
from .offsets import Utf16Index

__all__ = ["Doc", "fold_char", "normalize", "normalize_words", "WORD_RE"]

_KEEP_NEWLINE = "\n"


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """The normalized form of one character (may be empty or several chars)."""
    if ch == "\n":
        return "\n"
    if ch.isspace():
        return " "
    cat = unicodedata.category(ch)
    if cat == "Cf":  # zero-width space/joiner, soft hyphen, bidi marks, BOM
        return ""
    out = []
    for part in unicodedata.normalize("NFKD", ch):
        if unicodedata.category(part) in ("Mn", "Me"):
            continue
        for c in part.casefold():
            mapped = CONFUSABLES.get(c)
            if mapped is None:
                # decompose again: casefold can produce decomposable chars
                if not c.isascii():
                    dec = unicodedata.normalize("NFKD", c)
                    if dec != c:
                        mapped = "".join(
                            CONFUSABLES.get(d, d) for d in dec
                            if unicodedata.category(d) not in ("Mn", "Me"))
            out.append(c if mapped is None else mapped)
    return "".join(out)


_ASCII_TABLE = str.maketrans({"`": "'", "\t": " ", "\r": " ", "\x0b": " ", "\x0c": " "})


def normalize(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """Return ``(norm, starts, ends)``.

    ``starts[j]`` / ``ends[j]`` give the original Python index range of the
    character(s) that produced ``norm[j]``.  Both are ``None`` when the map is
    the identity (plain ASCII text).
    """
    if text.isascii():
        # ASCII format characters do not exist; only case and whitespace.
        return text.lower().translate(_ASCII_TABLE), None, None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for run in _ASCII_RUN.finditer(text):
        a, b = run.span()
        if text[a].isascii():  # a run of ASCII: one character each, done in bulk
            out.append(run.group(0).lower().translate(_ASCII_TABLE))
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
            continue
        for i in range(a, b):
            _fold_one(text[i], i, out, starts, ends)
    return "".join(out), starts, ends


_ASCII_RUN = _rx(r"[\x00-\x7f]+|[^\x00-\x7f]+")


def _fold_one(ch: str, i: int, out: list, starts: list, ends: list) -> None:
    folded = fold_char(ch)
    if not folded:
        # dropped character (combining mark, zero-width char): it belongs
        # to the preceding visible character
        if ends:
            ends[-1] = i + 1
        return
    for c in folded:
        out.append(c)
        starts.append(i)
        ends.append(i + 1)


# --- leetspeak -----------------------------------------------------------

_HAS_LEET = _rx(r"[0134578@$!]")
_NUMERIC_TOKEN = _rx(
    r"\d+(?:st|nd|rd|th|am|pm|s|yo|y|yr|yrs|k|m|mg|ml|h|hr|hrs|min|mins|x|lb|lbs|kg|ft|d|g|gb|mb|km|mi)?!*|"
    r"[!@$]+")
_LEET_I = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                         "8": "b", "@": "a", "$": "s", "!": "i"})
_LEET_L = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t",
                         "8": "b", "@": "a", "$": "s", "!": "i"})


def _deleet(norm: str, table) -> str:
    if not _HAS_LEET.search(norm):
        return norm

    def repl(tok: str) -> str:
        if tok.isalpha() or tok.isdigit() or not any(c.isalpha() for c in tok):
            return tok
        core = tok.rstrip("!")
        if _NUMERIC_TOKEN.fullmatch(tok) and not _NUMERIC_TOKEN.fullmatch(core + "x"):
            return tok
        if _NUMERIC_TOKEN.fullmatch(core):
            return tok
        if core.startswith("@") and len(core) > 4 and core[1:].isalnum():
            return tok  # an @mention
        return core.translate(table) + tok[len(core):]

    # every token (a run of [a-z0-9@$!]) holding a leet character, found from those
    # characters (a regex for such tokens tries its lookbehind at every character)
    parts = []
    last = 0
    n = len(norm)
    for m in _HAS_LEET.finditer(norm):
        c = m.start()
        if c < last:
            continue
        s = c
        while s > last and norm[s - 1] in _TOKEN_CHARS:
            s -= 1
        e = _TOKEN_REST.match(norm, c + 1).end() if c + 1 < n else n
        parts.append(norm[last:s])
        parts.append(repl(norm[s:e]))
        last = e
    parts.append(norm[last:])
    return "".join(parts)


_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$!")
_TOKEN_REST = _rx(r"[a-z0-9@$!]*")


WORD_RE = _rx(r"[a-z0-9]+(?:'[a-z]+)*")
_INITIALS_RE = _rx(r"\b(?:[a-z]\.\s?){2,4}|\b[a-z]\.(?=\s)")


def normalize_words(text: str) -> list[str]:
    """Words of ``text`` normalized as the matcher sees them.

    Used for client identifiers: NFKD/casefold/confusables as above,
    initials with dots collapsed (``J.D.`` -> ``jd``), punctuation dropped.
    """
    norm, _, _ = normalize(text)
    norm = _INITIALS_RE.sub(lambda m: m.group(0).replace(".", "").replace(" ", "") + " ", norm)
    return [w.replace("'", "") for w in WORD_RE.findall(norm)]


class Doc:
    """One text prepared for matching: views, offset map, tokens, sentences."""

    __slots__ = ("text", "norm", "_starts", "_ends", "leet", "leet_l", "u16",
                 "_sentences", "_sent_starts", "_quotes", "_words", "cache")

    def __init__(self, text: str) -> None:
        self.text = text
        self.norm, self._starts, self._ends = normalize(text)
        self.leet = _deleet(self.norm, _LEET_I)
        if self.leet == self.norm:
            self.leet = self.norm  # one object: per-view caches (pycore.scan) are shared
        self.leet_l = None
        if "1" in self.norm and self.leet != self.norm:
            alt = _deleet(self.norm, _LEET_L)
            if alt != self.leet:
                self.leet_l = alt
        self.u16 = Utf16Index(text)
        self._sentences = None
        self._sent_starts = None
        self._quotes = None
        self._words = None
        self.cache = {}

    # -- offsets ---------------------------------------------------------
    def to_orig(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``norm`` span to a Python-index span of the original text."""
        if self._starts is None:
            return start, end
        n = len(self._starts)
        if n == 0:
            return 0, 0
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        s = self._starts[start] if start < n else len(self.text)
        e = self._ends[end - 1] if end > start else s
        return s, max(s, e)

    def to_utf16(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``norm`` span to UTF-16 offsets of the original text."""
        s, e = self.to_orig(start, end)
        return self.u16(s), self.u16(e)

    def orig_slice(self, start: int, end: int) -> str:
        s, e = self.to_orig(start, end)
        return self.text[s:e]

    def from_orig(self, py_index: int) -> int:
        """The ``norm`` index of the first normalized char at or after ``py_index``."""
        if self._starts is None:
            return py_index
        import bisect
        return bisect.bisect_left(self._starts, py_index)

    def is_capitalized(self, start: int) -> bool:
        """Whether the original character behind ``norm[start]`` is upper case."""
        starts = self._starts
        if starts is None:
            return self.text[start:start + 1].isupper()
        if 0 <= start < len(starts):
            return self.text[starts[start]].isupper()
        s, _ = self.to_orig(start, start + 1)
        ch = self.text[s:s + 1]
        return ch.isupper()

    def orig_word(self, start: int, end: int) -> str:
        s, e = self.to_orig(start, end)
        return self.text[s:e]

    # -- structure -------------------------------------------------------
    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans in ``norm`` coordinates."""
        if self._sentences is None:
            spans = []
            start = 0
            for m in _SENT_END.finditer(self.norm):
                end = m.end()
                if self.norm[start:end].strip():
                    spans.append((start, end))
                start = end
            if self.norm[start:].strip():
                spans.append((start, len(self.norm)))
            self._sentences = spans or [(0, len(self.norm))]
        return self._sentences

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding ``pos``; the last sentence when none does."""
        sents = self.sentences
        starts = self._sent_starts
        if starts is None:
            starts = self._sent_starts = [s for s, _ in sents]
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < sents[i][1]:
            return i
        return len(sents) - 1

    def sentence_of(self, pos: int) -> tuple[int, int]:
        return self.sentences[self.sentence_index(pos)]

    def around(self, i: int) -> tuple[int, int]:
        """From the start of the sentence before sentence ``i`` to the end of the one after."""
        sents = self.sentences
        return sents[max(0, i - 1)][0], sents[min(len(sents) - 1, i + 1)][1]

    @property
    def quotes(self) -> list[tuple[int, int]]:
        """Spans of quoted passages (inside the quote marks)."""
        if self._quotes is None:
            found = [m.span(1) if m.group(1) is not None else m.span(2)
                     for m in _QUOTE_RE.finditer(self.norm)]
            # "> a line": the quote-reply convention of X and forums, someone else's words
            for m in _QUOTED_LINE.finditer(self.norm):
                a, b = m.span(1)
                if _ENDORSED_NEXT.match(self.norm, m.end()):
                    continue  # "> textbook narcissist" then "Yep.": the words are endorsed
                found = [q for q in found if q[1] <= a or q[0] >= b] + [(a, b)]
            self._quotes = sorted(found)
        return self._quotes

    def in_quotes(self, start: int, end: int) -> bool:
        # (-1, -1) entries (a quote whose group 1 did not take part) hold nothing;
        # the rest are sorted and do not overlap, so only the last one starting
        # at or before ``start`` can hold the span
        quotes = self.cache.get("quotes_sorted")
        if quotes is None:
            quotes = self.cache["quotes_sorted"] = [q for q in self.quotes if q[0] >= 0]
        if not quotes:
            return False
        i = bisect_right(quotes, (start, float("inf"))) - 1
        return i >= 0 and end <= quotes[i][1]

    @property
    def words(self) -> list[tuple[int, int, str]]:
        if self._words is None:
            self._words = [(m.start(), m.end(), m.group(0)) for m in WORD_RE.finditer(self.norm)]
        return self._words


_SENT_END = _rx(r"(?:[.!?]+[\"')\]]*(?=\s|$)|\n)\s*")
_QUOTED_LINE = _rx(r"(?m)^[ \t]*>[ \t]?([^\n]+)")
_ENDORSED_NEXT = _rx(r"\s*(?:yep|yes|yup|exactly|this|100%|agreed|so true|spot on|correct|absolutely|"
                            r"preach|same|facts|true|bingo|nailed it|called it)(?![a-z0-9])")
_QUOTE_RE = _rx(
    # double quotes; or single quotes, where an apostrophe inside a word ("didn't") does
    # not end the quote. Each branch starts with its quote mark (the "no letter before"
    # check comes after it), so the regex engine jumps from quote mark to quote mark
    r"\"([^\"\n]{1,120})\"|'(?<![a-z0-9]')((?:[^'\n]|(?<=[a-z])'(?=[a-z])){1,80}?)'(?![a-z0-9])")
