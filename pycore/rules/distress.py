"""Distress risk: content that can harm a reader who is struggling."""

from __future__ import annotations

from .._regex import compile as _rx

from ..scan import Scanner, sentences_with
from ._common import A, ALL, PUBLIC, SAFE, first_per_sentence, make_rule

SRC = f"{A[4]}; {SAFE}"
WHY = ("The article asks, before every post, whether it could hurt someone in distress who "
       "reads it; safe-messaging guidelines add that method details, graphic descriptions and "
       "hopeless framing raise the risk for vulnerable readers. ")

_SELF = r"(?:himself|herself|themselves|themself|myself|yourself|ourselves)"
_SUICIDE = _rx(
    r"(?<![a-z0-9])(?:died by suicide|death by suicide|(?:lost|lose|losing) (?:\w+ ){0,3}to suicide|"
    r"suicide (?:of|death|loss)|kill(?:ed|ing|s)? " + _SELF + r"|took (?:his|her|their|my) (?:own )?life|"
    r"end(?:ed|ing|s)? (?:his|her|their|my) (?:own )?life|suicidal (?:thoughts|feelings|ideation)|"
    r"(?:thinking|thought) (?:about|of) (?:suicide|killing|ending)|want(?:s|ed)? to die|"
    r"suicide (?:note|attempt)|attempted suicide)(?![a-z0-9])")
# crisis lines outside the US (NZ 1737, Samaritans, IE text 50808, Lifeline AU, Kids Help
# Phone, Pieta, Shout, Befrienders): a resource where they appear, and the mark of a post about prevention
_LINES = (r"1737|116 ?123|50808|13 ?11 ?14|kids help phone|pieta|85258|1767|sos singapore|tele-manas|14416|befrienders|"
          r"686868|1800 ?247 ?247|1-800-273-talk|rainn")
# "asking someone directly about suicide does not plant the idea": the prevention message itself
_ASK_DIRECTLY = r"ask(?:ing)? (?:them |someone |people |a friend )?directly"
_RESOURCE = _rx(
    r"(?<![a-z0-9])(?:988|741741|911|999|112|116 ?123|crisis (?:line|text line|lifeline|center|centre|"
    r"team|hotline|number|services?)|lifeline|hotline|helpline|samaritans|trevor project|"
    r"trans lifeline|text home|call or text|emergency (?:room|services|department)|"
    r"nearest (?:er|emergency)|crisis support|warmline|veterans crisis|support group|postvention|afsp|"
    r"survivors of suicide loss|loss survivors|suicide loss survivors|peer support|bereavement (?:support|groups?|services?)|"
    + _LINES + r"|crisis text line|text (?:home|connect)|"
    r"hope for wellness|13yarn|lifeline|talk suicide|standby|support after suicide|include resources|safe messaging|warning signs|" + _ASK_DIRECTLY + r"|how to support someone|1800 ?respect|(?:1[- ])?8(?:00|33|44|55|66|77|88)[- ]\d{3}[- ]\d{4}|suicide action|suicide prevention (?:line|centre|center|service)|eap|employee assistance|(?:temporary|safe) storage|lethal means|screen\w*|naloxone|narcan|you don't have to (?:do this|go through this|be) alone)(?![a-z0-9])")
_S_RESOURCE = Scanner(_RESOURCE)


_S_SUICIDE = Scanner(_SUICIDE)


_OUTCOME_BEFORE = _rx(
    r"(?<![a-z0-9])(?:rates? of|lower|fewer|reduced|less|reduces?|links? (?:it|this) to|linked to|associated with|"
    r"risk of|odds of)(?![a-z0-9])[^.!?]*$")


def _no_resource(doc, context, settings):
    if _S_RESOURCE.search(doc, doc.norm):
        return
    from ..context import is_mentioned
    for m in _S_SUICIDE.finditer(doc, doc.leet):
        if _OUTCOME_BEFORE.search(doc.leet, max(0, m.start() - 45), m.start()):
            continue
        if doc.leet.startswith("suicide loss", m.start()):
            continue  # support for the bereaved (casseroles, names, showing up)  # "lower rates of depression and suicidal thoughts": a finding, not the topic
        if not is_mentioned(doc, m.start(), m.end()):
            yield m.span()
            return


