"""Informal tone: internet-speak, exclamation runs, emoji strings, shouting."""

from __future__ import annotations

import re
from .._regex import compile as _rx

from ._common import A, PUBLIC, alt, make_rule, words

SRC = A[2]
WHY = ("The article recommends professional language on the professional page: no multiple "
       "exclamation points, strings of smileys and emoticons, or internet-speak. A prospective "
       "client meets you there first. ")

_ACRONYMS = words(
    "lol|lols|lolz|lmao|lmfao|rofl|roflmao|omg|omfg|wtf|smh|tbh|idk|imo|imho|ikr|brb|btw|bff|"
    "ngl|srsly|pls|plz|thx|tysm|ttyl|jk|irl|af|fml|ffs|stfu|gtfo|yolo|omw|nvm|tmi|rn|imma|"
    "lolol|hahaha|hahahaha|haha|hehe|heh|lulz|xoxo|xo|fr fr|iykyk|tfw|mfw|icymi|ftw|gg|"
    "oof|welp|yikes|ugh|ughh|meh|woohoo|woot|yay|yass|yaaas|yasss|squee")
_SLANG = words(
    "gonna|wanna|gotta|kinda|sorta|dunno|cuz|coz|lemme|gimme|ya know|y'know|bruh|bro|dude|"
    "dudes|fam|sus|yeet|slay|slayed|periodt|no cap|bestie|besties|vibes|vibing|totes|cray|"
    "amazeballs|legit|lit|savage|on fleek|goals af|adulting|hangry|obsessed|obsessing|"
    "killin it|killing it|crushing it|ur|u|r u|ya|ok boomer|mood af|big mood|same tbh|"
    "shook|lowkey|highkey|deadass|bomb|totally rad|rad|awesomesauce|wicked cool")

_EMOJI = (r"(?:[\U0001F1E6-\U0001F1FF]{2}|[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55"
          r"\u2763\u2764\u203C\u2049\u2705\u2728\u2B06\u2B07\u2B05\u27A1\U0001F004\U0001F0CF"
          r"\U0001F170-\U0001F19A])"
          r"(?:[\uFE0E\uFE0F\U0001F3FB-\U0001F3FF\u20E3]|\u200D[\U0001F300-\U0001FAFF"
          r"\u2600-\u27BF\u2640\u2642\u2695\u2696\u2708\u2764][\uFE0F\U0001F3FB-\U0001F3FF]*)*")
_EMOTICON = (r"(?<![\w/:])(?:[:;=][-'^o]?[)(\]\[dDpP|*3oO0]+(?![\w])|[:;=][-'^]?[/\\](?![/\w])"
             r"|<3+|\^_*\^|:'\(|\bx[dD]+\b|\bX[dD]+\b|\(\s?:|¯\\_\(ツ\)_/¯|\(ツ\)|-_-|>_<|o_O|O_o|"
             r"\bT_T\b|\(:)")
_EMOTICON_RE = _rx(_EMOTICON)
_EMOJI_RE = _rx(_EMOJI)
# a character an emoji can start with (a bare character class: re skips ahead fast)
_EMOJI_START = _rx(r"[\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55"
                          r"\u2763\u2764\u203C\u2049\u2705\u2728\u2B06\u2B07\u2B05\u27A1\U0001F004"
                          r"\U0001F0CF\U0001F170-\U0001F19A]")


# where an emoticon can start: its first character ("xD", "o_O", "T_T" by their first two)
_EMOTICON_START = _rx(r"[:;=<^(\u00af>\-]|[xX][dD]|[oO]_|T_")


def _emoticon_spans(doc) -> list:
    """Emoticon spans in the original text (the same as ``_EMOTICON_RE.finditer``), tried
    only where one can start: a plain scan tries its lookbehind at every character."""
    got = doc.cache.get("emoticons")
    if got is None:
        got = doc.cache["emoticons"] = _spans_from(_EMOTICON_START, _EMOTICON_RE, doc.text)
    return got


def _spans_from(starts, rx, text: str) -> list:
    """``[m.span() for m in rx.finditer(text)]``, with ``rx`` tried only where ``starts`` finds a
    place a match can begin (a superset of them)."""
    match = rx.match
    out = []
    last = 0
    for m in starts.finditer(text):
        p = m.start()
        if p < last:
            continue
        u = match(text, p)
        if u is not None:
            out.append(u.span())
            last = u.end()
    return out


