"""Statistical back-up rules: a linear model per category, for what the patterns miss.

The pattern rules capture phrasings; a reader recognises concepts. These rules
score the text with a compact one-vs-rest logistic regression over normalised
word unigrams and bigrams (the de-leeted view, so look-alike and leetspeak
evasions map to the same features) plus the context, trained by
``tools/train_model.py`` on the labelled therapist posts in ``tests/corpus``
(every corpus but the hold-outs) and the rules' own examples.
The weights live in Python modules, so Pyodide needs no file I/O:
:mod:`pycore._model_weights` (thresholds, biases) and :mod:`pycore._model_data` (the
feature weights, imported on the first check).

A model rule fires only when

* its category's score passes a threshold chosen by 5-fold cross-validation
  across authors (a fold holds whole corpora) for high precision (few false alarms on clean professional posts), and
* no pattern rule of the same category found anything in the text: the
  engine runs the model rules last, only for categories nothing else found.

The span is the sentence (or, in a long sentence, the clause) that
contributes most to the score. Scoring is one pass over the tokens with a
dict lookup per feature.
"""

from __future__ import annotations

from .._regex import compile as _rx
from ..normalize import WORD_RE
from ..scan import Scanner
from ..model import Example
from ._common import A, ALL, APA_505, GLAAD, GOLDWATER, SAFE, make_rule
from .dual import _DECLINED

try:
    from .. import _model_weights as _MW
except ImportError:  # weights not trained yet (tools/train_model.py writes them)
    _MW = None

__all__ = ["RULES", "MODEL_IDS", "features", "scores", "load"]

_CLAUSE = _rx(r"[,;:]\s+|\s+[-\u2013\u2014]\s+|\(|\)")


def sentence_features(doc):
    """Per sentence ``(start, end, [features])`` of a :class:`~pycore.normalize.Doc`.

    Features are normalised words and adjacent word pairs within a sentence.
    """
    cache = doc.cache
    out = cache.get("model_sf")
    if out is not None:
        return out
    out = []
    text = doc.leet
    findall = WORD_RE.findall
    join = " ".join
    for a, b in doc.sentences:
        toks = findall(text, a, b)
        out.append((a, b, toks + list(map(join, zip(toks, toks[1:])))))
    cache["model_sf"] = out
    return out


def _doc_totals(doc) -> list:
    """Weight per category of the text's distinct features (the bag of words the model
    was trained on); cached on the doc."""
    got = doc.cache.get("model_w")
    if got is not None:
        return got
    seen = set()
    for _, _, feats in sentence_features(doc):
        seen.update(feats)
    seen = list(seen)
    vectors = list(map(W.get, seen))
    if str in map(type, vectors):  # features this session has not used yet: parse them once
        for i, v in enumerate(vectors):
            if v.__class__ is str:
                vectors[i] = _entry(seen[i])
    vectors = list(filter(None, vectors))  # (features without weights give None)
    # one weight vector per feature: the columns are summed in C (Python 3.12+ sums floats
    # with compensation, 3.11 does not: the last bit may differ, far below the 0.001 steps
    # of the thresholds)
    totals = [sum(col) for col in zip(*vectors)] if vectors else [0.0] * len(CATEGORIES)
    doc.cache["model_w"] = totals
    return totals


def _sentence_weights(doc, ci: int) -> list:
    """Per sentence ``(start, end, weight)`` of category ``ci``, each distinct feature of
    the sentence counted once. Worked out for every category at once, the first time a
    category fires (a long text often has several): cached on the doc."""
    got = doc.cache.get("model_sv")
    if got is None:
        _doc_totals(doc)  # every feature of the text is parsed now: get() gives vectors
        get = W.get
        got = [(a, b, list(filter(None, map(get, set(feats))))) for a, b, feats in sentence_features(doc)]
        doc.cache["model_sv"] = got
    return [(a, b, sum([v[ci] for v in vectors])) for a, b, vectors in got]


def _weight(feats, ci: int) -> float:
    """Category ``ci``'s weight of a list of features, each distinct feature counted once."""
    total = 0.0
    for f in set(feats):
        entry = _entry(f)
        if entry is not None:
            total += entry[ci]
    return total