_MEANS = _rx(
    r"(?<![a-z0-9])(?:pills?|tablets|overdos\w*|tylenol|acetaminophen|paracetamol|fentanyl|benzos?|"
    r"opioids|insulin|\d+ ?(?:grams|g|mg)|dose|dosage|guns?|rifle|pistol|shotgun|handgun|firearms?|"
    r"bridge|ledge|cliff|rope|belt|noose|ligature|hanging|hanged|blades?|razors?|wrists?|bleach|"
    r"carbon monoxide|exhaust|jump(?:ed|s|ing)?)(?![a-z0-9])")
_HARM = _rx(
    r"(?<![a-z0-9])(?:suicid\w*|die|died|dies|dying|death|dead|kill\w*|(?<!non-)fatal|lethal|"
    r"(?:no one|nobody) survives|survive[sd]?|do it|does it|did it|it works|that's why it works|end it|"
    r"liver (?:failure|damage)|took (?:his|her|their) (?:own )?life|try that|tried that|"
    r"end up with|be careful|high enough|the fall|isn't quick|not quick|days of|self-harm\w*|self harm\w*|"
    r"self-injur\w*|easy to (?:hide|conceal|get|buy|find)|hid(?:e|es|ing|den) (?:them|it|in)|conceal\w*)(?![a-z0-9])")
_SAFETY = _rx(
    r"(?<![a-z0-9])(?:lock\w*|stor(?:e|ed|age|ing)|safely|secure\w*|dispos\w*|restrict\w*|"
    r"reduc\w* access|means safety|lethal means|safety plan\w*|prevent\w*|988|crisis|"
    r"gun safety|safe storage|take-back|naloxone|narcan)(?![a-z0-9])")


_S_MEANS = Scanner(_MEANS)
_HARM_REDUCTION = _rx(r"(?<![a-z0-9])(?:naloxone|narcan|moud|mat|buprenorphine|suboxone|methadone|test strips?|"
                             r"harm reduction|non-fatal overdose|accidental overdose|988|116 ?123|crisis line|lifeline)(?![a-z0-9])")
_S_HARM_REDUCTION = Scanner(_HARM_REDUCTION)


def _method_context(doc, context, settings):
    text = doc.leet
    sents = doc.sentences
    if _S_HARM_REDUCTION.search(doc, text):
        return  # naloxone, MOUD, test strips: a post about keeping people alive
    for i in sentences_with(doc, _S_MEANS, text):
        s0, s1 = sents[i]
        if not _HARM.search(text, s0, s1) or _SAFETY.search(text, s0, s1):
            continue
        m = _MEANS.search(text, s0, s1)
        if m:
            yield m.span()


def _rule(rid, title, sev, what, message, why, flag, clean, instead, **kw):
    kw.setdefault("contexts", ALL)
    return make_rule(id=rid, category="distress-risk", severity=sev, title=title,
                     message=message, why=WHY + why, source=SRC, what=what, instead=instead,
                     flag=flag, clean=clean, **kw)