def _emoji_runs(doc, context, settings):
    text = doc.text
    if text.isascii() or _EMOJI_START.search(text) is None:
        units = _emoticon_spans(doc)  # no emoji: the units are the emoticons
        if not units:
            return
    else:
        # emoji units start at an emoji character: try only there (the emoticons,
        # which hold no emoji character, are scanned once and merged in)
        units = sorted(_spans_from(_EMOJI_START, _EMOJI_RE, text) + _emoticon_spans(doc))
    run = []
    for s, e in units + [(-10, -10)]:
        if run and s >= 0 and (text[run[-1][1]:s].strip() == "" and s - run[-1][1] <= 2):
            run.append((s, e))
            continue
        if len(run) >= 2:
            yield doc.from_orig(run[0][0]), doc.from_orig(run[-1][1])
        run = [(s, e)] if s >= 0 else []


def _emoticons(doc, context, settings):
    for s, e in _emoticon_spans(doc):
        # a lone emoticon (strings are reported by TONE003)
        yield doc.from_orig(s), doc.from_orig(e)


# \b[A-Z][A-Z']*[A-Z]\b, written to start with its capital letter (the "word starts here"
# check follows it) so the regex engine skips lower-case text at C speed
_CAPS_WORD = _rx(r"[A-Z](?<!\w[A-Z])[A-Z']*[A-Z]\b")
_CAPS_OK = set(words(
    "CBT|DBT|EMDR|PTSD|OCD|ADHD|ADD|BPD|NPD|GAD|MDD|SUD|ASD|ACT|IFS|LGBTQ|LGBTQIA|LGBT|APA|ACA|"
    # health services and text-line keywords ("text CONNECT to 686868")
    "HSE|NHS|GP|GPS|CAMHS|CPD|NZ|AU|HUGG|QUIT|CONNECT|HOME|HELLO|SHOUT|TALK|HELP|START|"
    # credentials after a clinician's name
    "PMHNP|BC|APRN|FNP|DNP|MSN|LPCC|LCPC|LICSW|LMSW|LCADC|CADC|LADC|NCC|CEDS|RPT|ATR|MFT|LAC|ACSW|"
    "CSW|BCBA|OTR|SLP|CCC|NCSP|LSSP|LPA|LMFTA|LPCA|LCMHC|LPCS|CMHC|CAADC|MAC|CCTP|CCTS|PMH|"
    "NASW|AAMFT|NAMI|AFSP|SAMHSA|CDC|WHO|NIMH|FAQ|CEO|LCSW|LPC|LMFT|LMHC|PHD|PSYD|MD|RN|NP|"
    "MSW|MA|MS|USA|US|UK|NYC|LA|DC|AM|PM|EST|PST|CST|TV|ICU|ER|AA|NA|IOP|PHP|IEP|CEU|CEUS|HIPAA|"
    "COVID|BIPOC|DSM|ICD|EAP|RSVP|FYI|ASAP|OK|ID|TBD|PDF|URL|HR|PT|OT|SSRI|SSRIS|NEW|DM|PM|"
    "FREE|II|III|IV|BLM|TW|CW|SOS|ZOOM|AI|APP|YMCA|NBA|NFL|VA|ADA|QPR|ASIST|MHFA|ABA|PCIT|TF|"
    "TFCBT|ERP|CPT|PE|DV|IPV|CSA|ACE|ACES|HOPE|I"))


_SHOUTED = set(words(
    "I|A|IS|SO|THE|NOT|NO|YOU|YOUR|YOURE|THIS|THAT|WE|ALL|ARE|DO|DONT|STOP|PLEASE|NEED|MUST|NEVER|EVER|"
    "EVERYONE|EVERY|WHY|WHAT|HOW|LOVE|DONE|SICK|TIRED|REALLY|VERY|SUCH|AND|OR|BUT|IT|ITS|ME|MY|BE|NOW|"
    "TODAY|HAVE|HAS|GET|GOT|JUST|MORE|BEST|ONLY|ALWAYS|WILL|CAN|CANT|WONT|IMPORTANT|AMAZING|HUGE|"
    "ABSOLUTELY|SERIOUSLY|LITERALLY|INCREDIBLE|AWESOME|HATE|ANGRY|FURIOUS|EXHAUSTED|OBSESSED|"
    "EVERYTHING|NOTHING|ANYONE|NOBODY|CANNOT|WOW|YES|HELLO|THANK|THANKS|FINALLY|ANOTHER|AGAIN|"
    "PEOPLE|STILL|READ|LISTEN|WAIT|LOOK|SHARE|HERE|THERE|GOING|WANT|KNOW|THINK|RIGHT|WRONG|OUT|UP|"
    "BIG|NEWS|ALERT|URGENT|ATTENTION|WARNING|REMINDER|EXCITED|THRILLED|PROUD|HAPPY|GRATEFUL|BLESSED"))


