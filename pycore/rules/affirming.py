"""Non-affirming language about transgender and gender-variant people."""

from __future__ import annotations

from .._regex import compile as _rx

from ..scan import Scanner, sentences_with
from ._common import A, ALL, GLAAD, make_rule, words

SRC = f"{A[11]}; {GLAAD}; APA Guidelines for Psychological Practice with TGNC People"
WHY = ("The article singles out non-affirming language about transgender and gender-variant "
       "people as harm that needs more than a quiet deletion: a sincere public apology. Clients "
       "who are trans or questioning read these words as a sign that your office is not safe. ")


def _rule(rid, title, sev, what, message, why, flag, clean, instead, **kw):
    return make_rule(id=rid, category="non-affirming-language", severity=sev, title=title,
                     message=message, why=WHY + why, source=SRC, what=what, instead=instead,
                     flag=flag, clean=clean, contexts=ALL, educational=True, **kw)


# a former name set against the current one: "when he was still Rebecca", "Caitlyn will
# always be Bruce", "Jessica (now "Jesse")", "was Emily right up until Year 9"
_DEADNAME = _rx(
    r"\b(?:was|is) still (?:called )?(?P<a>[A-Z][a-z]+)\b|\bwill always be (?P<b>[A-Z][a-z]+) to\b|"
    r"\b(?P<c>[A-Z][a-z]+) \(now [\"\u201c']?[A-Z][a-z]+|\bwas (?P<d>[A-Z][a-z]+) (?:right )?(?:up )?until\b|"
    r"\b(?:he|she|they) used to be (?:called )?(?P<e>[A-Z][a-z]+)\b")
_NOT_A_NAME = frozenset(words(
    "i|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
    "july|august|september|october|november|december|mum|mom|dad|nan|nana|papa|granny|grandma|grandpa|"
    "god|christmas|easter|dr|mr|mrs|ms|the|a|an|my|our|here|there|home|open|closed|english|year|grade|"
    "school|high|university|college|church|team|family"))


# the same shapes in lower case, prefiltered on the normalized text: the case-sensitive
# regex is tried only where one of them starts
_DEADNAME_AT = Scanner(
    r"(?<![a-z0-9])(?:(?:was|is) still (?:called )?[a-z]|will always be [a-z]+ to(?![a-z0-9])|"
    r"was [a-z]+ (?:right )?(?:up )?until(?![a-z0-9])|(?:he|she|they) used to be (?:called )?[a-z])")


def _deadname_starts(doc):
    """Where a former-name phrase can start: the prefiltered shapes, and the word before " (now"."""
    norm = doc.norm
    starts = [m.start() for m in _DEADNAME_AT.finditer(doc, norm)]
    i = norm.find(" (now ")
    while i > 0:
        k = i
        while k > 0 and norm[k - 1].isalpha():
            k -= 1
        if k < i:
            starts.append(k)
        i = norm.find(" (now ", i + 1)
    return sorted(set(starts))


def _deadnames(doc, context, settings):
    text = doc.text
    last = 0
    for start in _deadname_starts(doc):
        a, _ = doc.to_orig(start, start + 1)
        if a < last:
            continue
        m = _DEADNAME.match(text, a)
        if m is None:
            continue
        name = next(g for g in m.groups() if g)
        if name.lower() in _NOT_A_NAME:
            continue
        a, b = m.span()
        last = b
        yield doc.from_orig(a), doc.from_orig(b)