_METHODS = [
    r"(?:hanged|hung|hanging|shot|stabbed|poisoned|drowned|suffocated|gassed|electrocuted|strangled|"
    r"overdosed|cut|burned|starved) " + _SELF,
    r"(?:slit|slitting|slashed|slashing|cut|cutting|sliced|slicing) (?:open )?(?:his |her |their |my |your )?wrists?",
    r"(?:overdos(?:e|ed|ing)|od'?d|od'?ing) on (?:\w+ ){0,4}(?:pills|tylenol|acetaminophen|"
    r"ibuprofen|heroin|fentanyl|insulin|sleeping pills|benzos|xanax|opioids|oxy|meds|medication|"
    r"antidepressants|\w+ pills)",
    r"(?:took|swallowed|taking|swallowing|downed) (?:a |an |the )?(?:whole |entire |full )?"
    r"(?:bottle|handful|bunch|fistful|stash|months' supply|lethal dose) of",
    r"lethal dose|how many (?:pills|tablets|mg)|(?:most )?painless way to (?:die|go)|"
    r"(?:ways|way|how) to (?:kill|hang|off) " + _SELF,
    r"(?:jumped|jumping|jump|leapt|leaped|threw (?:himself|herself|themselves)) (?:off|from|in front of) "
    r"(?:a |the |an )?(?:\w+ ){0,2}(?:bridge|building|roof|rooftop|train|subway|cliff|balcony|overpass|parking garage)",
    r"noose|(?:gun|pistol|rifle|shotgun) (?:to|in) (?:his|her|their|my) (?:head|mouth|temple)",
    r"carbon monoxide|(?:car|engine) running in the garage|(?:car|engine|vehicle)(?:'s)? exhaust|exhaust (?:fumes|pipe|hose)|"
    r"(?:closed|sealed|shut|locked) garage with|(?:rope|belt|cord|scarf) (?:around|from) (?:his|her|their|my) neck",
    r"(?:suicide|self-harm) (?:method|methods|technique|techniques)|(?:method|methods) (?:of|for) (?:suicide|self-harm|killing)",
    r"(?:clean|sharp|new) (?:blade|razor)s?|(?:don't|dont|do not) (?:go|cut) (?:too )?deep|(?:going|want|planning) to cut(?! back| down| out| ties)",
    r"stockpil\w+ (?:\w+ ){0,3}(?:pills|meds|medications?|painkillers|tablets)",
    r"jump(?:s|ed|ing)? (?:from|off) (?:the )?(?:top )?(?:\w+ ){0,4}(?:floor|bridge|building|roof|rooftop|garage|balcony|overpass|cliff)",
    r"found (?:\w+ ){0,2}hanging|hanging in (?:his|her|their|the) (?:closet|garage|barn|bedroom|basement|room)|"
    r"(?:used|with|using) (?:a |an |the |his |her |their |[a-z]+'s )(?:[a-z']+ ){0,2}(?:gun|rifle|pistol|shotgun|handgun|firearm|belt|rope|cord|noose|razor|exhaust|hose|ligature)(?= |[.,!?]|$)",
    r"(?:died|dies|death) (?:by|from) (?:hanging|gunshot|a gunshot|overdose|an overdose|asphyxiation|suffocation|jumping|self-inflicted)",
]

