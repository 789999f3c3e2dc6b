"""Profanity, including disguised spellings.

The lexicon is rated in the spirit of npm ``cuss`` (0 = rarely meant as
profanity, 1 = maybe, 2 = clearly): rating 2 is an error (PROF001), rating 1
a warning (PROF002), slurs an error (PROF004).  Every spelling trick is
undone before matching — look-alike letters, invisible characters and
accents by the normalizer, leetspeak by the ``leet`` view, and here masks
(``f*ck``, ``f**k``, ``sh-t``), spaced or dotted letters (``f u c k``,
``s.h.i.t``) and stretched letters (``fuuuck``).  A disguised spelling is
reported as PROF003 so the person sees that the trick does not hide it.

Word boundaries are respected: Scunthorpe, assessment, class, Dickens,
cocktail, shiitake, hello and therapist are clean.
"""

from __future__ import annotations

import re
from .._regex import compile as _rx

from ..scan import Scanner
from ._common import words, A, ALL, NASW, make_rule

SRC = f"{A[2]}; {NASW}"
WHY = ("The professional page is often a client's first impression of you; the article "
       "recommends keeping its language clean and explaining your in-session style in "
       "session instead. ")


def _stretch(term: str) -> str:
    """'ass' -> 'a+s{2,}': each run of a letter may be stretched, never shortened."""
    out = []
    i = 0
    while i < len(term):
        j = i
        while j < len(term) and term[j] == term[i]:
            j += 1
        c = re.escape(term[i])
        n = j - i
        out.append(f"{c}+" if n == 1 else f"{c}{{{n},}}")
        i = j
    return "".join(out)


_S = _stretch
STRONG = "|".join([
    r"(?:mother|motha|muther|clusterf?|mind|ratf?|brain|fat|dumb|un|f)?" + _S("fuck") +
    r"(?:s|ed|er|ers|ing|in|in'|ery|wit|wits|head|heads|face|faces|tard|tards|off|up|ups|boy|load|ton|tons|ity|ing|ingly)?",
    r"(?!shi+t+akes?(?![a-z]))(?:bull|horse|dip|chicken|bat|ape|dog|jack|holy|dumb|hot|pig|cow|cat)?" + _S("shit") +
    r"(?:s|ty|tier|tiest|ter|ters|ting|ted|head|heads|hole|holes|show|shows|storm|storms|load|loads|"
    r"post|posting|poster|faced|bag|bags|box|fest|ton|tons|ey|less|e|es|ey|house)?",
    _S("cunt") + r"(?:s|y|ing)?",
    _S("bitch") + r"(?:es|y|ing|in|ed|ass)?",
    _S("asshole") + r"s?", _S("arsehole") + r"s?",
    _S("dick") + r"(?:s|head|heads|hole|holes|wad|wads)?",
    _S("cock") + r"(?:s|sucker|suckers|sucking)?",
    _S("pussy") + "|" + _S("pussies"),
    _S("twat") + r"s?", _S("wanker") + r"s?", _S("bollocks"),
    _S("slut") + r"(?:s|ty)?", _S("whore") + r"s?", _S("skank") + r"s?",
    _S("jizz"), _S("tits") + "|" + _S("titties"),
    r"(?:you|such a|what a|total|little) " + _S("prick") + r"s?",
])
MILD = "|".join([
    _S("damn") + r"(?:ed|it|n|s)?", _S("dammit"), _S("damnit"), _S("goddamn") + r"(?:ed|it)?",
    _S("goddam") + r"(?:n|it)?",
    _S("crap") + r"(?:py|s|pier|piest)?",
    r"(?:what|who|where|why|how) the " + _S("hell"),
    r"the " + _S("hell") + r" (?:out of|with|is|are)",
    _S("hell") + r" (?:yeah|yes|no|naw)", r"as " + _S("hell"), _S("hella"),
    r"go to " + _S("hell"), r"bloody " + _S("hell"),
    _S("piss") + r"(?:ed|ing|es|y)?",
    _S("ass") + r"(?:es)?",
    r"(?:dumb|jack|smart|bad|kick|fat|lard|hard|half|lame|wise|candy|tight)-?" + _S("ass") + r"(?:ed|es)?",
    _S("arse") + r"s?", _S("bastard") + r"s?", _S("douche") + r"(?:bag|bags|y|s)?",
    r"screw (?:you|this|that|it|them|him|her)", _S("effing"), r"f-(?:ing|in|ed)",
    _S("boobs"),
])
SLURS = "|".join([
    r"n+i+g{2,}(?:a|er|ah|az|uh)s?", r"n+i+g+a+s?",
    r"f+a+g{1,2}(?:ot|ots|s|gy)?", r"s+p+i+c+s?", r"c+h+i+n+k+s?(?! in)", r"k+i+k+e+s?",
    r"w+e+t+b+a+c+k+s?", r"r+a+g+h+e+a+d+s?", r"t+o+w+e+l+h+e+a+d+s?", r"g+o+o+k+s?",
    r"c+o+o+n+s?(?= )",
])

