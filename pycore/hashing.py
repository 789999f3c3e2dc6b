"""Client identifiers as salted hashes.

The options page never stores a client's name.  It asks pycore to hash each
identifier (full name, first name, nickname, initials) with a per-install
salt, and stores only the hex digests.  At check time pycore hashes the
text's normalized word n-grams (1 to 3 words, plus the initials of runs of
capitalized words) with the same salt and looks them up in the set.
"""

from __future__ import annotations

import hashlib
from ._regex import compile as _rx

from .normalize import Doc, normalize_words

__all__ = ["hash_identifier", "normalize_identifier", "text_ngrams"]


def normalize_identifier(identifier: str) -> str:
    """An identifier normalized exactly as the text's words are."""
    return " ".join(normalize_words(identifier))


def _digest(normalized: str, salt: str) -> str:
    return hashlib.sha256((salt + "\x1f" + normalized).encode("utf-8")).hexdigest()


def hash_identifier(identifier: str, salt: str) -> str:
    """Salted SHA-256 (hex) of a client identifier, normalized like text words.

    ``hash_identifier("J.D.", s) == hash_identifier("jd", s)`` and
    ``hash_identifier("Sarah  MILLER", s) == hash_identifier("sarah miller", s)``.
    """
    if not isinstance(identifier, str) or not isinstance(salt, str):
        raise TypeError("identifier and salt must be strings")
    return _digest(normalize_identifier(identifier), salt)


_TOKEN = _rx(r"(?:[a-z]\.\s?){2,4}|[a-z0-9]+(?:'[a-z]+)*")


def text_ngrams(doc: Doc):
    """Yield ``(normalized_ngram, start, end)`` candidates in ``norm`` coordinates."""
    toks = []
    for m in _TOKEN.finditer(doc.norm):
        w = m.group(0)
        end = m.end()
        if "." in w:
            while end > m.start() and doc.norm[end - 1] in ". ":
                end -= 1
            w = w.replace(".", "").replace(" ", "")
        else:
            w = w.replace("'", "")
        toks.append((w, m.start(), end))
    n = len(toks)
    for i in range(n):
        w0, s0, e0 = toks[i]
        yield w0, s0, e0
        if i + 1 < n:
            w1, _, e1 = toks[i + 1]
            gram = w0 + " " + w1
            yield gram, s0, e1
            if i + 2 < n:
                w2, _, e2 = toks[i + 2]
                yield gram + " " + w2, s0, e2
    # initials of runs of capitalized words: "Sarah Miller" -> "sm"
    text = doc.text
    plain = doc._starts is None  # identity offset map: norm index == text index
    run: list[tuple[str, int, int]] = []
    for w, s, e in toks + [("", -1, -1)]:
        if s >= 0 and len(w) > 1 and w.isalpha() and (
                text[s].isupper() if plain else doc.is_capitalized(s)):
            run.append((w, s, e))
            continue
        for i in range(len(run)):
            for j in range(i + 1, min(len(run), i + 3)):
                yield "".join(x[0][0] for x in run[i:j + 1]), run[i][1], run[j][2]
        run = []


# Digests of n-grams already seen, per salt: the extension re-checks the same text as
# it is typed, so most n-grams were hashed a moment ago.  Memory only, bounded.
_SEEN: dict[str, dict[str, str]] = {}
_SEEN_MAX = 50_000


def digest_ngrams(doc: Doc, salt: str):
    seen = _SEEN.get(salt)
    if seen is None:
        if len(_SEEN) >= 4:
            _SEEN.clear()
        seen = _SEEN[salt] = {}
    base = None
    for gram, s, e in text_ngrams(doc):
        d = seen.get(gram)
        if d is None:
            if base is None:  # the salt's prefix, hashed once per check
                base = hashlib.sha256((salt + "\x1f").encode("utf-8"))
            h = base.copy()
            h.update(gram.encode("utf-8"))
            d = h.hexdigest()
            if len(seen) >= _SEEN_MAX:
                seen.clear()
            seen[gram] = d
        yield d, s, e