def features(doc, context: str) -> set:
    """The set of features of a text: words, word pairs and ``^context``."""
    fs = {"^" + context}
    for _, _, feats in sentence_features(doc):
        fs.update(feats)
    return fs


# -- the weights ----------------------------------------------------------

CATEGORIES: tuple = ()
BIAS: tuple = ()
THRESHOLD: dict = {}
W: dict = {}  # a _Weights, set by load()


def _parse(raw: str) -> tuple:
    """``"ci:w ci:w"`` -> the feature's weight for every category (0.0 where none)."""
    vec = [0.0] * len(CATEGORIES)
    for item in raw.split(" "):
        ci, x = item.split(":")
        vec[int(ci)] = float(x)
    return tuple(vec)


def _entry(f: str):
    """The weight vector of feature ``f`` (one weight per category), or None."""
    entry = W.get(f)
    if entry.__class__ is str:
        entry = W[f] = _parse(entry)
    return entry


class _Weights(dict):
    """feature -> its weights. Filled on the first check, not at import: the extension takes
    its Python memory snapshot right after ``import pycore``, and that snapshot must fit in
    the heap Pyodide starts with, so the weights' text (:mod:`pycore._model_data`, the
    bulk of the model) is not even imported until then. Each entry stays the raw
    ``"ci:w ci:w"`` text until a text uses the feature (:func:`_entry`)."""

    __slots__ = ("raw",)

    def __init__(self, raw=None) -> None:
        super().__init__()
        self.raw = raw  # the text, or a function that returns it

    def ready(self) -> "_Weights":
        if self.raw is not None:
            raw = self.raw() if callable(self.raw) else self.raw
            # (cleared only once read: if reading fails, the check fails and says so, and the
            # next one tries again, instead of every later check going on without the model)
            self.update(line.split("\t", 1) for line in raw.split("\n") if line)
            self.raw = None
        return self


def _read_data() -> str:
    """The weights' text from :mod:`pycore._model_data`. The module is let go again once
    read: the dict keeps the pieces it needs, and the whole text need not stay in memory.
    (In the extension, a runtime restored from its memory snapshot has no files until it
    unpacks the wheel again: ``extension/background/runtime.js`` does so before any check.)"""
    import importlib
    import sys
    package = __name__.rsplit(".", 2)[0]  # "pycore"
    name = package + "._model_data"
    data = importlib.import_module(name).DATA
    sys.modules.pop(name, None)
    vars(sys.modules[package]).pop("_model_data", None)
    return data


def load(module) -> None:
    """Install weights from a module-like object (the trainer uses this for CV); its
    ``DATA`` text, when it has none, comes from :mod:`pycore._model_data` on first use."""
    global CATEGORIES, BIAS, THRESHOLD, W
    if module is None:
        CATEGORIES, BIAS, THRESHOLD, W = (), (), {}, _Weights()
        return
    CATEGORIES = tuple(module.CATEGORIES)
    BIAS = tuple(module.BIAS)
    THRESHOLD = dict(module.THRESHOLD)
    W = _Weights(getattr(module, "DATA", None) or _read_data)


load(_MW)


def scores(doc, context: str) -> list:
    """Raw scores (log-odds) per category in :data:`CATEGORIES` order; cached on the doc."""
    key = ("model", context)
    got = doc.cache.get(key)
    if got is not None:
        return got
    W.ready()
    acc = list(BIAS)
    for ci, w in enumerate(_entry("^" + context) or ()):
        acc[ci] += w
    for ci, w in enumerate(_doc_totals(doc)):
        acc[ci] += w
    doc.cache[key] = acc
    return acc


