"""Stigmatizing language about mental illness, suicide and addiction."""

from __future__ import annotations

from ._common import A, ALL, DIAGNOSES, SAFE, alt, make_rule

SRC = f"{A[4]}; {A[12]}; {SAFE}; NAMI and AP Stylebook guidance on mental illness"
WHY = ("Words that mock or reduce people to a diagnosis tell readers with those conditions that "
       "they are less than others, which keeps people from seeking help; the article asks you to "
       "consider how a post lands for someone who is struggling. ")


def _rule(rid, title, what, message, why, flag, clean, instead, **kw):
    return make_rule(id=rid, category="stigmatizing-language", severity="warning", title=title,
                     message=message, why=WHY + why, source=SRC, what=what, instead=instead,
                     flag=flag, clean=clean, contexts=ALL, educational=True, **kw)


_COND = alt(DIAGNOSES + ["mental illness", "mental illnesses", "a mental illness",
                         "mental health issues", "mental health problems", "mental disorders",
                         "a mental disorder", "a disorder", "a disability", "disabilities",
                         "substance abuse", "drug addiction", "alcohol addiction"])

RULES = [
    _rule("STIG001", "\"Committed suicide\"",
          "Flags \"commit/committed suicide\".",
          "\"Committed suicide\" implies a crime or sin; say \"died by suicide\".",
          "\"Commit\" comes from the time suicide was a crime; safe-messaging guidelines use "
          "\"died by suicide\".",
          ["Her brother committed suicide last year.", "Why do people commit suicide?"],
          ["We say 'died by suicide', not 'committed suicide'.",
           "Her brother died by suicide last year. Call or text 988 if you need support."],
          "\"died by suicide\", \"took their own life\".",
          patterns=(r"commit(?:s|ted|ting)? suicide|suicide was committed",),
          suggest={r"committed suicide|suicide was committed": ("died by suicide", "took their own life"),
                   r"commits suicide": "dies by suicide", r"committing suicide": "dying by suicide",
                   r"commit suicide": "die by suicide"}),
    _rule("STIG002", "Mental-illness slurs",
          "Flags crazy, insane, psycho, lunatic, nuts, loony, deranged, schizo, retarded and "
          "similar words used as insults or intensifiers.",
          "This word uses mental illness as an insult or intensifier.",
          "Words like these turn conditions clients live with into insults.",
          ["This week has been crazy busy.", "My ex is a total psycho.",
           "That driver was a lunatic.", "The line at the DMV was insane."],
          ["You're not \"crazy\" for feeling this way.", "The word 'crazy' hurts people who live with mental illness.",
           "Nuts and seeds are a good snack for focus.",
           "Crazy Hair Day is Friday at Jefferson Elementary.",
           "Grangegorman was once the Richmond Lunatic Asylum; today it is a university campus.",
           "The crazy quilt raffle at the church bazaar raises money for the food pantry.",
           "Crazy, psycho, mental: words we toss around that quietly keep people from seeking help.",
           "Our psycho-oncology team supports patients and families through cancer treatment."],
          "Say what you mean: busy, wild, unbelievable, cruel, reckless.",
          patterns=(r"crazy(?! (?:hair|socks?|hat) days?| quilts?| horse| eights?)|crazies|craziness|insane|insanely|insanity(?! (?:defense|defence|plea))|psycho(?!-(?:oncology|social|education\w*|analy\w*|therap\w*|logical|dynamic\w*|somatic|metric\w*|motor|sexual|pharmacology|linguistic\w*|spiritual|neuro\w*))|psychos|lunatic(?! asylum)|lunatics|"
                    r"loony|looney|loon|nutjob|nutjobs|nutcase|nutcases|nutter|nutters|bonkers|"
                    r"deranged|unhinged|whacko|wacko|wackos|schizo|schizos|retard|retards|retarded|"
                    r"spaz|spazz|basket case|mental case|madman|madwoman|maniac|maniacs|cuckoo|"
                    r"psychopathic behavior|off (?:his|her|their|my|your) rocker|lost (?:his|her|their|my) marbles|"
                    r"(?:loony|looney|nut) ?(?:bin|house)|funny farm|insane asylum|padded (?:room|cell)|"
                    r"men in white coats|off (?:his|her|their|my|your) meds",
                    r"(?:is|are|was|were|go|going|went|drive|drives|driving|drove|sound|sounds|am|'m|'re|'s|totally|completely|absolutely) (?:\w+ )?(?:nuts(?= |[.,!?]|$)|mental(?= *[.,!?]|$))",
                    r"(?:absolutely|totally|completely|literally|so|being|acting|gone|going|went|is|was) (?:\w+ )?(?:psychotic|schizophrenic|bipolar)(?= *[.,!?]|$| today| again| right now| lately)"),
          suggest={r"crazy|insane|insanely": ("wild", "intense", "unbelievable"),
                   r"psycho|psychos|lunatic|lunatics|maniac|maniacs": ("cruel", "reckless"),
                   r"retard|retards|retarded": ("absurd", "pointless")}),
    _rule("STIG003", "Diagnosis as an adjective",
          "Flags casual use of diagnoses for ordinary traits: \"so OCD\", \"a little bipolar\", "
          "\"the weather is schizophrenic\".",
          "This uses a diagnosis as a casual adjective.",
          "Using diagnoses for everyday quirks trivialises conditions that disable people.",
          ["I'm so OCD about my desk.", "The weather is so bipolar this week.",
           "I'm a little ADHD today."],
          ["OCD is not a personality quirk; it is a treatable condition.",
           "Living with bipolar disorder? Our group meets Thursdays."],
          "Describe the trait itself: \"I like my desk tidy.\"",
          patterns=(r"(?:so|such|a (?:little|bit|tad)|totally|super|kinda|kind of|sort of|very|being|too|"
                    r"slightly|lil|literally|lowkey|a little bit|my inner) (?:ocd|bipolar|adhd|add|schizo|"
                    r"schizophrenic|psychotic|autistic|anorexic|ptsd|paranoid|borderline|dyslexic|"
                    r"manic|sociopathic)(?= |[.,!?]|$)",
                    r"(?:weather|market|stock market|my mood|my phone|my computer|my printer|wifi|the internet|"
                    r"my cat|my dog|this city|traffic) (?:is|was|'s|has been|seems) (?:so |totally |literally |being |kinda )?"
                    r"(?:bipolar|schizo|schizophrenic|autistic|psychotic|manic)",
                    r"ocd about|(?:my|her|his) ocd (?:kicked|kicks|kicking|is kicking|acting)")),
    _rule("STIG004", "Labelling people by a condition",
          "Flags labels that reduce people to a condition: \"the mentally ill\", \"an addict\", "
          "\"a schizophrenic\", \"junkies\", \"wheelchair-bound\".",
          "This labels people by a condition; use person-first language.",
          "Person-first wording (\"a person with schizophrenia\") keeps the person in view; labels "
          "like \"addict\" and \"junkie\" carry blame and shame.",
          ["The mentally ill deserve better care.", "He's an addict and always will be.",
           "Junkies are taking over downtown."],
          ["People with mental illness deserve better care.",
           "Stop calling people 'addicts'; say 'a person with a substance use disorder'.",
           "Some members call themselves addicts in recovery, and that's their call."],
          "\"people with mental illness\", \"a person with a substance use disorder\", "
          "\"a person with schizophrenia\", \"wheelchair user\".",
          patterns=(r"the mentally ill|mentally ill (?:people|person|persons|folks|individuals|patients)|"
                    r"the (?:insane|disabled|handicapped|retarded|crazies)|"
                    r"an? (?:addict|alcoholic|junkie|crackhead|druggie|schizophrenic|anorexic|bulimic|psychotic|drunk|dope fiend)(?![a-z-])|"
                    r"mental (?:patients|cases|case)|mentals|(?<!themselves\x20)(?<!ourselves\x20)(?:addicts|alcoholics|junkies|crackheads|druggies|schizophrenics|anorexics|bulimics|psychotics|drunks)|"
                    r"(?:substance|drug|alcohol) abusers?|wheelchair[- ]bound|confined to a wheelchair|handicapped",),
          suggest={r"the mentally ill|mentally ill .*": "people with mental illness",
                   r"an? addict|addicts": "a person with a substance use disorder",
                   r"an? alcoholic|alcoholics": "a person with an alcohol use disorder",
                   r"an? schizophrenic|schizophrenics": "a person with schizophrenia",
                   r"wheelchair[- ]bound|confined to a wheelchair": "wheelchair user",
                   r"(?:substance|drug|alcohol) abusers?": "a person who uses substances"}),
    _rule("STIG005", "\"Suffers from\"",
          "Flags \"suffers from\", \"afflicted with\", \"a victim of\" before a mental-health "
          "condition.",
          "\"Suffers from\" casts a condition as a tragedy; say \"lives with\" or \"has\".",
          "Framing people as sufferers or victims of a condition is disempowering; many people "
          "live full lives with it.",
          ["She suffers from depression.", "Millions are afflicted with anxiety."],
          ["She lives with depression and runs marathons.",
           "Suffering from burnout? Rest is not laziness."],
          "\"lives with\", \"has\", \"is in recovery from\".",
          patterns=(r"(?:suffers?|suffered|suffering|sufferers?) (?:from|with) (?:severe |chronic |crippling |debilitating |clinical |major )?" + _COND,
                    r"(?:afflicted|stricken|plagued|crippled) (?:with|by) (?:severe |chronic )?" + _COND,
                    r"(?:victims?|sufferers?) of " + _COND,
                    r"(?:depression|anxiety|ptsd|ocd|bipolar|schizophrenia|mental illness) sufferers?"),
          suggest={r"(?:suffers?|suffered|suffering) (?:from|with) (.*)": ("lives with", "has")}),
    _rule("STIG006", "Crude terms for treatment",
          "Flags crude terms for psychiatric care: psych ward jokes, \"loony bin\", \"funny farm\", "
          "\"should be locked up\".",
          "This mocks psychiatric treatment.",
          "Mocking psychiatric care discourages readers who may need it.",
          ["He belongs in a loony bin.", "She should be locked up in a psych ward."],
          ["Our intensive outpatient program offers more support than weekly therapy."],
          "\"hospital\", \"inpatient care\".",
          patterns=(r"belongs? in (?:a|the) (?:psych ward|mental (?:hospital|institution|ward)|asylum|nuthouse|looney bin|loony bin)|"
                    r"(?:should|needs to) be (?:locked up|committed|institutionalized)(?: in (?:a|the) \w+(?: \w+)?)?|"
                    r"nuthouse|nut house|psycho ward|rubber room",)),
]
