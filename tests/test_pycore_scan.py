"""The prefiltered scanner finds exactly what its plain regex finds: the speed-up
must never hide a match (the first-character keys must be sound)."""
import json
from pathlib import Path

import pycore
from pycore import scan
from pycore.normalize import Doc

CORPUS = Path(__file__).parent / "corpus"
TRICKY = [
    "Vote today. #stopmaga #fightmaga forever",
    "c r a z y week, f u c k i n g exhausting!!!",
    "My client J.D. (34) from Springfield — call 555-0100 or jd@example.com",
    "ＳＨＩＴ happens; ѕhit happens; sh\u200bit happens",
    "Session today 🙂👍🏽🇺🇸 with my client Maria, e\u0301te\u0301",
]


def texts():
    out = list(TRICKY)
    for name in ("labelled.jsonl", "second-dev.jsonl"):
        with open(CORPUS / name, encoding="utf-8") as fh:
            out += [json.loads(line)["text"] for line in fh if line.strip()][::3]
    return out


def test_every_scanner_matches_its_plain_regex():
    pycore.check("warm up")  # every rule module is imported and its scanners registered
    scanners = [s for s in scan._REGISTRY if s.id >= 0]
    assert scanners, "no prefiltered scanner registered"
    for text in texts():
        doc = Doc(text)
        for view in {doc.norm, doc.leet}:
            for s in scanners:
                got = [m.span() for m in s.finditer(doc, view)]
                want = [m.span() for m in s.rx.finditer(view)]
                assert got == want, (s.rx.pattern[:80], text)


def test_hashtag_after_a_word_is_still_found():
    # Keys glued onto an unknown part of a pattern once hid these matches.
    assert "POL002" in {f.rule for f in pycore.check("Vote today. #stopmaga #fightmaga forever")}


LEET = ["sh1t h3ll0 and @ss, $hit 4ever", "b!tch!", "1 2 3 4 1n 2o21", "t3st " * 40,
        "@start and end@", "my cl1ent J0hn (34) from 5pringfield is a t3acher",
        "n0 way, 1'm d0ne: r3tarded p$ych0 tr@nny", "!!!!! 0000 $$$$ @@@@"]


def test_leet_views_reuse_the_texts_candidates_exactly():
    """The de-leeted views' candidates are worked out from the text's, around the changed
    characters only: they must equal a fresh computation."""
    pycore.check("warm up")
    n = 0
    for text in LEET + texts():
        doc = Doc(text)
        for view in (doc.leet, doc.leet_l):
            if view is None or view is doc.norm:
                continue
            n += 1
            assert scan.candidates(doc, view) == scan._direct(view), text
    assert n >= len(LEET)


def test_every_category_word_list_is_prefiltered():
    """A pattern that can start with any word ("\\w+ rally") would make its whole category
    a plain scan of every position (several times slower): each one must have keys."""
    from pycore.engine import _LEXICAL
    from pycore.scan import Alternatives

    for cat, sc, _ in _LEXICAL:
        if isinstance(sc, Alternatives):
            assert sc.id >= 0 and sc._matches is not None, cat