def _best_span(doc, ci: int) -> tuple[int, int]:
    """The sentence (or clause of a long sentence) adding most to category ``ci``."""
    best = None
    for a, b, sc in _sentence_weights(doc, ci):
        if best is None or sc > best[0]:
            best = (sc, a, b)
    _, a, b = best
    if b - a > 160:
        cuts = [a] + [m.end() for m in _CLAUSE.finditer(doc.leet, a, b)] + [b]
        clauses = [(x, y) for x, y in zip(cuts, cuts[1:]) if doc.leet[x:y].strip()]
        if len(clauses) > 1:
            def clause_score(span):
                toks = WORD_RE.findall(doc.leet, span[0], span[1])
                return _weight(toks + [p + " " + t for p, t in zip(toks, toks[1:])], ci)
            a, b = max(clauses, key=clause_score)
    while a < b and doc.leet[a] in " \n\t\"'(*-#>":
        a += 1
    while b > a and doc.leet[b - 1] in " \n\t":
        b -= 1
    return a, b


# Words that say the opposite of what a category's model looks for, in the post itself: a
# bag of words cannot read "we won't tell you how to vote" or "I won't be accepting", so
# these keep the model quiet where the post already says the right thing.
_OPPOSITE = {
    "political": (
        r"(?<![a-z])(?:won't|will not|never|don't|do not) tell (?:you|anyone) (?:how|who) to vote|non-?partisan|"
        r"(?:all|both|every) (?:major )?(?:parties|candidates)|whoever (?:gets |earns )?(?:your vote|you vote for)|"
        r"regardless of (?:who|how) you vote|where and when to vote|"
        r"elections (?:canada|nz|ontario|bc|alberta)|electoral (?:commission|office)"),
    # the post says a diagnosis needs an assessment, or explains a label in general
    "public-diagnosis": (
        r"(?<![a-z])(?:(?:can't|cannot|can not|shouldn't|should not|won't|will not|don't|do not) (?:be )?diagnos\w*|"
        r"(?:haven't|hasn't|have not|has not|never) (?:been )?(?:assessed|evaluated|examined|met)|"
        r"none of us (?:has|have) (?:assessed|evaluated|met)|clinical meaning|(?:isn't|is not|aren't|are not) (?:a |dsm )?diagnos\w*|"
        r"a stranger can(?:'t|not)? diagnos\w*|on a spectrum in all of us|use them carefully|reads like a diagnosis|"
        r"worth rephrasing|(?:get|gets|are|is) thrown at|(?:is|it's) a diagnosis, not|as a concept|"
        r"(?:never|didn't|did not|without) (?:pin|pinn)\w* it on)"),
    # someone's own public disclosure, repeated: not a client story
    "confidentiality": (r"(?<![a-z])(?:spoke|speaks|talked|talks|wrote|posted) (?:openly |publicly )?(?:this week |today )?about "
                           r"(?:his|her|their) own"),
    "victim-blaming": (
        r"(?<![a-z])(?:responsib\w+ of the (?:person|one) who|the person who (?:commits|committed|chose|hurt|harmed|assaulted|abused)|"
        r"never (?:her|their|your|his|the survivor's|the victim's) fault|not (?:her|their|your|his) fault|"
        r"no one (?:ever )?(?:asks|deserves)|nobody (?:ever )?(?:asks|deserves)|#?itsneveryourfault|"
        r"misunderstand(?:s|ing)? (?:abuse|survivors|trauma|victims)|wrong question|doesn't prevent|pushing back|(?:teaches|keeps) survivors|"
        r"shifts? the blame|teach(?:ing)? consent|victim-?blaming (?:sounds|looks) like|retire (?:these|those|the) questions)"),
    "sensitive-contact": (
        r"(?<![a-z])(?:please )?(?:don't|do not|never) (?:message|dm|comment|post|send|share)\b[^.!?]{0,60}"
        r"|(?:won't|will not|never) (?:follow back|interact|acknowledge)"
        r"|(?:office|clinic) number|call (?:the|our) office|number (?:is )?in (?:the|my|our) bio"
        r"|messages? (?:here )?(?:aren't|are not|isn't|is not) (?:secure|private|confidential)"),
    "testimonial": (r"(?<![a-z])(?:(?:don't|do not|never|won't|will not) (?:connect|interact|engage) with clients|"
                    r"(?:won't|will not|don't|do not|never) (?:share|post|publish|use) (?:clients?'? |client |your )?"
                    r"(?:stories|testimonials|reviews)|(?:please )?(?:don't|do not) send (?:us|me) your (?:[a-z]+ )?story)"),
    # the post warns against promises: "be wary of anyone who promises a cure", "results vary"
    "misleading-claim": (r"(?<![a-z])(?:(?:no one|nobody|no (?:ethical |honest )?(?:therapist|clinician|one|program|course)) can "
                         r"(?:guarantee|promise|cure)|be wary|beware|red flags?|snake oil|selling (?:hope|something)|"
                         r"(?:is|it's) marketing|results vary|(?:doesn't|does not|don't|do not) come with (?:a )?guarantee|"
                         r"(?:isn't|is not) being (?:straight|honest)|anyone (?:who (?:promises|guarantees|claims)|promising|claiming))"),
    # the post is about the words: "'transgendered' is considered outdated"
    "non-affirming-language": (r"(?<![a-z])(?:(?:is|are) (?:now )?(?:considered |seen as )?(?:outdated|offensive|a slur)|"
                               r"fallen out of use|works as an adjective|instead of ['\"]?transgendered)"),
    # a loss told without the details, on purpose; harm-reduction advice
    "distress-risk": (r"(?<![a-z])(?:kept (?:the )?details (?:[a-z' ]{0,30})?out|never use alone|carry naloxone)"),
    "dual-relationship": _DECLINED,  # "I won't be accepting", the same words the DUAL rules heed
}
# each searched only where a match can start (a plain search tries the lookbehind at every
# character of a long text)
_OPPOSITE = {cat: Scanner(rx) for cat, rx in _OPPOSITE.items()}