RULES = [
    _rule("DIST001", "Suicide or self-harm method", "error",
          "Flags descriptions of how someone died by suicide or harmed themselves, and talk of "
          "means (pills, a bridge, a noose, slit wrists).",
          "This describes a suicide or self-harm method.",
          "Details of methods and means are linked to imitation by readers at risk; safe messaging "
          "says to leave them out entirely.",
          ["He hanged himself in the garage last spring.",
           "She overdosed on sleeping pills after the breakup.",
           ("Tragic: the teen jumped off the Main Street bridge.", "like"),
           "Police said he ran a hose from the engine exhaust into the cab."],
          ["We lost a member of our community to suicide. If you are struggling, call or text 988.",
           "Restricting access to lethal means saves lives: lock up medications and firearms."],
          "Say that the person died by suicide, without the method, and add a crisis line "
          "such as 988.",
          patterns=tuple(_METHODS), negated=True),
    _rule("DIST002", "Graphic detail", "error",
          "Flags graphic descriptions of death, injury or self-harm.",
          "Graphic detail can overwhelm a reader in distress.",
          "Vivid images of injury or death can trigger readers with trauma or suicidal thoughts.",
          ["There was blood everywhere when they found her.",
           "Her arms were covered in fresh cuts and scars."],
          ["Self-harm is a way some people cope with pain; help is available at 988.",
           "Our blood drive is on Saturday at the clinic."],
          "Describe what happened in general terms and focus on help and hope.",
          patterns=(r"blood (?:everywhere|all over|was everywhere|pooled|soaked|spattered|splattered)",
                    r"found (?:him|her|them|his body|her body|their body|the body) (?:hanging|dead|lifeless|in a pool|in the bathtub|on the floor|with)",
                    r"(?:his|her|their) (?:body|brains?|remains) (?:was|were) (?:found|splattered|everywhere|mangled)",
                    r"gruesome|gory|mangled|decapitat\w+|disembowel\w+|dismember\w+|bled out|bleeding out",
                    r"(?:covered|riddled) (?:in|with) (?:fresh |deep )?(?:cuts|scars|blood|wounds|burns)",
                    r"cut (?:herself|himself|themselves|myself) so (?:deep|deeply|badly|bad)",
                    r"graphic (?:details|photos|images|video|pictures) of|(?:graphic|disturbing) (?:video|footage|photos?|images?) (?:circulating|of)|\d+ stitches|photo below|"
                    r"(?:both )?wrists (?:open|slit|cut|slashed)|found in the (?:bathtub|tub|garage|woods) with|goodbye video|suicide note (?:said|says|read)"),
          negated=True),
    _rule("DIST003", "Hopeless framing", "error",
          "Flags hopeless or romanticising statements: nothing helps, no way out, suicide as an "
          "answer or escape, better off dead, finally at peace.",
          "This framing can confirm hopelessness in a reader who is struggling.",
          "Hopeless framing tells a struggling reader that help does not work; presenting death "
          "as peace or escape romanticises it.",
          [("Services are so broken that I'd tell anyone in crisis not to bother with A&E.", "comment"),
           "Sometimes there is no way out and nothing helps.",
           "Suicide was the only escape from his pain.",
           "She's finally at peace now, free from the struggle.",
           "Debt is the real reason young dads take their own lives. Simple.",
           ("For him, ending his own life was an act of courage.", "comment"),
           "He had chosen his own release, and I honour that."],
          ["Depression lies: it can feel like nothing helps, but treatment works. Call or text 988.",
           "Money worries are one of many stressors linked to suicide risk; no single cause explains it. Call 988.",
           "There is hope, and there is help.",
           "Many people who once felt there was no way out are alive today. Call or text 988.",
           "Waits in A&E are long, and that is worth fixing; if you are in crisis, please still go, or call 116 123."],
          "Name the pain and point to hope and help: \"It can feel like nothing helps; support "
          "is available.\"",
          patterns=(r"(?<!felt\x20)(?<!thought\x20)(?<!believed\x20)(?:there is|there's|there was|is) no (?:hope|way out|point in living|escape|point anymore)",
                    # help is pointless, death cannot be prevented
                    r"(?:don't|do not|not to|no point|wouldn't) (?:even )?(?:bother|trying) (?:with |calling |ringing |going to |texting )?"
                    r"(?:a&e|the er|the ed|emergency|988|lifeline|samaritans|the crisis line|the hotline|crisis services|a crisis line|the gp)|"
                    r"(?:if|when) you(?:'re| are) in crisis,? don't (?:even )?bother|don't let anyone sell you hope|"
                    r"(?:nobody|no one) (?:who has|who's) (?:really |truly )?decided can be stopped|(?:nobody|no one) can (?:pull you back|stop them|stop someone who)|"
                    r"(?:past|beyond) the point of no return",
                    r"nothing (?:\w+ ){0,3}(?:seems to |ever )?(?:helps?|works?|will help|will ever help|gets better)",
                    r"(?:suicide|self-harm) is (?:a |an )?(?:rational|reasonable|logical|valid|understandable|brave|noble|selfish) (?:choice|response|option|decision|act|thing)",
                    r"(?:it|things|life) (?:never|won't ever|will never|doesn't ever|does not ever) gets? better",
                    r"(?:suicide|death|dying|killing (?:yourself|myself|himself|herself|themselves)) (?:is|was|seemed|felt|seems|feels) (?:like )?(?:the |a |their |his |her |my )?(?:only )?(?:answer|solution|way out|escape|option|relief|choice|way to)",
                    r"(?:at|found) peace now|finally (?:free|at peace|at rest|out of pain)|better off dead|"
                    r"(?:better|easier) off without (?:me|him|her|them|us)|nobody would (?:miss|care)|"
                    r"(?:nothing|no one|nobody) (?:left )?to live for|(?:a )?hopeless (?:case|cause)|"
                    r"beyond (?:help|saving)|can't be (?:helped|saved)|(?:gave|give|giving) up on (?:life|living)|"
                    r"only way out|the easy way out|(?:a )?permanent solution to",
                    r"(?:it|things|life) (?:\w+ )?(?:never|won't ever|will never) (?:\w+ )?gets? better|(?:is|was) a death sentence|"
                    r"(?:nobody|no one) (?:\w+ )?recovers|(?:not|never) (?:meant|going) to make it|(?:won't|will not|wouldn't|didn't) make it|"
                    r"(?:only|one) way to (?:stop|end) (?:the )?(?:hurting|pain|suffering)|(?:chose|chosen|choose|chooses|choosing) (?:your|his|her|their|my) (?:own )?(?:peace|rest|freedom|release)|"
                    r"(?:suicide|taking (?:your|their|one's|his|her) (?:own )?life|ending (?:your|their|one's|his|her) (?:own )?life) (?:is|was|can be|becomes|might be) "
                    r"(?:\w+ ){0,3}(?:act of (?:freedom|courage|bravery|love|self-love|autonomy|mercy|liberation)|freedom|liberation|release|mercy|a gift|"
                    r"(?:brave|courageous|noble|beautiful|peaceful|dignified) (?:choice|act|decision|option|thing|exit))|"
                    r"(?:is|are|was|were) (?:the (?:only |real |simple |main |one )?reason|why|what (?:drives|pushes|makes)) (?:\w+ ){0,3}"
                    r"(?:take their own lives|took (?:his|her|their) (?:own )?lives?|kill (?:themselves|himself|herself)|killed (?:himself|herself|themselves)|"
                    r"die by suicide|died by suicide|end (?:their|it)|suicide)|(?:drove|drives|pushed|pushes|caused) (?:him|her|them|people|\w+) to (?:suicide|take (?:his|her|their) (?:own )?life|kill (?:himself|herself|themselves))|"
                    r"too (?:beautiful|good|pure|gentle) for this world|learn(?:ing)? to live with wanting to die|"
                    r"another (?:kid|teen|child|one|student|life) gone|there(?:'ll| will) be more|(?:it's|its) time to accept (?:they|he|she)"),
          negated=True, educational=True),
    _rule("DIST004", "Sensational framing of suicide", "warning",
          "Flags sensational or outcome language about suicide: \"successful suicide\", "
          "\"failed attempt\", \"suicide epidemic\".",
          "This wording frames suicide sensationally or as a success or failure.",
          "Safe-messaging guidance asks to avoid calling a death a success, an attempt a failure, "
          "or suicide an epidemic or trend, which can make it seem common or achievable.",
          ["His third failed suicide attempt landed him in the ER.",
           "The town is facing a suicide epidemic."],
          ["She survived a suicide attempt and now speaks about recovery. 988 is there 24/7."],
          "Say \"died by suicide\" or \"survived a suicide attempt\"; describe rates plainly.",
          patterns=(r"(?:successful|completed|successfully completed) suicide|(?:succeeded|success) (?:in|at) (?:killing|suicide)",
                    r"(?:failed|unsuccessful|botched|failed suicide|unsuccessful suicide) (?:suicide )?attempts?",
                    r"suicide (?:epidemic|craze|wave|spree|trend|pact)|(?:skyrocketing|soaring|exploding) suicide",
                    r"(?:suicide|self-harm|overdose)s? (?:rates? )?(?:are|is) (?:exploding|skyrocketing|soaring|out of control)|only going to get worse|losing a (?:whole )?generation|(?:it's|it is) an epidemic"),
          suggest={r"(?:successful|completed|successfully completed) suicide": "died by suicide",
                   r".*attempts?": "survived a suicide attempt"},
          educational=True),
    _rule("DIST005", "Suicide without a crisis line", "warning",
          "Flags a post that talks about suicide or self-harm but gives no crisis resource "
          "(988, a crisis line, text line or emergency number).",
          "This post is about suicide but gives readers no crisis resource.",
          "Safe-messaging guidelines ask every post about suicide to include where to get help, "
          "such as 988 in the US.",
          ["Our community lost a young man to suicide this week. Check on your people.",
           "If you have suicidal thoughts, you are not alone."],
          ["September is suicide prevention month. Call or text 988 any time.",
           "Our group for anxiety starts Monday.",
           "Survivors of suicide loss: our monthly support group meets the first Thursday. Call "
           "for the location.",
           "Using a trans person's correct name is linked to lower depression and fewer suicidal thoughts.",
           "After a suicide loss, bring a casserole, say their loved one's name and keep showing up.",
           "A gentle language note: we say someone died by suicide, not 'committed'.",
           "Our hearts are with families who have lost someone to suicide. StandBy Support After Suicide offers free support.",
           "Asking a friend directly whether they are thinking about suicide does not plant the idea. "
           "Prevention line: 1-833-456-4566."],
          "Add a line like: \"If you are thinking about suicide, call or text 988.\"",
          matcher=_no_resource, contexts=PUBLIC, quoted=False, educational=True),
    _rule("DIST006", "Telling someone to harm themselves", "error",
          "Flags \"kys\", \"kill yourself\", \"go die\" and similar.",
          "This tells someone to harm or kill themselves.",
          "Telling anyone to harm themselves can push a reader at risk toward it.",
          ["Honestly just kys.", ("People like that should go die.", "reply")],
          ["Never tell anyone to \"kill yourself\", even as a joke."],
          "Remove it.",
          patterns=(r"kys|kill yourself|kill yourselves|go die|hope (?:you|he|she|they) dies?|"
                    r"(?:should|needs to|ought to) (?:just )?(?:kill|off) (?:themselves|himself|herself|yourself)|"
                    r"drink bleach|jump off a (?:bridge|cliff)",), negated=True),
    _rule("DIST007", "Joking about suicide or self-harm", "warning",
          "Flags suicide and self-harm used as a joke or exaggeration (\"this paperwork makes me "
          "want to kill myself\", \"shoot me now\").",
          "Joking about suicide trivialises it for readers who live with suicidal thoughts.",
          "Casual suicide jokes signal that suicidal feelings are not serious, which discourages "
          "readers from reaching out.",
          ["If I see one more insurance form I'm going to kill myself.",
           "Monday meetings, just shoot me now."],
          ["If you are thinking about killing yourself, call or text 988."],
          "Say how you feel without the suicide image: \"This paperwork is exhausting.\"",
          patterns=(r"(?:gonna|going to|will|i'll|i'd|i could|could|wanna|want to|make me want to|makes me want to|made me want to) (?:just )?(?:kill myself|jump off|slit my wrists|end it all|off myself)",
                    r"(?:makes?|made) me want to die|(?:just )?shoot me now|kill me now|(?:i'm|i am) dead(?=[.!,]| lol| haha)",),
          contexts=ALL, negated=True),
    _rule("DIST008", "Means and lethality", "error",
          "Flags a sentence that joins a means of suicide or self-harm (pills, a gun, a bridge, a "
          "dose) with death or lethality (\"would do it\", \"fatal\", \"no one survives\").",
          "This links a means of suicide to how lethal it is.",
          "Information about how lethal or reliable a means is can be used by a reader at risk; "
          "safe messaging leaves it out.",
          ["Fifty of those pills would do it, for sure.",
           "Teens self-harm with razors from pencil sharpeners because they're easy to hide.",
           "The bridge on Route 9 is high enough that no one survives the fall."],
          ["Store medications and firearms locked; reducing access to lethal means saves lives.",
           "If you find razors, stay calm, lock them away together and call 988 for guidance.",
           "Take your pills with food, and ask your pharmacist about interactions.",
           "A thread on supporting families after a non-fatal overdose: naloxone training helps.",
           "Research links MOUD with a large drop in overdose death risk, so we never require a taper."],
          "Talk about safety and help, never about how lethal a means is.",
          matcher=_method_context),
]