_B = r"(?<![a-z0-9])(?:{})(?![a-z0-9])"
_STRONG_RE = _rx(_B.format(STRONG))
_MILD_RE = _rx(_B.format(MILD))
_SLUR_RE = _rx(_B.format(SLURS))

# words a mask or spaced letters may stand for
_TARGETS = (
    "fuck fucking fucked fucker fuckers fuckin fucks motherfucker motherfucking shit shits "
    "shitty bullshit shithead bitch bitches bitchy cunt cunts asshole assholes ass dick "
    "dickhead cock pussy damn dammit goddamn crap piss pissed hell whore slut bastard twat "
    "wanker nigger nigga faggot fag").split()
_TARGET_SET = frozenset(_TARGETS)
_STRONG_SET = frozenset(t for t in _TARGETS if _STRONG_RE.fullmatch(t))
_SLUR_SET = frozenset(t for t in _TARGETS if _SLUR_RE.fullmatch(t))
_MASKED = _rx(r"(?<![a-z0-9@$!*#%-])[a-z0-9@$!]*[*#%]+[a-z0-9@$!*#%]*(?![a-z0-9@$!*#%])"
                     r"|(?<![a-z0-9-])[a-z@$]{1,4}-{1,3}[a-z]{1,4}(?![a-z0-9-])")
_MASK_CHAR = _rx(r"[*#%-]")
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$!*#%")
_HYPHEN_WORD = frozenset("abcdefghijklmnopqrstuvwxyz@$")
_NOT_BEFORE_HYPHEN_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


def _masked(norm: str):
    """Same matches as ``_MASKED.finditer(norm)``, trying only where one can start.

    A masked token starts where its run of token characters starts; a hyphen
    mask starts one to four letters before its hyphen. Positions come from the
    mask characters, so text without ``*#%-`` costs one character-class scan.
    """
    starts = set()
    for h in (m.start() for m in _MASK_CHAR.finditer(norm)):
        if norm[h] != "-":
            s = h
            while s > 0 and norm[s - 1] in _TOKEN_CHARS:
                s -= 1
            starts.add(s)
        else:
            for k in range(1, 5):
                s = h - k
                if s < 0 or norm[s] not in _HYPHEN_WORD:
                    break
                if s == 0 or norm[s - 1] not in _NOT_BEFORE_HYPHEN_WORD:
                    starts.add(s)
    last = 0
    match = _MASKED.match
    for s in sorted(starts):
        if s < last:
            continue
        m = match(norm, s)
        if m is not None:
            yield m
            last = max(m.end(), s + 1)


_SPACED = _rx(r"(?<![a-z0-9])(?:[a-z0-9@$!*](?:[ .\-_/+]{1,3}|\s)){2,}[a-z0-9@$!*](?![a-z0-9])")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                       "@": "a", "$": "s", "!": "i"})
_S_SPACED = Scanner(_SPACED)  # prefiltered: tried only where a letter is followed by a separator
_TRIPLE = _rx(r"([a-z])\1\1")


_PERCENT = _rx(r"\d+(?:[.,]\d+)?%+")