def _matcher(category: str):
    def match(doc, context, settings):
        if category not in THRESHOLD or category not in CATEGORIES:
            return
        ci = CATEGORIES.index(category)
        if scores(doc, context)[ci] >= THRESHOLD[category]:
            opposite = _OPPOSITE.get(category)
            if opposite is not None and opposite.search(doc, doc.leet):
                return
            yield _best_span(doc, ci)
    return match


# -- the rules --------------------------------------------------------------

WHAT = ("A statistical model trained on labelled therapist posts scores the whole text; it "
        "reports the sentence that weighs most. It only speaks when no pattern rule of this "
        "category already did.")
_NOTE = " (This is a statistical estimate, so it may be wrong: read the sentence again.)"


def _rule(rid, category, title, message, why, source, flag, clean, instead=""):
    return make_rule(id=rid, category=category, severity="warning", title=title,
                     message=message + _NOTE, why=why, source=source, what=WHAT, instead=instead,
                     flag=flag, clean=clean, contexts=ALL, quoted=True, matcher=_matcher(category))


_SPECS = {}  # category -> rule, filled below; only categories with a threshold ship


def _spec(rid, category, *a, **kw):
    _SPECS[category] = (rid, category, a, kw)


_spec("CONF900", "confidentiality", "Reads like a story about a client",
      "This sentence reads like it is about a particular client.",
      "Disguised vignettes still count: a story that a client, their family or their employer "
      "could recognise breaks confidentiality even with the name changed.",
      f"{A[1]}; {A[2]}; APA Ethics Code 4.01",
      [], [])
_spec("PROF900", "profanity", "Reads as swearing", "This reads as swearing.",
      "Swearing on a professional page undermines the trust clients place in you.", A[4], [], [])
_spec("TONE900", "informal-tone", "Reads as too casual", "This reads as too casual for a practice page.",
      "A breezy tone reads as unprofessional to clients and referrers.", A[4], [], [])
_spec("PERS900", "personal-content", "Reads as personal life", "This reads like personal life on the professional page.",
      "Personal life on the practice page blurs the professional frame clients rely on.",
      f"{A[3]}; {A[7]}", [], [])
_spec("DIST900", "distress-risk", "Could harm a reader in distress",
      "This could harm a reader who is struggling.",
      "Safe messaging guidelines warn against method detail, hopelessness and sensational or "
      "single-cause framing of suicide; they raise risk for vulnerable readers.", SAFE, [], [])