# --- a death or self-harm told with where, how, or as a release --------------------
# Stories of a death are written in endless ways ("walked into the sea off the head",
# "stepped in front of the 7:42", "jumped from the top level"); this rule weighs a
# sentence and its neighbours: a suicide or self-harm event together with a place or
# method detail, a romantic framing (free at last, braver, the kindest option) or a
# sensational one (sweeping, could be next, a wave), unless the passage is about
# prevention (barriers, lethal means, locking up, crisis lines).

_EVENT = Scanner(
    r"(?<![a-z0-9])(?:suicid\w*|killed (?:himself|herself|themselves|themself)|took (?:his|her|their) (?:own )?li(?:fe|ves)|"
    r"ended (?:his|her|their) (?:own )?li(?:fe|ves)|end(?:ing)? it(?: all)?|wanting out|want(?:s|ed)? out|"
    r"(?:choose|chose|choosing) to go|(?:people|those|the ones) who end it|we lost|in memory of|rip|rest easy|"
    r"jumped|stepped in front of|walked into the (?:sea|ocean|river|lake|water|traffic)|swallowed|"
    r"overdos\w*|hang(?:ed|ing)|self-harm\w*|self harm\w*|cutting|cuts|burning (?:herself|himself|themselves)|"
    r"wired to die|die young|on purpose)(?![a-z0-9])")