def _mask_regex(token: str):
    if _PERCENT.fullmatch(token):
        return None  # "4%", "12.5%": a percentage
    letters = token.translate(_LEET)
    parts = re.split(r"([*#%-]+)", letters)
    if not any(p and p[0].isalpha() for p in parts):
        return None
    if sum(1 for c in letters if c.isalpha()) < 1:
        return None
    rx = "".join(
        (f"[a-z]{{1,{len(p) + 1}}}" if p and p[0] in "*#%-" else re.escape(p)) for p in parts)
    return _rx(rx)


_NAMEISH = {"dick", "dicks", "cock"}


def _looks_like_name(doc, s, e):
    """'Dick' as a name: capitalized, not shouting, and mid-sentence or next to another name."""
    if doc.norm[s:e] not in _NAMEISH or not doc.is_capitalized(s):
        return False
    orig = doc.orig_slice(s, e)
    if orig.isupper():
        return False
    before = doc.norm[max(0, s - 3):s]
    after = doc.text[doc.to_orig(s, e)[1]:doc.to_orig(s, e)[1] + 3]
    sent_start = doc.sentence_of(s)[0]
    mid = doc.norm[sent_start:s].strip(" \"'(") != ""
    return mid or bool(re.match(r"[\"'\s]*[A-Z]", after)) or before.endswith("-")


_SCANNERS = ((Scanner(_SLUR_RE), "slur"), (Scanner(_STRONG_RE), "strong"), (Scanner(_MILD_RE), "mild"))


# places whose names hold a rude word (Twatt in Orkney, Scunthorpe...), and "fags" that
# are cigarettes (UK and Irish English)
_PLACES = frozenset(words(
    "twatt|scunthorpe|penistone|cockermouth|clitheroe|shitterton|bastardstown|muff|nobber|dildo|"
    "termonfeckin|feckin|lightwater|cockburnspath|fucking|wetwang|twathats|crapstone|titty ho|"
    "pratts bottom|brown willy|bitchfield|cockfosters|scratchy bottom"))
_WORD_AT = _rx(r"[a-z]+")
_SMOKING = _rx(r"(?<![a-z])(?:smok\w*|cigarettes?|quit\w*|vap\w*|nicotine|packet|fag break|lighter|tobacco)(?![a-z])")


def _innocent(doc, s: int, e: int) -> bool:
    norm = doc.norm
    a = s
    while a > 0 and norm[a - 1].isalpha():
        a -= 1
    m = _WORD_AT.match(norm, a)
    word = m.group(0) if m else ""
    if word in _PLACES and doc.is_capitalized(a):
        return True
    if word in ("fag", "fags"):
        i = doc.sentence_index(s)
        lo = doc.around(i)[0]
        return _SMOKING.search(norm, lo, min(len(norm), doc.sentences[i][1] + 80)) is not None
    return False


def _scan(doc):
    """All profanity hits: (start, end, kind) with kind strong/mild/slur/disguised."""
    cached = doc.cache.get("prof")
    if cached is not None:
        return cached
    hits = []
    taken = []

    def add(s, e, kind):
        if _innocent(doc, s, e):
            return
        for a, b in taken:
            if a < e and s < b:
                return
        taken.append((s, e))
        hits.append((s, e, kind))

    views = [doc.leet] if doc.leet_l is None else [doc.leet, doc.leet_l]
    for view in views:
        for rx, kind in _SCANNERS:
            for m in rx.finditer(doc, view):
                s, e = m.span()
                disguised = (doc.norm[s:e] != view[s:e]
                             or _TRIPLE.search(view, s, e) is not None
                             or doc.orig_slice(s, e).lower() != doc.norm[s:e])
                if kind == "mild" and disguised and doc.norm[s:e] == view[s:e] and \
                        doc.orig_slice(s, e).lower() == doc.norm[s:e]:
                    disguised = True  # stretched mild word, still a disguise
                if kind == "strong" and _looks_like_name(doc, s, e):
                    continue
                add(s, e, "slur" if kind == "slur" else ("disguised" if disguised else kind))
    norm = doc.norm
    if "*" in norm or "#" in norm or "%" in norm or "-" in norm:
        for m in _masked(norm):
            tok = m.group(0)
            rx = _mask_regex(tok)
            if rx is None:
                continue
            if "-" in tok and not any(c in tok for c in "*#%"):
                # hyphen masks only for short tokens that are not ordinary words
                if len(tok) > 8:
                    continue
            for t in _TARGETS:
                if rx.fullmatch(t):
                    add(m.start(), m.end(), "disguised")
                    break
    for m in _S_SPACED.finditer(doc, norm):
        seg = m.group(0)
        letters = []
        for i, ch in enumerate(seg):
            if ch not in " .-_/+\n\t":
                letters.append((ch.translate(_LEET), m.start() + i))
        joined = "".join(c for c, _ in letters)
        n = len(letters)
        done = False
        for length in range(n, 2, -1):
            for i in range(0, n - length + 1):
                if joined[i:i + length] in _TARGET_SET:
                    add(letters[i][1], letters[i + length - 1][1] + 1, "disguised")
                    done = True
                    break
            if done:
                break
    doc.cache["prof"] = hits
    return hits


