"""Evasions are caught; innocent words and talk about words stay clean."""

import pytest

import pycore
from pycore.normalize import Doc, normalize_words


def cats(text, context="post"):
    return {f.category for f in pycore.check(text, context)}


@pytest.mark.parametrize("text", [
    "f*ck this", "what the f**k", "sh!t happens", "5h1t happens", "f u c k this", "s.h.i.t",
    "fuuuuuck", "ＦＵＣＫ", "\u0455hit", "f\u200bu\u200bc\u200bk", "fück that", "a55hole",
])
def test_profanity_evasions(text):
    assert "profanity" in cats(text), text


@pytest.mark.parametrize("text", [
    "Scunthorpe office opens Monday.", "Assessment slots available.", "Our therapist team.",
    "Reading Dickens in group.", "Cocktail party etiquette for introverts.", "Class starts at 6.",
    "Data analysis workshop.", "Hello and welcome.", "Shiitake mushrooms and mood.",
    "Cockburn Street clinic", "Passing the bar exam is stressful.", "Moby-Dick, read as obsession.",
])
def test_word_boundaries_stay_clean(text):
    assert "profanity" not in cats(text), text


@pytest.mark.parametrize("text", [
    "She is cr4zy.", "That driver was a p5ycho.", "Mondays make me c r a z y.", "Such a lunat1c.",
])
def test_leet_and_spacing_for_other_lexicons(text):
    assert "stigmatizing-language" in cats(text), text


@pytest.mark.parametrize("text", [
    "We say 'died by suicide', not 'committed suicide'.",
    "The word 'crazy' hurts people who live with mental illness.",
    "Instead of \"transgendered\", say \"transgender\".",
    "\"What was she wearing?\" is a victim-blaming question.",
    "No one is ever asking for it.",
    "I never accept friend requests from clients.",
    "We do not ask clients for reviews.",
    "Suicide is preventable. If you are struggling, call or text 988.",
    "Trans clients are welcome here; our team uses affirming care.",
    "Our office will be closed Monday for the holiday.",
    "\"Depression is a choice\" is a myth; depression is a treatable illness.",
])
def test_context_keeps_good_posts_clean(text):
    assert cats(text) == set(), (text, pycore.check(text))


def test_negation_does_not_hide_invitation():
    assert "dual-relationship" in cats("Don't be shy, friend me on my personal page!")


def test_single_quotes_mark_a_mention_even_with_apostrophes_inside():
    d = Doc("'Why didn't she leave?' is the question people ask; Sam's 'fix' isn't one.")
    assert [d.norm[a:b] for a, b in d.quotes] == ["why didn't she leave?", "fix"]
    assert Doc("It's Sam's idea and we're fine").quotes == []


def test_a_quoted_line_is_someone_elses_words_unless_the_next_line_agrees():
    d = Doc("> is she bipolar?\nI don't diagnose people I haven't met.")
    assert [d.norm[a:b] for a, b in d.quotes] == ["is she bipolar?"]
    assert Doc("> textbook narcissist\nYep. Spot on.").quotes == []


def test_views_share_offsets():
    d = Doc("Cr4zy w\u200beek")
    assert len(d.norm) == len(d.leet)
    assert d.leet.startswith("crazy")


def test_normalize_words_for_identifiers():
    assert normalize_words("J.D.") == ["jd"]
    assert normalize_words("  Sarah   MILLER ") == ["sarah", "miller"]
    assert normalize_words("Jos\u00e9 O\u2019Brien") == ["jose", "obrien"]
    assert normalize_words("Ｓａｒａｈ") == ["sarah"]


def test_deleeting_visits_exactly_the_tokens_with_a_leet_character():
    """The de-leeted view equals a regex pass over every token holding a leet character."""
    import random
    import re

    from pycore import normalize as N

    token = re.compile(r"(?<![a-z0-9@$!])[a-z0-9@$!]*[0134578@$!][a-z0-9@$!]*")
    rng = random.Random(5)
    alphabet = "ab01345 78@$!x.-'\n"
    seen_changes = 0
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        for table in (N._LEET_I, N._LEET_L):
            want = token.sub(lambda m: N._deleet(m.group(0), table), text)
            got = N._deleet(text, table)
            assert got == want, text
            seen_changes += got != text
    assert seen_changes > 1000


def test_clause_prefix_starts_after_the_last_boundary():
    """The negation guard reads the clause up to a word: everything after the last comma,
    full stop, bracket, line break, 'but', 'however' or 'so' of the sentence."""
    import random

    from pycore.context import _CLAUSE_BOUNDARY, clause_prefix

    rng = random.Random(2)
    pieces = ["but", "so", "however", "not", "a", "butter", "also", ",", "(", ")", "x", "sob", ";"]
    for _ in range(5000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) + " word"
        starts = [m.end() for m in _CLAUSE_BOUNDARY.finditer(text[:-5])]
        want = text[starts[-1] if starts else 0:len(text) - 4]
        assert clause_prefix(Doc(text), len(text) - 4) == want, text
    text = "I would never, but we do not judge"
    assert clause_prefix(Doc(text), text.index("judge")) == " we do not "
