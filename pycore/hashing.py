"""Client identifiers as salted hashes.

The options page never stores a client's name.  It asks pycore to hash each
identifier (full name, first name, nickname, initials) with a per-install
salt, and stores only the hex digests.  At check time pycore hashes the
text's normalized word n-grams (1 to 3 words, plus the initials of runs of
capitalized words) with the same salt and looks them up in the set.
"""

from __future__ import annotations

import hashlib
import re

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


_TOKEN = re.compile(r"(?:[a-z]\.\s?){2,4}|[a-z0-9]+(?:'[a-z]+)*")


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
        w0, s0, _ = toks[i]
        gram = w0
        for j in range(i, min(n, i + 3)):
            if j > i:
                gram = gram + " " + toks[j][0]
            yield gram, s0, toks[j][2]
    # initials of runs of capitalized words: "Sarah Miller" -> "sm"
    run: list[tuple[str, int, int]] = []
    for w, s, e in toks + [("", -1, -1)]:
        if s >= 0 and len(w) > 1 and w.isalpha() and doc.is_capitalized(s):
            run.append((w, s, e))
            continue
        for i in range(len(run)):
            for j in range(i + 1, min(len(run), i + 3)):
                yield "".join(x[0][0] for x in run[i:j + 1]), run[i][1], run[j][2]
        run = []


def digest_ngrams(doc: Doc, salt: str):
    for gram, s, e in text_ngrams(doc):
        yield _digest(gram, salt), s, e
