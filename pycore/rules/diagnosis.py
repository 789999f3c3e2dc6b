"""Public diagnosis of a specific person (the Goldwater principle)."""

from __future__ import annotations

import re
from .._regex import compile as _rx

from ..scan import Scanner
from ._common import A, ALL, GOLDWATER, make_rule

SRC = f"{GOLDWATER}; {A[11]}; {A[12]}"
WHY = ("Diagnosing someone you have not assessed, in public, is both unsound and unfair to them; "
       "the APA's Goldwater principle asks psychologists not to offer opinions on public figures "
       "they have not examined, and clients see how you might talk about them. ")

_LABEL = (r"(?:a |an |the |such a |a total |a textbook |a classic |a malignant |a covert |a full-blown |"
          r"full-blown |textbook |classic |clinically )?(?:narcissis\w*|sociopath\w*|psychopath\w*|"
          r"borderline|bpd|npd|aspd|bipolar|schizophrenic|psychotic|autistic|on the spectrum|"
          r"manic|a personality disorder|personality disordered|antisocial|histrionic|"
          r"mentally ill|mentally unstable|adhd|undiagnosed \w+|untreated \w+|dementia|senile|"
          r"delusional|paranoid|ocd|a malignant narcissist)")
_HAS = (r"(?:has|have|'s got|suffers from|is suffering from|shows (?:all )?(?:the )?(?:signs|symptoms) of|"
        r"displays (?:all )?(?:the )?(?:signs|symptoms|traits) of|exhibits (?:classic )?(?:signs|symptoms|traits) of|"
        r"has (?:all )?(?:the )?(?:signs|symptoms|traits) of)")
_HAS_WHAT = (r"(?:(?:a |an )?(?:narcissistic personality disorder|npd|bpd|aspd|borderline personality disorder|"
             r"antisocial personality disorder|adhd|ocd|bipolar(?: disorder)?|schizophrenia|dementia|"
             r"a personality disorder|narcissism|psychopathy|sociopathy|a mental illness|"
             r"undiagnosed \w+|untreated \w+|histrionic personality disorder))")
_ADV = (r"(?:(?:clearly|obviously|definitely|probably|totally|completely|literally|actually|"
        r"basically|100%|so|such|just|also|like|really|a|an|the|textbook|classic|full-blown) ){0,3}")
_BE = r"(?:is|'s|was|seems|sounds|must be|is clearly|is obviously|is definitely|is so|seems like|acts like)"
_FIGURES = (r"(?:(?:donald )?trump|(?:joe )?biden|(?:elon )?musk|elon|kanye(?: west)?|putin|kamala(?: harris)?|"
            r"(?:barack )?obama|desantis|britney(?: spears)?|amber heard|johnny depp|prince harry|"
            r"meghan(?: markle)?|taylor swift|bezos|zuckerberg|rfk jr|vance|pelosi|aoc|"
            r"the president|the former president|the prime minister|the governor|the senator|the mayor|"
            r"that (?:celebrity|politician|actor|actress|singer|rapper|influencer|candidate|senator|billionaire|ceo)|"
            r"this (?:celebrity|politician|actor|actress|singer|rapper|influencer|candidate|senator|billionaire|ceo))")
_PRIVATE = (r"(?:(?:my|her|his|their|our) (?:ex|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|ex-partner|boss|"
            r"manager|coworker|co-worker|neighbor|neighbour|mother-in-law|father-in-law|sister-in-law|"
            r"brother-in-law|landlord|roommate|colleague|supervisor|coach|stepdad|stepmom|stepfather|stepmother)|"
            r"(?:this|that) (?:guy|man|woman|lady|girl|dude|person|driver|customer|coworker|neighbor|commenter|"
            r"troll|poster|kid|teacher|cashier|waiter|waitress|mom|dad|parent))")

# "I won't tell you whether that celebrity is a narcissist", "if the senator is a narcissist":
# a question or a condition, not a diagnosis
_WHETHER = _rx(r"(?<![a-z])(?:whether|if)\s*$")


def _asked_not_said(doc, s: int, e: int) -> bool:
    from ..context import clause_prefix
    return _WHETHER.search(clause_prefix(doc, s)) is not None