def _shouting(doc, context, settings):
    text = doc.text
    words_ = [(m.start(), m.end(), m.group(0)) for m in _CAPS_WORD.finditer(text)]
    run = []
    prev_end = None
    for s, e, w in words_ + [(-1, -1, "")]:
        contiguous = prev_end is not None and s >= 0 and re.fullmatch(r"[\s,.!?'\"-]{1,3}",
                                                                    text[prev_end:s] or "x")
        if s >= 0 and w.replace("'", "") not in _CAPS_OK and (not run or contiguous):
            run.append((s, e, w))
            prev_end = e
            continue
        letters = sum(len(x[2]) for x in run)
        # one or two capitalised words are usually an acronym or a name (TRICARE,
        # WPATH SOC, MBRRACE) unless they are everyday words said loudly
        plain = any(x[2].replace("'", "") in _SHOUTED for x in run)
        # "PBIS, SEL, MTSS": a list of acronyms, not a shout
        listed = len(run) >= 3 and "," in text[run[0][1]:run[-1][0]]
        if ((len(run) >= 3 and (plain or not listed)) or (len(run) == 2 and letters >= 6 and plain)
                or (len(run) == 1 and letters >= 7 and plain)):
            yield doc.from_orig(run[0][0]), doc.from_orig(run[-1][1])
        run = []
        prev_end = None
        if s >= 0 and w.replace("'", "") not in _CAPS_OK:
            run.append((s, e, w))
            prev_end = e


_STRETCH = _rx(r"(?<![a-z0-9])[a-z]*([a-z])\1\1[a-z]*(?![a-z0-9])")
_TRIPLE_LETTER = _rx(r"([a-z])\1\1")
_STRETCH_OK = _rx(r"(?:w{3}|i{3}|x{3}|z{3,}|m{3,}|h{3,}m*)")


def _stretched_words(text: str):
    """``_STRETCH.finditer(text)``, tried only at the words that hold a tripled letter."""
    if not any(c * 3 in text for c in _LETTERS):
        return
    last = 0
    for t in _TRIPLE_LETTER.finditer(text):
        p = t.start()
        if p < last:
            continue
        ws = p
        while ws > 0 and "a" <= text[ws - 1] <= "z":
            ws -= 1
        m = _STRETCH.match(text, ws)
        if m is not None:
            yield m
            last = m.end()
        else:  # a digit next to the word: no match anywhere in it
            last = t.end()
            while last < len(text) and "a" <= text[last] <= "z":
                last += 1


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _stretched(doc, context, settings):
    from .profanity import _scan
    words = list(_stretched_words(doc.leet))
    if not words:
        return
    prof = _scan(doc)
    for m in words:
        s, e = m.span()
        if _STRETCH_OK.fullmatch(m.group(0)):
            continue
        orig = doc.orig_slice(s, e)
        if orig.isupper() and len(orig) > 1:
            continue  # acronyms such as NIAAA
        if orig[1:] != orig[1:].lower():
            continue  # a CamelCase hashtag: "#BellLetsTalk" is Bell + Lets, not "belllll"
        if any(a < e and s < b for a, b, _ in prof):
            continue
        yield s, e


# a sentence in Spanish ("sus nietos", "ya no"): its words are not English slang
_SPANISH = frozenset(words(
    "de|la|que|el|los|las|una|por|con|para|es|se|del|al|lo|su|sus|muy|pero|como|yo|nunca|hoy|"
    "nos|les|le|esta|este|está|mija|mijo|señora|qué|también|porque|estoy|tiene|hay|ella|él"))
_WORD = _rx(r"[^\W\d_]+")


def _slang_innocent(doc, s: int, e: int) -> bool:
    """"Ohio U" (a university), "R U OK? Day" (a campaign), Spanish "sus" or "ya"."""
    word = doc.norm[s:e]
    if word in ("u", "r u"):
        orig = doc.orig_slice(s, e)
        if orig.isupper() and doc.norm.startswith(" ok", e):
            return True  # R U OK? Day
        if orig == "U":
            k = s - 1
            while k > 0 and doc.norm[k - 1].isalpha():
                k -= 1
            if k < s - 1 and doc.norm[s - 1] == " " and doc.is_capitalized(k):
                return True  # Ohio U, Boston U
    s0, s1 = doc.sentence_of(s)
    return len(set(_WORD.findall(doc.norm, s0, s1)) & _SPANISH) >= 3


def _rule(rid, title, what, message, why, flag, clean, instead, **kw):
    return make_rule(id=rid, category="informal-tone", severity="warning", title=title,
                     message=message, why=WHY + why, source=SRC, what=what, instead=instead,
                     contexts=PUBLIC + ("message",), flag=flag, clean=clean, **kw)


