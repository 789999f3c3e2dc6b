"""Offsets: the one convention for every span pycore reports.

Every ``Finding.start`` / ``Finding.end`` is a **UTF-16 code-unit offset** into
the original text, exactly what JavaScript's ``String.prototype.slice`` and
``String.length`` use.  ``start`` is inclusive, ``end`` exclusive.

Python indexes strings by code point, so characters outside the Basic
Multilingual Plane (most emoji: 🙂, 👍🏽, flags 🇺🇸, ZWJ sequences) count as one
Python index but two UTF-16 units.  Combining marks (``e\u0301``) are separate
code points in both conventions.  The helpers below convert between the two;
nothing else in pycore does this arithmetic.
"""

from __future__ import annotations

from ._regex import compile as _rx

_ASTRAL = _rx("[\U00010000-\U0010FFFF]")

__all__ = [
    "utf16_len",
    "Utf16Index",
    "py_to_utf16",
    "utf16_to_py",
    "utf16_slice",
]


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (JavaScript's ``length``)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class Utf16Index:
    """Converts Python code-point indices of one text to UTF-16 offsets.

    Built once per text; conversion is O(1).  For pure-BMP text (the common
    case) it is the identity and costs nothing to build.
    """

    __slots__ = ("_prefix",)

    def __init__(self, text: str) -> None:
        if text.isascii() or _ASTRAL.search(text) is None:
            self._prefix = None
        else:
            # prefix[i] = i + (astral characters before i), built a run at a time
            prefix: list[int] = []
            last = 0
            extra = 0
            for m in _ASTRAL.finditer(text):
                i = m.start()
                prefix.extend(range(last + extra, i + 1 + extra))
                extra += 1
                last = i + 1
            prefix.extend(range(last + extra, len(text) + 1 + extra))
            self._prefix = prefix

    def __call__(self, py_index: int) -> int:
        if self._prefix is None:
            return py_index
        return self._prefix[py_index]


def py_to_utf16(text: str, py_index: int) -> int:
    """UTF-16 offset of the Python index ``py_index`` in ``text``."""
    return utf16_len(text[:py_index])


def utf16_to_py(text: str, u16: int) -> int:
    """Python index of the UTF-16 offset ``u16`` in ``text``.

    An offset that falls between the two halves of a surrogate pair is
    rounded down to the start of that character.
    """
    acc = 0
    for i, ch in enumerate(text):
        step = 2 if ord(ch) > 0xFFFF else 1
        if acc + step > u16:
            return i
        acc += step
    return len(text)


def utf16_slice(text: str, start: int, end: int) -> str:
    """``text.slice(start, end)`` as JavaScript would compute it."""
    return text[utf16_to_py(text, start):utf16_to_py(text, end)]