_spec("STIG900", "stigmatizing-language", "Reads as stigmatizing",
      "This reads as stigmatizing mental illness or addiction.",
      "Stigmatizing words keep people from seeking help, including your own clients.", A[5], [], [])
_spec("AFFM900", "non-affirming-language", "Reads as non-affirming",
      "This wording may not affirm transgender or gender-variant people.",
      "Outdated or othering terms tell trans and nonbinary readers your office may not be safe "
      "for them, even when the intent is supportive.", GLAAD, [], [])
_spec("BLAME900", "victim-blaming", "Reads as blaming a survivor",
      "This reads as placing blame or doubt on a survivor.",
      "Blame and doubt, even framed as safety advice, tell survivors who read it that they will "
      "not be believed.", A[6], [], [])
_spec("POL900", "political", "Reads as a political statement",
      "This reads as a political statement that reveals your leanings.",
      "The article's example of a regretted post is a comment that revealed the therapist's "
      "political leanings and offended a client. Clients across the spectrum need to feel your "
      "office is theirs too.", f"{A[11]}; {A[7]}", [], [])
_spec("DUAL900", "dual-relationship", "Reads as a personal connection with clients",
      "This reads like inviting clients into a personal or business connection.",
      "Personal and business ties with clients create dual relationships that cloud clinical "
      "judgement.", "APA Ethics Code 3.05; NASW Technology Standards", [], [])
_spec("CONTACT900", "sensitive-contact", "Invites health details by message",
      "This reads like inviting people to share health details by message or in comments.",
      "Messages and comments on social platforms are not secure or private.",
      "NASW Technology Standards; ACA Code of Ethics H.6", [], [])
_spec("TEST900", "testimonial", "Reads as asking clients for praise",
      "This reads like asking clients for reviews or testimonials.",
      "Soliciting testimonials from current clients, who are vulnerable to undue influence, is "
      "prohibited.", APA_505, [], [])
_spec("CLAIM900", "misleading-claim", "Reads as an overpromise",
      "This reads like promising an outcome therapy cannot guarantee.",
      "Guarantees, cures and unverifiable success claims are false or deceptive statements.",
      "APA Ethics Code 5.01", [], [])
_spec("DIAG900", "public-diagnosis", "Reads as diagnosing someone in public",
      "This reads like a clinical label for a specific person you have not evaluated.",
      "Diagnosing people you have not evaluated, in public, is speculation presented with "
      "professional authority.", GOLDWATER, [], [])


def _patterns_off(category: str) -> dict:
    """Settings that switch off the pattern rules of ``category``, to show the model alone."""
    from . import (affirming, blame, claims, confidentiality, contact, diagnosis, distress, dual,
                   personal, political, profanity, stigma, testimonial, tone)
    mods = (affirming, blame, claims, confidentiality, contact, diagnosis, distress, dual,
            personal, political, profanity, stigma, testimonial, tone)
    return {"disabled_rules": sorted(r.id for m in mods for r in m.RULES if r.category == category)}


def _alone(category, *texts):
    return [Example(t, "post", _patterns_off(category)) for t in texts]


_CLEAN = ["Many people find the holidays hard. Our office is open until Dec 23.",
          "Reminder: we never share anything you tell us in session.",
          "If you are struggling, call or text 988 any time, day or night.",
          "Please do not send health details by DM; call or email the office instead."]