_DETAIL = _rx(
    r"(?<![a-z0-9])(?:bridge|railing|tracks|rail line|train|express|platform|top (?:level|floor)|parking (?:ramp|garage|deck)|"
    r"multi-?storey|stairwell|rooftop|roof|cliff|edge|the sea|the river|head|pylon|full speed|closet|rod|belt|rope|"
    r"noose|garage|exhaust|(?:\d+|a couple dozen|dozens?|thirty|twenty|forty|fifty|a handful of|a bottle of) "
    r"(?:of (?:her|his|their|my|the) )?(?:\w+ )?(?:pills|tablets|capsules)|pills with|with vodka|with alcohol|"
    r"stitches|forty|\d+ ?kg|grain elevator|(?:behind|off|from) the (?:\w+ )?(?:elevator|cliff|bridge|head|roof|overpass|tracks|building|car park|ramp|tower|balcony))(?![a-z0-9])")
_ROMANCE = _rx(
    r"(?<![a-z0-9])(?:free at last|finally free|rest easy|angel|peaceful|beautiful|brave(?:r| soul)?|relief|"
    r"kindest|understand why|can you blame|rational|only (?:choice|option|way)|genius|cursed|"
    r"who are we to|is a choice|the one people pick|basically guaranteed|guaranteed)(?![a-z0-9])")