RULES = [
    _rule("AFFM001", "\"Transgendered\"", "error",
          "Flags \"transgendered\".",
          "\"Transgendered\" is outdated; the adjective is \"transgender\".",
          "\"Transgender\" is an adjective, like tall; the -ed form suggests something was done "
          "to the person.",
          ["We welcome transgendered clients.", "She is transgendered."],
          ["We welcome transgender clients.", "Avoid the outdated term \"transgendered\"."],
          "\"transgender\", \"trans\".",
          patterns=(r"trans[- ]?gendered",), suggest={r".*": "transgender"}),
    _rule("AFFM002", "\"Transgender\" as a noun", "error",
          "Flags \"a transgender\", \"transgenders\", \"the transgenders\".",
          "\"Transgender\" is an adjective; say \"a transgender person\".",
          "Using the adjective as a noun reduces a person to one trait.",
          ["There was a transgender in my class.", "Transgenders face high rates of bullying.",
           ("A transgender might need extra support at school.", "reply")],
          ["Transgender people face high rates of bullying; our group is a safe space.",
           "A transgender woman spoke at the conference.",
           "We support families raising a transgender or gender-diverse child."],
          "\"a transgender person\", \"transgender people\".",
          patterns=(r"transgenders|the transgenders|an? (?:transgender|transsexual)(?= (?:is|was|who|that|can|could|should|will|would|has|had|wants|does|in|at|on|to|be|get|came|went|walked|asked|showed|turned|moved|started|tried|called|sat|shared|stayed|lived|a|the|last|once|recently|yesterday|today|years?|back|before|here|there|now|just|from|with|for|about|and (?:she|he|they|i|we)|use|go|play|compete|enter|work|join|come|like|may|might|must|needs?|often|usually|gets|goes|feels|says|said|told)(?![a-z])|"
                    r" (?:and|or)(?! (?:nonbinary|non-binary|gender[- ]?\w+|intersex|cisgender|cis|queer|gay|lesbian|bisexual|two-spirit|agender|questioning|trans)(?![a-z]))|[.,!?;:]|$)",),
          suggest={r"transgenders|the transgenders": "transgender people",
                   r"an? transgender": "a transgender person"}),
    _rule("AFFM003", "Outdated or misgendering terms", "error",
          "Flags \"sex change\", \"born a man\", \"biologically male\", \"used to be a woman\", "
          "\"real woman\", \"preferred pronouns\".",
          "This wording misgenders or uses outdated terms for transition.",
          "These phrases describe trans people by a sex assigned at birth or treat their "
          "gender as less real.",
          ["She had a sex change operation in 2019.", "He was born a woman.",
           "Trans women are biologically male."],
          ["She had gender-affirming surgery and is thriving.",
           "Please share your pronouns if you'd like.",
           ("Hi Lee, your workshop post used 'sex change' in the title. The current term is "
            "gender-affirming surgery.", "message")],
          "\"gender-affirming surgery\", \"assigned female at birth\", \"pronouns\".",
          patterns=(r"sex[- ]change(?: operation| surgery)?s?|sex reassignment(?: surgery)?|gender reassignment(?: surgery)?",
                    r"biological (?:males?|females?|men|women|man|woman|boys?|girls?)|(?:biologically|genetically|really|actually|secretly) (?:a )?(?:male|female|man|woman|men|women|boy|girl)(?![a-z])",
                    r"born (?:a )?(?:man|woman|male|female|boy|girl|men|women|males|females)(?![a-z])|born-(?:male|female)",
                    r"used to be (?:a )?(?:man|woman|boy|girl|guy|he|she)|(?:not|never) a real (?:man|woman)|"
                    r"real (?:women|men) (?:don't|do not|are|have)",
                    r"(?:preferred|chosen) pronouns|(?:pre|post|non)-op(?![a-z])"),
          suggest={r"sex[- ]change.*|sex reassignment.*|gender reassignment.*": "gender-affirming surgery",
                   r"born (?:a )?(?:woman|female|girl)|(?:biologically|genetically) (?:a )?(?:female|woman)": "assigned female at birth",
                   r"born (?:a )?(?:man|male|boy)|(?:biologically|genetically) (?:a )?(?:male|man)": "assigned male at birth",
                   r"(?:preferred|chosen) pronouns": "pronouns"}),
    _rule("AFFM004", "Anti-trans slur", "error",
          "Flags slurs and dehumanising words for trans and intersex people: tranny, shemale, "
          "he-she, ladyboy, transvestite, hermaphrodite.",
          "This is a slur or dehumanising term.",
          "Slurs demean trans and intersex people and signal that your page is unsafe for them.",
          ["That tranny at the bar", "A shemale in the ad"],
          ["Trans people deserve affirming care."],
          "\"transgender person\", \"intersex person\".",
          patterns=(r"tranny|trannies|trannie|she-?male|shemales|he-she|he/she(?= is| was)|ladyboy|ladyboys|transvestite|transvestites|transsexuals?|hermaphrodites?|it's a (?:man|dude) in a dress|man in a dress",),
          suggest={r"hermaphrodites?": "intersex person"}),
    _rule("AFFM005", "Denial of trans identity", "error",
          "Flags framing that denies trans identities: \"gender ideology\", \"transgenderism\", "
          "\"trans agenda\", \"only two genders\", \"chose to be trans\", \"just a phase\".",
          "This frames trans identity as an ideology, choice or phase.",
          "Calling gender identity an ideology, a trend or a choice contradicts the consensus of "
          "professional bodies and invalidates trans clients.",
          ["Gender ideology is confusing our kids.", "There are only two genders, period.",
           "She chose to be transgender.", ("Trans women are men. Saying so isn't hate, it's biology.", "like"),
           ("He was a man for 40 years before deciding to be a woman, so forgive me if I struggle with 'she'.", "comment"),
           "Our survivors' group is for adult human females only."],
          ["Trans youth with supportive families have better mental health.",
           "Trans women are women, and our groups welcome them."],
          "Describe people as they describe themselves.",
          patterns=(r"gender ideology|transgenderism|trans(?:gender)? agenda|trans(?:gender)? craze|"
                    r"trans(?:gender)? (?:cult|contagion|trend)|social contagion|rapid[- ]onset gender dysphoria|rogd|"
                    r"(?:only|just) two genders|(?:chose|choose|chooses|choosing) to be (?:trans|transgender|gay|lesbian|queer)|"
                    r"(?:transgender|trans|gay|homosexual) lifestyle|lifestyle choice|(?:it's|its|is) (?:just|only) a phase|"
                    r"identif(?:y|ies) as (?:a )?(?:woman|man|girl|boy) but (?:is|are) (?:really|actually|biologically)",
                    # "trans women are men", "men in dresses", "adult human females"
                    r"trans (?:women|woman|girls?) (?:are|is) (?:(?:just|really|still|actually) )?(?:men|males?|boys?|a man|a male)(?![a-z])|"
                    r"trans (?:men|man|boys?) (?:are|is) (?:(?:just|really|still|actually) )?(?:women|females?|girls?|a woman)(?![a-z])|"
                    r"men in dresses|adult human females?|hombres? biol[oó]gicos?|mujer(?:es)? biol[oó]gicas?",
                    # a life "as a man" held against her; deciding to "be a woman"; mocking the new word
                    r"(?:lived|living|spent) (?:\w+ ){0,2}years as a (?:man|woman|boy|girl)|(?:was|been) a (?:man|woman) for (?:\d+|\w+) years|"
                    r"competed as a (?:man|woman) until|(?:decide|decided|deciding) (?:that )?(?:(?:he|she|they) (?:was|were|is) |to be )(?:a )?(?:woman|girl|man|boy)(?![a-z])|"
                    r"(?:son|daughter|brother|sister)\"? now,? (?:apparently|ha|lol)|(?:sorry|well),? \"?(?:son|daughter|brother|sister|he|she)\"? now|"
                    r"whatever (?:we're|they're|you're|we are|they are) (?:calling|supposed to call) (?:it|them|him|her)|(?:he|she)/(?:she|he)/whatever|"
                    r"whatever (?:they|he|she) wants? to be called|experiment(?:ing|ation)? on confused (?:kids|children|minors)|"
                    r"even if (?:he|she) (?:goes|go) by [a-z]+ now|"
                    r"not (?:calling|going to call|gonna call) (?:a |an |the |this |that )?(?:\d+-year-old )?(?:boy|girl|man|woman|him|her|kid) \"?(?:she|he|her|him)\"?(?![a-z])",)),
    _rule("AFFM006", "Outdated terms for sexual orientation", "warning",
          "Flags \"sexual preference\", \"homosexuals\", \"the gays\", \"admitted he was gay\".",
          "This wording is outdated and non-affirming.",
          "GLAAD and APA style treat these terms as outdated or as implying choice or shame.",
          ["Sexual preference should not matter in therapy.", "Homosexuals are welcome here."],
          ["Sexual orientation does not change our care.", "Gay and lesbian clients are welcome."],
          "\"sexual orientation\", \"gay people\", \"came out\".",
          patterns=(r"sexual preferences?|homosexuals|the homosexuals|the gays|an? homosexual(?= [a-z]+ |[.,!?]|$)|"
                    r"admitted (?:he|she|they) (?:was|were|is|are) (?:gay|lesbian|bi|bisexual|trans)|pray the gay away",),
          suggest={r"sexual preferences?": "sexual orientation", r"homosexuals|the homosexuals|the gays": "gay people",
                   r"admitted .*": "came out"}),
    _rule("AFFM007", "Dismissing a trans identity", "error",
          "Flags dismissive framing in a sentence about trans or gender identity: a phase, "
          "confusion, not real, scare quotes around \"identifies\", \"whatever that means\".",
          "This treats someone's gender identity as confusion, a phase or not real.",
          "Dismissing gender identity as a phase or confusion contradicts professional guidance "
          "and tells trans readers they will not be believed.",
          ["Most kids who say they're trans are going through a phase.",
           "A young person who identifies as a boy is still a girl with distress that we should be treating.",
           "Kids can't consent to mutilation. Stop the gender experiments on children.",
           "Her daughter now \"identifies\" as a man, whatever that means.",
           "Tips for teachers with \"nonbinary\" students in class.",
           "Gender confusion in teens is often trauma, not a real identity.",
           ("My advice to parents: wait it out, most kids grow out of the gender phase.", "reply"),
           ("He identifies as a woman, sure, but we all know what he really is.", "reply"),
           ("Underneath she's still a girl; I'd keep using her birth name until she turns 18.", "comment")],
          ["Questioning gender is not a phase to wait out; it deserves support.",
           "Female genital mutilation is a human rights issue; our trauma service supports survivors.",
           "Eating disorders affect people of every size, gender and background, like any mental illness.",
           "Avoid calling people \"gender confused\"; say questioning.",
           "Trans teens thrive when their identity is respected.",
           "Trans kids are not a trend; they deserve care.",
           "Use their chosen name, not their birth name, even when they are not in the room."],
          "Describe people as they describe themselves.",
          matcher=lambda doc, ctx, st: _dismiss(doc)),
    _rule("AFFM008", "Using a former name", "error",
          "Flags a trans person's former name set against the name they use now: \"when he was "
          "still Rebecca\", \"she'll always be Bruce to me\", \"Jessica (now Jesse)\".",
          "This uses a name the person no longer uses (deadnaming).",
          "Using or publishing a former name denies a person's identity and can out them; GLAAD "
          "advises never to reveal a former name without the person's consent.",
          [("I knew Riley back when he was still Rebecca, and honestly Rebecca seemed happier.", "reply"),
           ("Caitlyn will always be Bruce to those of us who grew up watching the Olympics.", "comment"),
           "Remember when Jordan Vale was still Jonathan? I miss his old movies."],
          ["Use the name a person uses now, and never share a former name.",
           "The office was still Closed on Monday, sorry for the confusion.",
           "Mum will always be Mum to me, even after the dementia diagnosis.",
           "Lake Lanier sits over what used to be Oscarville, a Black community driven out in 1912."],
          "Use the person's current name and pronouns; leave the former name out.",
          matcher=_deadnames),
]