# examples per shipped rule (run as tests). Where a pattern rule already catches the
# text, the example switches that category's pattern rules off to show the model alone.
_EXAMPLES: dict = {
    "confidentiality": (_alone("confidentiality",
        "The young man I have been seeing since spring finally told his mother about the diagnosis at our session today.",
        "A teenager on my caseload who plays varsity soccer at the high school told me something today.",
        "The teacher I saw at 3 today finally told her principal about the panic attacks."),
        _CLEAN + ["Our group for teens meets Wednesdays; call the office to join."]),
    "personal-content": (_alone("personal-content",
        "Best weekend ever at the lake with my husband and the kids, sunburnt and happy.",
        "Date night with the hubby tonight, wine and tacos.",
        "Back from our honeymoon in Maui and already missing the beach."),
        _CLEAN + ["New CE workshop on grief counseling this spring."]),
    "distress-risk": (_alone("distress-risk",
                             "He finally found peace, and honestly I understand why he chose it.",
                             "Honestly, for some people there is no coming back, and nothing we do will change it."),
                      _CLEAN + ["Our episode on the first year after a suicide loss. We kept the details of the death out on purpose."]),
    "stigmatizing-language": (_alone("stigmatizing-language",
        "That driver was a total nutcase.", "Traffic today made me go totally psycho."), _CLEAN),
    "non-affirming-language": (_alone("non-affirming-language",
        "I'll always see her as a man, whatever she calls herself now.",
        "Call yourself whatever you like, you're still a man in a dress."),
        _CLEAN + ["Our practice affirms trans and nonbinary clients; use the name and pronouns you choose.",
                  "We use the name and pronouns each client tells us.",
                  "Trans youth deserve therapists who listen.",
                  "'Transgendered' is considered outdated; 'transgender' is an adjective."]),
    "victim-blaming": (["Ladies, if you drink that much at a party, you have to accept some of what happens next.",
                        "He stayed for years; at some point you have to ask why he kept going back."]
                       + _alone("victim-blaming", "If she keeps going back to him, at some point she has to own her part in it."),
                       _CLEAN + ["Survivors are never to blame for what was done to them.",
                                 "Whatever she had to drink, whatever she wore: assault is the responsibility of the person who commits it."]),
    "dual-relationship": (["If any of my clients want to join our hiking group on weekends, message me."]
                          + _alone("dual-relationship",
                                   "Would love to grab lunch with some of my clients outside the office sometime."),
                          _CLEAN + ["We do not accept friend requests from clients.",
                                    ("Thanks for the friend request. I keep my personal accounts separate from work, so I "
                                     "won't be accepting. See you at your next appointment.", "message")]),
    "sensitive-contact": (_alone("sensitive-contact",
        "Tell me in the comments what your anxiety feels like at night.",
        "Drop your trauma story below and I'll respond to each one.",
        "Send me a message about what you're struggling with and I'll give you my take."),
        _CLEAN + ["Please don't message this page about how you're going; messages here aren't secure. Phone reception instead."]),
    "testimonial": (["Clients, it would mean the world if you told your friends how our sessions changed things."]
                    + _alone("testimonial",
                             "Former and current clients: leave a few stars for the practice, it helps others find us.",
                             "Clients, it would mean the world if you shared how our sessions changed things."),
                    _CLEAN + ["We do not ask clients for reviews.",
                              "We won't share clients' stories online, even with names changed."]),
    "misleading-claim": (["Your anxiety will be gone for good after our program."]
                         + _alone("misleading-claim", "Our program resolves anxiety in just three sessions.",
                                  "Our method works for everyone, every time."),
                         _CLEAN + ["Therapy results vary, and that is okay.",
                                   "Be wary of anyone who promises to cure your anxiety in a set number of sessions."]),
    "political": (_alone("political",
        "This administration has done more damage to mental health care than any before it; vote them out.",
        "Vote them all out in November; this government has gutted mental health care."),
        _CLEAN + ["Election week can be stressful; our office has extra appointments open.",
                  "Both major parties have made mental health commitments. We won't tell you how to vote."]),
    "public-diagnosis": (_alone("public-diagnosis",
        "My neighbor Dave is a textbook narcissist and his poor wife has no idea.",
        "Honestly my boss is a sociopath, classic antisocial traits."),
        _CLEAN + ["The Goldwater Rule reminds us not to diagnose public figures.",
                  ("A good episode on covert narcissism as a concept; it never pinned it on anyone.", "comment")]),
}

RULES = []
for _cat, (_rid, _c, _a, _kw) in _SPECS.items():
    if _cat not in THRESHOLD or _cat not in _EXAMPLES:
        continue
    _flag, _clean = _EXAMPLES.get(_cat, ([], []))
    title, message, why, source = _a[:4]
    RULES.append(_rule(_rid, _c, title, message, why, source, _flag, _clean))

MODEL_IDS = frozenset(r.id for r in RULES)