_SENSATION = _rx(
    r"(?<![a-z0-9])(?:explod\w*|sweeping|contagion|could be next|is next|(?:tidal )?wave|fourth one|"
    r"terrify\w*|another celebrity|will keep happening|no school is safe)(?![a-z0-9])")
_PREVENTION = _rx(
    r"(?<![a-z0-9])(?:barriers?|nets?|fences?|means restriction|lethal means|prevent\w*|lock\w*|store|storage|"
    r"safety plan\w*|988|crisis (?:line|text|support)|lifeline|samaritans|helpline|reach out|safe messaging|"
    r"postvention|myths?|research shows|" + _LINES + r"|"
    r"is a symptom|tunnel vision|eap|supervisor|stress reaction|naloxone|narcan|"
    + _ASK_DIRECTLY + r"|(?:plant|put)s? (?:the|an|that) idea)(?![a-z0-9])")
_S_PREVENTION = Scanner(_PREVENTION)


def _told_with_detail(doc, context, settings):
    text = doc.leet
    if _S_PREVENTION.search(doc, text):
        return  # a post about prevention or with a crisis line: the other rules judge it
    for i, _ in first_per_sentence(doc, _EVENT, text):
        lo, hi = doc.around(i)
        s0, s1 = doc.sentences[i]
        if not (_DETAIL.search(text, s0, s1) or _ROMANCE.search(text, lo, hi)
                or _SENSATION.search(text, lo, hi)):
            continue
        yield s0, s1


RULES.append(_rule(
    "DIST009", "A death told with method, place or romance", "error",
    "Flags a sentence about a suicide or self-harm event that gives where or how (a bridge, "
    "the top level of a ramp, thirty pills), or frames it as a release, a brave choice or a "
    "spreading wave, unless the passage is about prevention.",
    "This tells a suicide or self-harm story in a way that can harm a reader in distress.",
    "Safe-messaging guidance asks for no method or location detail and no romantic or "
    "sensational framing: readers at risk identify with the story and its means.",
    ["The boy from the parking ramp downtown jumped from the top level last week.",
     "RIP to the brave soul who walked into the sea off the head last night. Free at last.",
     ("Sometimes I think the people who end it are just braver than the rest of us.", "reply"),
     "Teen suicide contagion is sweeping our town and no school is safe."],
    ["Barriers on bridges save lives: means restriction is one of the best-proven ways to "
     "prevent suicide.",
     "We lost a student this week. Counselors are in the library all week; call or text 988 "
     "any time.",
     "Self-harm is a way of coping with pain, not attention-seeking; it deserves a kind response.",
     "The train was late again, so I read on the platform.",
     "Free grief activity guides from the Dougy Center, including for kids grieving a death by suicide.",
     ("When people are in deep pain, suicide can seem like the only way out, but that tunnel "
      "vision is a symptom, not the truth.", "reply"),
     "Asking someone directly about suicide doesn't put the idea in their head; many feel relief at being asked."],
    "Share the person's life, not the method; add where to get help (988).",
    matcher=_told_with_detail, quoted=False, negated=False))