_TRANS_CTX = _rx(r"(?<![a-z0-9])(?:trans\w*|gender\w*|identif\w*|nonbinary|non-binary|pronouns?|detransition\w*|"
                        r"queer|they/them|she/her|he/him|birth name|dead ?name\w*|"
                        r"says? (?:she|he|they)(?:'s| is| are) (?:a )?(?:boy|girl|man|woman|nonbinary))(?![a-z])")
_DISMISS = _rx(
    r"(?<![a-z])(?:(?:going through|just|only) a phase|grow out of (?:it|this)|gender confusion|"
    r"(?:is|it's|its) (?:just )?confusion|not (?:a )?real (?:identity|woman|women|man|men|thing|girl|boy)|"
    r"no such thing as (?:a )?trans|whatever that means|so-called|\"identif(?:y|ies|ied)\"|"
    r"(?:pretend|pretending|playing dress-up|delusion(?:al)?|(?:is|as|a|it's) (?:just )?(?:a )?mental illness|a trend|a fad|"
    r"social contagion|confused|brainwash\w*|groom\w*)(?![a-z])|will always be [a-z]+ to me|"
    # a phase to wait out, a trend, a costume
    r"grow out of (?:it|this|that|the|their|her|his) (?:\w+ )?phase|(?:the|a|this) gender phase|"
    r"trendy|a tiktok trend|for attention|attention-seeking|(?:like|as) a costume|"
    r"'identif(?:y|ies|ied|ying)'|"
    # what they "really" are: misgendering by contrast
    r"underneath (?:\w+ ){0,2}(?:still )?(?:just )?a (?:girl|boy|man|woman)|what (?:he|she) really is|"
    r"(?:is|'s) (?:really |still )?a (?:man|woman|boy|girl) who (?:has )?(?:transitioned|identifies)|"
    r"(?:like|as) any other (?:man|woman)|"
    r"\bhe identifies as a (?:woman|girl|female|lady)|\bshe identifies as a (?:man|boy|male|guy)|"
    r"(?:is|'s) a (?:girl|boy) but identif\w*|"
    # deadnaming on purpose
    r"(?:keep|keeps|still) (?:using|calling (?:her|him|them)) (?:her|his|their|the) (?:birth|dead|old|real) name|"
    r"(?:always|still) be [a-z]+ to (?:the people|everyone|us|me|them|those)|"
    # still "really" the sex assigned at birth; a phase to wait out; not "real"
    r"(?:is|'s|are) still (?:a )?(?:girl|boy|man|woman|male|female)s?(?![a-z])|(?:body|bodies) (?:is|are) still (?:female|male)|"
    r"(?:the|this) phase (?:passes|ends|is over)|(?:following|copying) (?:their|her|his) (?:friend group|friends|peers) into (?:it|this)|"
    r"(?:don't|doesn't|do not|does not) pass(?![a-z])|performative|(?:getting )?ridiculous|not real grammar|"
    r"\"(?:come out|came out|coming out|transitioned|transitioning)\"|(?<!genital )mutilation|gender experiments?|"
    r"experiment(?:ing|ation)? on (?:confused )?(?:kids|children|minors))")


# scare quotes used as an adjective: 'our "gender confused" teens', 'a "trans" kid'
_SCARE = _rx(
    r"\"(?:gender[- ]?confused|confused|trans|transgender|nonbinary|non-binary|identifying|questioning|"
    r"gender[- ]?fluid|genderqueer|female|male|woman|man|girl|boy)\" (?:teens?|kids?|children|child|youth|"
    r"people|person|clients?|students?|adults?|folks|women|men|boys|girls|daughters?|sons?)(?![a-z])")


_S_TRANS_CTX = Scanner(_TRANS_CTX)
_S_SCARE = Scanner(_SCARE)  # every match starts with a quote mark


def _dismiss(doc):
    for m in _S_SCARE.finditer(doc, doc.leet):
        yield m.span()
    sents = doc.sentences
    for i in sentences_with(doc, _S_TRANS_CTX, doc.leet):
        s0, s1 = sents[i]
        if not _TRANS_CTX.search(doc.leet, s0, s1):
            continue
        for m in _DISMISS.finditer(doc.leet, s0, s1):
            yield m.span()
