"""start/end are UTF-16 code units into the original text, everywhere."""

import pytest

import pycore
from pycore.offsets import py_to_utf16, utf16_len, utf16_slice, utf16_to_py

PREFIXES = ["🙂 ", "👍🏽👍🏽 ", "🇺🇸 flag ", "👨\u200d👩\u200d👧\u200d👦 family ", "cafe\u0301 ",
            "e\u0301e\u0301e\u0301 ", "𝐁𝐨𝐥𝐝 ", "日本語 ", ""]


def test_utf16_helpers():
    s = "a🙂b"
    assert utf16_len(s) == 4
    assert py_to_utf16(s, 2) == 3
    assert utf16_to_py(s, 3) == 2
    assert utf16_slice(s, 1, 3) == "🙂"


@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("word", ["shit", "crazy", "transgendered", "guarantee"])
def test_span_points_at_the_word_after_emoji_and_marks(prefix, word):
    text = prefix + "This is " + word + " 🙂 and more text."
    fs = pycore.check(text)
    spans = [utf16_slice(text, f.start, f.end) for f in fs]
    assert any(s.lower() == word for s in spans), (text, spans)


def test_offsets_are_js_indices():
    text = "👍🏽 crazy"
    f = [f for f in pycore.check(text) if f.rule == "STIG002"][0]
    # JS: "👍🏽 crazy".indexOf("crazy") === 5 (two surrogate pairs + space)
    assert (f.start, f.end) == (5, 10)


def test_combining_mark_inside_word_is_covered():
    text = "That was cra\u0301zy."
    f = [f for f in pycore.check(text) if f.rule == "STIG002"][0]
    assert utf16_slice(text, f.start, f.end) == "cra\u0301zy"


def test_zero_width_inside_word():
    text = "What a f\u200bucking mess"
    f = [f for f in pycore.check(text) if f.category == "profanity"][0]
    assert utf16_slice(text, f.start, f.end) == "f\u200bucking"


def test_emoji_string_span():
    text = "Group starts Monday 🎉🎉😊 see you"
    f = [f for f in pycore.check(text) if f.rule == "TONE003"][0]
    assert utf16_slice(text, f.start, f.end) == "🎉🎉😊"


def test_single_zwj_family_is_not_a_string_of_emoji():
    text = "Family day 👨\u200d👩\u200d👧\u200d👦 at the practice."
    assert "TONE003" not in [f.rule for f in pycore.check(text)]