RULES = [
    make_rule(
        id="DIAG001", category="public-diagnosis", severity="error", title="Diagnosing a public figure",
        message="This diagnoses a public figure you have not assessed.",
        why=WHY + "Armchair diagnosis of public figures also stigmatises the diagnosis itself.",
        source=SRC, what="Flags a public figure described with a diagnosis or clinical label.",
        instead="Comment on behaviour and its effects, without a diagnosis.",
        patterns=(_FIGURES + r" " + _BE + r" " + _ADV + _LABEL,
                  _FIGURES + r" (?:clearly |obviously |definitely |probably )?" + _HAS + r" " + _HAS_WHAT,
                  r"(?:diagnose|diagnosing|diagnosed) " + _FIGURES + r" (?:with|as)"),
        contexts=ALL, educational=False, innocent=_asked_not_said,
        flag=["Trump is clearly a malignant narcissist.", ("Elon Musk obviously has undiagnosed ADHD.", "like")],
        clean=["Armchair diagnosis of public figures is unethical (the Goldwater rule).",
               "The president signed a mental health parity bill.",
               "No, I won't tell you whether that celebrity is a narcissist. Ask me about the research instead."]),
    make_rule(
        id="DIAG002", category="public-diagnosis", severity="error", title="Diagnosing someone you know",
        message="This gives a diagnosis or clinical label to a specific person.",
        why=WHY + "An ex, a boss or a neighbour is identifiable to the people around you, and the "
                  "label follows them.",
        source=SRC, what="Flags a specific private person (my ex, my boss, this guy) described with "
                         "a diagnosis or clinical label.",
        instead="Describe the behaviour and how it affected you.",
        patterns=(_PRIVATE + r"(?: [a-z]+)? " + _BE + r" " + _ADV + _LABEL,
                  _PRIVATE + r"(?: [a-z]+)? (?:clearly |obviously |definitely |probably )?" + _HAS + r" " + _HAS_WHAT,
                  r"(?:he|she)(?:'s| is) (?:clearly|obviously|definitely|totally|100%|such) (?:a |an )?" + _LABEL,
                  # "giving full factitious-disorder energy", "real grandiose-delusion energy"
                  r"(?:is|are|'s) giving (?:full |major |big |total |serious )?[a-z-]*(?:narcissis|psychopath|sociopath|histrionic|"
                  r"borderline|factitious|delusion|paranoi|manic|antisocial|bipolar)[a-z-]* (?:energy|vibes)|"
                  r"(?:real|big|serious|strong|major|full) [a-z-]*(?:narcissis|psychopath|sociopath|histrionic|borderline|factitious|"
                  r"delusion|paranoi|manic|antisocial|bipolar)[a-z-]* (?:energy|vibes)"),
        contexts=ALL,
        flag=["My ex is a textbook narcissist.", "My boss clearly has untreated ADHD.",
              ("My landlord Gary is 100% a psychopath.", "like"),
              "My supervisor Dana obviously has undiagnosed ADHD.",
              ("This guy is obviously a sociopath.", "reply"),
              "That vlogging couple? Mom is giving full factitious-disorder-by-proxy energy, and dad is the enabler."],
        clean=["Narcissistic abuse is real; here are signs to look for.",
               "My colleague is presenting on bipolar disorder at the conference.",
               "Main character energy is not a diagnosis, and neither is 'narcissist' for a bad date."]),
    make_rule(
        id="DIAG003", category="public-diagnosis", severity="error", title="Diagnosing a commenter",
        message="This diagnoses the person you are replying to.",
        why=WHY + "A reply that diagnoses someone discloses a clinical opinion about an "
                  "identifiable person in public, without assessment or consent.",
        source=SRC, what="Flags telling a reader or commenter that they have a condition.",
        instead="\"It might help to talk with a clinician about this; please call the office.\"",
        patterns=(r"you (?:clearly|obviously|definitely|probably|totally|must|seem to|might|may|could) (?:\w+ )?(?:have|be|are) " + _HAS_WHAT,
                  r"(?:sounds|looks|seems) like you (?:have|are|might have|may have|could have|might be|are dealing with) (?:a |an )?" + _HAS_WHAT,
                  r"(?:sounds|looks|seems) like you (?:have|are|might be) " + _LABEL,
                  r"you(?:'re| are) (?:clearly|obviously|definitely|such|so|totally) (?:a |an )?" + _LABEL,
                  # "you sound depressed, not lazy", "your replies are giving histrionic"
                  r"you (?:sound|seem|look) (?:so |really |very |clinically |pretty )?(?:depressed|manic|hypomanic|"
                  r"bipolar|psychotic|paranoid|autistic|narcissistic|histrionic|delusional|dissociated|dissociative)(?![a-z])",
                  r"(?:your|his|her|their) (?:\w+ ){0,3}(?:is|are) giving (?:full |major |big |total )?(?:histrionic|narcissis\w*|"
                  r"borderline|bpd|psychopath\w*|sociopath\w*|manic|bipolar|delusional|paranoid|antisocial|autistic)"),
        contexts=ALL,
        flag=[("You clearly have BPD.", "reply"), ("Sounds like you have ADHD, honestly.", "comment"),
              ("@darcy_m honestly you sound depressed, not lazy. Please see your GP.", "reply")],
        clean=[("If this sounds familiar, a clinician can help you sort it out. Call the office.", "reply"),
               ("You're not alone in this.", "comment")]),
]

