"""Each fast path of pycore finds exactly what the plain regex it replaces finds.

The fast paths try a regex only where a match can start (a capital letter, a tripled
letter, the word before " (", an emoticon's first character); random texts made of the
characters that matter check that nothing is lost or added.
"""

from __future__ import annotations

import random
import re

from pycore.normalize import Doc
from pycore.rules import confidentiality, tone


def _texts(alphabet: str, n: int = 30000, longest: int = 24, seed: int = 7):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))


def _spans(matches):
    return [m.span() for m in matches]


def test_capitalised_words_start_at_their_capital():
    plain = re.compile(r"\b[A-Z][A-Z']*[A-Z]\b")
    for text in _texts("aAbBZ'é É1_ -\n"):
        assert _spans(tone._CAPS_WORD.finditer(text)) == _spans(plain.finditer(text)), text


def test_stretched_words_are_found_from_their_tripled_letter():
    for text in _texts("aaab1 -'x"):
        assert _spans(tone._stretched_words(text)) == _spans(tone._STRETCH.finditer(text)), text


def test_name_and_age_is_tried_only_before_an_opening_bracket():
    for text in _texts("ab'- (0123)age xyzJ.\n", longest=40):
        got = _spans(confidentiality._name_ages(text))
        assert got == _spans(confidentiality._NAME_AGE.finditer(text)), text


def test_emoticons_are_tried_only_where_one_can_start():
    for text in _texts(":;=-()^_'xXdDoOT<3/ a¯ツ\\", longest=16):
        assert tone._emoticon_spans(Doc(text)) == _spans(tone._EMOTICON_RE.finditer(text)), text
