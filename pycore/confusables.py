"""Look-alike characters mapped to the Latin letters they imitate.

A small committed table, trimmed by hand from the idea of Unicode's
``confusables.txt`` (UTS #39) to the characters that are actually used to
dodge word filters: Cyrillic, Greek, Armenian and Cherokee letters that look
Latin, Latin small capitals and a few symbols.  Fullwidth and mathematical
letters need no entry: NFKC/NFKD already folds them.  Keys are lower case
(the normalizer case-folds first); values are ASCII.
"""

from __future__ import annotations

_PAIRS = {
    # Cyrillic
    "а": "a", "б": "b", "в": "b", "г": "r", "е": "e", "ё": "e", "з": "3",
    "и": "u", "к": "k", "м": "m", "н": "h", "о": "o", "п": "n", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ч": "4", "ь": "b", "ѕ": "s",
    "і": "i", "ї": "i", "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "ү": "y", "ӏ": "l", "ɡ": "g", "ө": "o", "ꙇ": "i", "ԍ": "g", "ԏ": "t",
    # Greek
    "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "η": "n", "ι": "i",
    "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    "ω": "w", "ς": "c", "ϲ": "c", "ϳ": "j", "ϐ": "b",
    # Armenian
    "օ": "o", "ս": "u", "ց": "g", "հ": "h", "ո": "n", "զ": "q", "ա": "w",
    # Cherokee (lower-case forms after casefold)
    "ꭺ": "a", "ꮯ": "c", "ꭼ": "e", "ꮋ": "h", "ꮖ": "i", "ꮶ": "k", "ꮇ": "m",
    "ꮎ": "o", "ꮲ": "p", "ꮪ": "s", "ꭲ": "t",
    # Latin small capitals and other Latin look-alikes
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g",
    "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n",
    "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v",
    "ᴡ": "w", "ʏ": "y", "ᴢ": "z", "ı": "i", "ȷ": "j", "ɑ": "a", "ɩ": "i",
    "ʋ": "u", "ƿ": "p", "ɵ": "o", "ø": "o", "ð": "d", "đ": "d", "ħ": "h",
    "ł": "l", "ŧ": "t", "ƀ": "b", "ɨ": "i", "ʉ": "u", "æ": "ae", "œ": "oe",
    "ſ": "s", "ꝺ": "d",
    # punctuation look-alikes: quotes, apostrophes, dashes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-",
    "\u2026": "...",
}

CONFUSABLES: dict[str, str] = dict(_PAIRS)

__all__ = ["CONFUSABLES"]