_DX = _rx(
    r"(?<![a-z0-9])(?:(?:a |an )?(?:covert |malignant |textbook |classic |full-blown |clinical )?"
    r"(?:narcissis\w*|sociopath\w*|psychopath\w*|manic episode|mania|psychosis|psychotic|bipolar(?: i+| disorder)?|"
    r"schizophreni\w*|borderline(?: personality disorder)?|bpd|npd|aspd|adhd|add|ocd|ptsd|c-?ptsd|complex ptsd|"
    r"anorexi\w*|bulimi\w*|eating disorder|alcoholic|alcoholism|addict|autis\w*|on the (?:autism )?spectrum|"
    r"asperger'?s|dementia|alzheimer'?s|histrionic(?: personality disorder)?|antisocial personality disorder|"
    r"paranoid personality disorder|dissociative identity disorder|personality disorder|depressi\w*|"
    r"a mental illness|mentally ill|delusional|gaslight\w*|hypomani\w*|"
    r"antisocial (?:personality )?(?:traits|tendencies|features|disorder)))(?![a-z0-9])")
_LINK = _rx(
    r"(?<![a-z0-9])(?:is|'s|was|has|had|have|seems|sounds|looks|reads|shows|showing|displays|meets|"
    r"screamed|screams|exhibits|suffers|clearly|obviously|definitely|textbook|classic|in a|in full-blown|"
    r"full criteria|signs of|got)(?![a-z0-9])")
_ROLE = _rx(
    r"(?<![a-z0-9])(?:that|this|our|your|my|his|her|the) (?:[a-z'-]+ ){0,2}(?:shooter|quarterback|influencer|"
    r"streamer|president|chief|ceo|boss|husband|wife|neighbor|neighbour|coworker|co-worker|senator|mayor|"
    r"actor|actress|singer|celebrity|star|politician|player|coach|pastor|principal|ex|partner|"
    r"mother-in-law|father-in-law|brother|sister|friend|guy|man|woman|athlete|candidate|governor|"
    r"rapper|youtuber|tiktoker|host|anchor|judge|manager|supervisor|landlord|roommate|colleague|"
    r"headteacher|head teacher|headmaster|headmistress|superintendent|councillor|councilman|councilwoman|"
    r"commissioner|sheriff|director|chair|chairman|owner|founder|vicar|priest|minister|bishop|premier|mp|"
    r"congressman|congresswoman|dean|referee|ref|umpire|barista|cashier|teacher|tutor|doctor|surgeon|"
    r"comedian|podcaster|billionaire|tycoon|commentator|pundit|presenter)"
    r"(?![a-z0-9])")
_GENERIC_SUBJ = _rx(
    r"(?<![a-z0-9])(?:if|when|whether|people|someone|anyone|a person|many|kids|children|clients|"
    r"a child|teens|adults|signs|may|might|could|can|how to|what is|what are)(?![a-z0-9])")
from .confidentiality import _NOT_NAMES  # noqa: E402

_COMMON_CAPS = {"i", "the", "a", "an", "my", "our", "this", "that", "when", "if", "watching", "as",
                "every", "from", "between", "honestly", "psychologist", "sounds", "so", "and",
                "but", "it", "he", "she", "they", "we", "you", "your", "his", "her", "what",
                "why", "how", "just", "yes", "no", "not", "people", "mental", "research", "new",
                "trauma", "depression", "anxiety", "adhd", "ptsd", "ocd", "bpd", "npd", "dsm"}


_PLACE_BEFORE = _rx(r"(?<![a-z])(?:in|at|from|near|across|around|to) $")
_FRAG_PRE = _rx(r"^[\s\"'(]*(?:(?:classic|textbook|pure|total|full-blown|clearly|obviously|"
                       r"definitely|100%|that's|thats|it's|its|sounds like|screams|looks like)\s+){0,2}$")