RULES = [
    _rule("TONE001", "Internet-speak",
          "Flags chat abbreviations and interjections: lol, omg, smh, tbh, idk, btw, wtf, ugh.",
          "Internet-speak reads as casual on a professional page.",
          "Abbreviations like these read as personal chat rather than a practice speaking.",
          ["Monday again lol", "OMG our new office is finally open", "smh at insurance companies"],
          ["Our office is open Monday to Friday.", "We say \"lol\" in texts, not on this page."],
          "Write the full thought, or leave the aside out.",
          patterns=(alt(_ACRONYMS),),
          suggest={"btw": "by the way", "idk": "I don't know", "tbh": "honestly",
                   "imo|imho": "in my view", "pls|plz": "please", "thx|tysm": "thank you",
                   "rn": "right now", "fr fr": "truly"}),
    _rule("TONE002", "Several exclamation marks",
          "Flags runs of exclamation marks (!! or !?!).",
          "Several exclamation marks in a row read as excited chat.",
          "Runs of exclamation marks are the first example the article gives.",
          ["Group starts Monday!!!", "We did it!?!"],
          ["Group starts Monday!", "Call the office to book."],
          "Use one exclamation mark, or none.",
          patterns=(r"(?#raw)!{2,}|!(?: +!)+|[!?]*(?:\?!|!\?)[!?]*",), quoted=False),
    _rule("TONE003", "String of emoji or emoticons",
          "Flags two or more emoji or emoticons in a row (a single emoji is fine).",
          "A string of emoji reads as personal chat rather than a practice.",
          "Strings of smileys and emoticons are one of the article's examples of language that "
          "belongs on a personal page.",
          ["New group starts Monday \U0001F389\U0001F389\U0001F60A", "Happy Friday :) :)"],
          ["New group starts Monday \U0001F33F", "Family photo \U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 day at the office"],
          "Keep one emoji at most, or none.",
          matcher=_emoji_runs, quoted=False),
    _rule("TONE004", "Text emoticon",
          "Flags text smileys such as :) ;-) :D <3 xD.",
          "A text smiley reads as casual on a professional page.",
          "The article lists smiley faces and emoticons among the habits to keep off the "
          "professional page.",
          ["See you at group :)", "Thanks everyone <3"],
          ["See you at group.", "Visit https://example.com/resources for details."],
          "Leave the smiley out; warmth can come through in the words.",
          matcher=_emoticons, quoted=False),
    _rule("TONE005", "All-caps shouting",
          "Flags runs of words in capitals (common acronyms like CBT, PTSD, ADHD are ignored).",
          "Capitals read as shouting.",
          "Shouting in capitals reads as alarmed or aggressive, not calm and professional.",
          ["THIS IS SO IMPORTANT please read", "I am SO DONE with insurance companies"],
          ["CBT and EMDR for PTSD are both offered.", "NAMI and AFSP have great resources.",
           "Meet Jordan Lee, PMHNP-BC, who provides medication evaluations.",
           "Kids Help Phone is there 24/7: text CONNECT to 686868.",
           "Our practice now accepts TRICARE and VA Community Care.",
           "PBIS, SEL, MTSS, IEP, 504: if the acronyms feel like alphabet soup, ask us to spell them out."],
          "Use normal capitalisation; bold or a heading can mark what matters.",
          matcher=_shouting, quoted=False),
    _rule("TONE006", "Slang",
          "Flags casual slang: gonna, wanna, kinda, dude, bro, bestie, vibes, u/ur for you/your.",
          "Slang reads as casual on a professional page.",
          "Slang sets a personal rather than professional tone.",
          ["We're gonna have a great group this fall", "Thank u for coming bestie"],
          ["We are going to have a group this fall.", "The U.S. has a crisis line: 988.",
           "R U OK? Day is Thursday: ask, listen, encourage action, check in.",
           "Office closed Friday for my daughter's move-in at Ohio U.",
           ("Hoy me tocó una señora que cuida a sus nietos mientras su hija trabaja.", "comment")],
          "Use the full, plain form.",
          patterns=(r"(?:" + alt(_SLANG) + r")(?!\.[a-z])",), innocent=_slang_innocent,
          suggest={"gonna": "going to", "wanna": "want to", "gotta": "have to",
                   "kinda": "kind of", "sorta": "sort of", "dunno": "don't know", "u": "you",
                   "ur": "your", "cuz|coz": "because", "lemme": "let me", "gimme": "give me"}),
    _rule("TONE007", "Stretched words",
          "Flags words with letters stretched for effect (sooo, yayyy, niiice).",
          "Stretched spelling reads as casual chat.",
          "Stretched words mimic speech in a way that reads as personal chat.",
          ["Sooooo excited for our new office", "Thank youuuu everyone"],
          ["So excited to open our new office.", "Visit www.example.com for resources.",
           "It's #BellLetsTalk Day: check in on a friend today."],
          "Use the normal spelling.",
          matcher=_stretched, quoted=False),
]