def _kind(kind):
    def matcher(doc, context, settings):
        for s, e, k in _scan(doc):
            if k == kind:
                yield s, e
    return matcher


def _rule(rid, title, sev, kind, what, message, why, flag, clean, instead):
    return make_rule(id=rid, category="profanity", severity=sev, title=title, message=message,
                     why=WHY + why, source=SRC, what=what, instead=instead, matcher=_kind(kind),
                     contexts=ALL, quoted=False, flag=flag, clean=clean)


_CLEAN = ["Assessment appointments are open this week in our Scunthorpe office.",
          "We read Dickens in our bibliotherapy class; cocktail hour is not therapy.",
          "Hello! Our therapist team loves shiitake soup and classic analysis.",
          "Brilliant to see a new Men's Shed open in Twatt, Orkney."]

RULES = [
    _rule("PROF001", "Strong profanity", "error", "strong",
          "Flags clearly profane words (rated 2: rarely anything but a swear word).",
          "This is a swear word; it reads as unprofessional on a practice page.",
          "Clearly profane words are the first thing the article asks to keep off the "
          "professional page.",
          ["This week has been absolute shit.", ("The parking here is shite.", "message"), "Who the fuck decided insurance forms should "
           "be this long?", ("Bullshit, all of it.", "comment")],
          _CLEAN,
          "Say what you mean without the swear word: \"This week has been hard.\""),
    _rule("PROF002", "Mild profanity", "warning", "mild",
          "Flags milder swearing (rated 1: damn, crap, hell as an expletive, pissed, ass).",
          "Mild swearing still reads as casual on a professional page.",
          "Even mild swearing sets a casual tone that may put off a prospective client.",
          ["Damn, this week was long.", "What the hell is going on with insurance?",
           "I was so pissed off at the billing office."],
          _CLEAN + ["Grief can feel like hell on earth, and it is still survivable."],
          "Use a plain word: \"This week was long.\""),
    _rule("PROF003", "Disguised profanity", "error", "disguised",
          "Flags swear words spelled to slip past filters: masks (f*ck, sh!t), leetspeak (sh1t), "
          "spaced or dotted letters (f u c k, s.h.i.t), stretched letters (fuuuck), look-alike or "
          "invisible characters.",
          "This is a swear word in disguise; readers still read it as swearing.",
          "A masked or creatively spelled swear word is still read as one.",
          ["What a f*cking week.", "This is such b.s. and sh!t.", "f u c k this paperwork",
           "Fuuuuck, Monday again.", "Total \u0455hit show."],
          _CLEAN + ["Sessions are 50 minutes; fees are listed on our website.",
                    "Black psychologists make up around 4% of the US psychology workforce."],
          "Drop the word instead of masking it."),
    _rule("PROF004", "Slur", "error", "slur",
          "Flags racial, ethnic and anti-gay slurs.",
          "This is a slur; it harms readers and breaks professional ethics.",
          "Slurs demean whole groups of people, including clients who may read the page.",
          ["That guy is such a fag.", "Stop acting like a f4ggot."],
          _CLEAN + ["There's a chink in the armor of every perfectionist.",
                    "Quitting the fags? The HSE QUIT service is free: freephone 1800 201 203."],
          "Remove the slur."),
]