def _fragment_subject(doc, start: int, end: int):
    """ "That quarterback who threw his helmet? Bipolar II." : a label standing alone
    right after a sentence that points at someone."""
    s0, s1 = doc.sentence_of(start)
    if s0 == 0 or not _FRAG_PRE.match(doc.norm[s0:start]):
        return None
    if doc.norm[end:s1].strip(" .!?\"')\n"):
        return None
    p0, p1 = doc.sentence_of(s0 - 1)
    prev = doc.norm[p0:p1].rstrip()
    if not prev.endswith(("?", ":")):
        return None
    r = _ROLE.search(doc.norm, p0, p1)
    if r is None or _GENERIC_SUBJ.search(doc.norm, p0, r.start()):
        return None
    return r.start()


def _subject_before(doc, start: int):
    s0, _ = doc.sentence_of(start)
    lo = max(s0, start - 80)
    seg = doc.norm[lo:start]
    m = None
    for m in _ROLE.finditer(seg):
        pass
    if m is not None:
        return lo + m.start(), seg[m.end():]
    # capitalized name tokens (original casing)
    best = None
    toks = list(re.finditer(r"[a-z][a-z'-]*", seg))
    for k, t in enumerate(toks):
        w = t.group(0)
        if w in _COMMON_CAPS or w in _NOT_NAMES or len(w) < 2:
            continue
        if not doc.is_capitalized(lo + t.start()):
            continue
        if _PLACE_BEFORE.search(seg, 0, t.start()):
            continue  # "the weather in Melbourne": a place, not a person
        orig = doc.orig_word(lo + t.start(), lo + t.end())
        if orig.isupper():
            continue  # acronyms: CBT, EMDR
        sentence_initial = not doc.norm[s0:lo + t.start()].strip(" \"'(")
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        two_word = (nxt is not None and doc.is_capitalized(lo + nxt.start())
                    and seg[t.end():nxt.start()].strip() == "")
        prev_cap = k > 0 and doc.is_capitalized(lo + toks[k - 1].start()) and \
            seg[toks[k - 1].end():t.start()].strip() == ""
        if sentence_initial and not two_word:
            continue
        if not (two_word or prev_cap or not sentence_initial):
            continue
        best = t
    if best is not None:
        return lo + best.start(), seg[best.end():]
    return None


# what a person did, between the person and the label: "Voss's latest meltdown on X is..."
_BEHAV = (r"(?:latest |recent |whole |entire |public |constant |little |weekly )?(?:behavior|behaviour|"
          r"tweets?|posts?|interviews?|speech(?:es)?|outbursts?|meltdowns?|rants?|tantrums?|antics|conduct|"
          r"rage|reactions?|comments|statements?|performance|feud|breakdown|spiral|episode)")
_GAP_START = _rx(
    r"^(?:'s)?\s*(?:,[^,]{1,40},\s*|(?:in|at|from|of|on) [a-z' ]{1,30}?\s+|(?:'s )?" + _BEHAV +
    r"[a-z0-9' ]{0,50}?\s+|(?:who|that) [a-z0-9' ]{1,60}?\s+|"
    r"(?:knows?|can tell|can see|will tell you|would agree|agrees) (?:that )?(?:he|she|they)\s+|"
    r"jumping [a-z' ]{1,30}?\s+was\s+)?(?:(?:clearly|obviously|definitely|probably|totally|is|was|are|were|has|had|"
    r"seems|sounds|looks|reads|shows|showing|displays|meets|screamed|screams|exhibits|suffers|got|"
    r"really|just|certainly|100%)(?![a-z]))")
_SELF_TALK = _rx(r"(?<![a-z])(?:spoken|spoke|talked|talks|written|wrote|writes|memoir|own|openly|"
                        r"publicly|living with|lives with|shared|shares|opened up|awareness|(?:history|pride|awareness) (?:month|day|week))(?![a-z])")
_GAP_GENERIC = _rx(r"(?<![a-z])(?:if|when|whether|may|might|could|can)(?![a-z])")


_S_DX = Scanner(_DX)


def _distance_dx(doc, context, settings):
    for m in _S_DX.finditer(doc, doc.leet):
        subj = _subject_before(doc, m.start())
        if subj is None:
            f = _fragment_subject(doc, m.start(), m.end())
            if f is not None:
                yield f, m.end()
            continue
        s, gap = subj
        if not _GAP_START.search(gap.lstrip(" ") if not gap.startswith("'") else gap):
            continue
        if _SELF_TALK.search(gap) or _GAP_GENERIC.search(gap):
            continue
        if _GENERIC_SUBJ.search(doc.norm[max(doc.sentence_of(s)[0], s - 25):s]):
            continue
        if len(gap) > 90:
            continue
        yield s, m.end()


RULES.append(make_rule(
    id="DIAG004", category="public-diagnosis", severity="error", title="Diagnosis at a distance",
    message="This attaches a diagnosis to a specific, identifiable person.",
    why=WHY + "A named person or a specific role (\"our fire chief\", \"your husband\", \"that "
              "streamer\") is identifiable, and a clinician's label carries weight.",
    source=SRC, what="Flags a named person or a specific role followed by a diagnosis or clinical "
                     "label (is, has, shows signs of, a textbook...).",
    instead="Describe the behaviour you saw, not a diagnosis.",
    matcher=_distance_dx, contexts=ALL,
    flag=["Watching that interview, Kanye is clearly in a manic episode.",
          "Our fire chief, Greg Porter, is a covert narcissist, clinically speaking.",
          ("Your husband sounds like a covert narcissist, honestly.", "reply"),
          "Coach Dunning's rants on the sideline last season were classic narcissistic personality disorder.",
          "The woman who keyed my car in the Aldi lot has untreated borderline, no question.",
          ("Did you see that streamer screaming at his mum on stream? Textbook BPD.", "comment"),
          "Everyone who works with our new headteacher knows she has antisocial personality traits."],
    clean=["If your partner has ADHD, these five tips can help.",
           "The traffic in Sydney is so bipolar today.",
           "Is your partner withdrawn lately? Depression can look like irritability; we can help.",
           "Simone Biles has spoken openly about her ADHD, and that candour helps kids.",
           "People with bipolar disorder deserve respect.",
           "Dr. Lee will present new research on ADHD in adults.",
           ("> do you think that singer has postnatal depression?\nI don't comment on people I haven't met.", "reply")]))


# --- a clinical label in a sentence about one specific person ------------------
# The patterns above need the label right after the person ("X is a narcissist").
# People also write "Taylor Swift's songwriting is a case study in anxious attachment
# with borderline features" or "My read on Elizabeth Holmes: a clear case of ASPD".
# This rule weighs the sentence instead: a specific person, a diagnostic term and
# diagnostic framing (textbook, a clear case of, meets the criteria, in my professional
# opinion...) together, and no general or self-disclosure framing.

_DX_TERM = Scanner(
    r"(?<![a-z0-9])(?:narcissis\w*|sociopath\w*|psychopath\w*|cluster b|borderline|bpd|npd|aspd|"
    r"histrionic|schizotypal|schizoid|schizoaffective|schizophreni\w*|psychos[ie]s|psychotic|"
    r"bipolar|mani[ac]|hypomani\w*|adhd|ocd|obsessive[- ]compulsive|autis\w*|asperger'?s|"
    r"munchausen\w*|hoarding disorder|(?:alcohol|substance|opioid|gambling) use disorder|"
    r"personality disorder|antisocial|paranoid|delusional|dissociative|"
    r"(?:anxious|avoidant|disorgani[sz]ed)[- ](?:preoccupied |avoidant )?attachment|"
    r"pathological(?:ly)? (?:liar|lying)|sex addict|alcoholic|dementia)(?![a-z0-9])")
_DX_FRAME = _rx(
    r"(?<![a-z0-9])(?:textbook|classic|a case study in|(?:a )?(?:clear|classic|textbook) case of|"
    r"presents? with|presenting with|consistent with|meets? (?:the )?(?:full )?(?:dsm )?criteria|"
    r"diagnostically|clinically speaking|in my (?:professional|clinical|expert) (?:opinion|view)|"
    r"as a (?:psychologist|psychiatrist|therapist|counsell?or|clinician|psych np|nurse)|"
    r"no doubt|without a doubt|100%|written all over|vibes|on the \w+ spectrum|features|traits|"
    r"my read on|my (?:professional |clinical )?(?:diagnosis|assessment)|i'd (?:put|diagnose)|"
    r"squarely|screams|is giving|untreated|undiagnosed|full-blown|(?:is|has|'s) (?:clearly|obviously|definitely))(?![a-z0-9])")
_DX_NOT_ABOUT_ONE = _rx(
    r"(?<![a-z0-9])(?:if|when|whether|people|someone|anyone|a person|many|kids|children|clients|"
    r"patients|adults|teens|those|anyone|everyone|signs|what is|what are|how to|myths?|research|"
    r"(?:a|the|new|recent|this) stud(?:y|ies) (?:shows?|finds?|found|suggests?)|spoken|speaks|talked|talks|written|wrote|writes|memoir|openly|publicly|"
    r"shared|shares|opened up|described (?:her|his|their) (?:own )?|living with|lives with|"
    r"diagnosed with|was diagnosed|goldwater|armchair|don't diagnose|can't diagnose|not diagnose|"
    r"no one can|nobody can|i can't tell)(?![a-z0-9])")
_POSSESSIVE_NAME = _rx(r"[a-z][a-z'-]+'s(?![a-z])")


def _person_in(doc, s0: int, s1: int):
    """Start of a specific person in the sentence: a role ("that contestant", "your
    sister"), a name that is not sentence-initial, or a two-word name."""
    r = _ROLE.search(doc.norm, s0, s1)
    if r is not None:
        return r.start()
    seg = doc.norm[s0:s1]
    toks = list(re.finditer(r"[a-z][a-z'-]*", seg))
    for k, t in enumerate(toks):
        w = t.group(0)
        base = w[:-2] if w.endswith("'s") else w
        if base in _COMMON_CAPS or base in _NOT_NAMES or len(base) < 2:
            continue
        if not doc.is_capitalized(s0 + t.start()):
            continue
        orig = doc.orig_word(s0 + t.start(), s0 + t.end())
        if orig.isupper():
            continue
        initial = not seg[:t.start()].strip(" \"'(>-#@")
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        two = (nxt is not None and doc.is_capitalized(s0 + nxt.start())
               and seg[t.end():nxt.start()] == " ")
        if initial and not two:
            continue
        if _PLACE_BEFORE.search(seg, 0, t.start()):
            continue
        return s0 + t.start()
    return None


def _label_in_sentence(doc, context, settings):
    norm = doc.norm
    done = set()
    for m in _DX_TERM.finditer(doc, norm):
        s0, s1 = doc.sentence_of(m.start())
        if (s0, s1) in done:
            continue
        if not _DX_FRAME.search(norm, s0, s1):
            continue
        if _DX_NOT_ABOUT_ONE.search(norm, s0, s1):
            continue
        p = _person_in(doc, s0, s1)
        if p is None and s0 > 0:
            # "That contestant everyone is talking about? Histrionic, no doubt."
            q0, q1 = doc.sentence_of(s0 - 1)
            if norm[q0:q1].rstrip().endswith(("?", ":")):
                p = _person_in(doc, q0, q1)
        if p is None:
            continue
        done.add((s0, s1))
        yield min(p, m.start()), max(m.end(), p)


RULES.append(make_rule(
    id="DIAG005", category="public-diagnosis", severity="error",
    title="Clinical label in a sentence about one person",
    message="This sentence puts a clinical label on a specific person.",
    why=WHY + "Framing it as an observation (\"not a diagnosis, just what I see\", \"a case "
              "study in...\") does not change what readers hear: a clinician's diagnosis of "
              "someone they have not assessed.",
    source=SRC, what="Flags a sentence that names or points at one person (a name, \"that "
                     "contestant\", \"your sister\") and gives a diagnostic term with diagnostic "
                     "framing (textbook, a clear case of, meets the criteria, in my professional "
                     "opinion, features, traits); general and self-disclosure sentences stay clean.",
    instead="Describe the behaviour you saw, not a diagnosis.",
    matcher=_label_in_sentence, contexts=ALL,
    flag=["Taylor Swift's songwriting is a case study in anxious-preoccupied attachment with borderline features.",
          ("My read on Elizabeth Holmes after the documentary: a clear case of antisocial personality disorder.", "reply"),
          "That Bachelor contestant everyone is talking about? Histrionic personality, no doubt in my mind.",
          "Our new practice manager Trevor meets, diagnostically speaking, the criteria for alcohol use disorder."],
    clean=["Histrionic personality disorder is rare and often misunderstood; here is what the research says.",
           "Simone Biles has spoken openly about her ADHD, and that candour helps kids.",
           "Armchair diagnosis of celebrities, like calling Taylor Swift borderline, is the Goldwater problem.",
           "Dr. Lee will present new research on the classic features of ADHD in adults."]))
