"""Victim blaming: blame toward survivors of sexual assault and abuse."""

from __future__ import annotations

from .._regex import compile as _rx

from ..scan import Scanner
from ._common import A, ALL, first_per_sentence, make_rule

SRC = f"{A[11]}; RAINN and trauma-informed care principles"
WHY = ("The article names posts that blame survivors of sexual assault among those that need a "
       "sincere public apology, not just removal. Survivors, who are among your readers and "
       "clients, hear these words as the reason they stay silent. ")

_WHO = r"(?:she|he|they|you|her|him|them|the victim|the survivor|the girl|the woman|women|girls)"


def _rule(rid, title, what, message, why, flag, clean, instead, **kw):
    return make_rule(id=rid, category="victim-blaming", severity="error", title=title,
                     message=message, why=WHY + why, source=SRC, what=what, instead=instead,
                     flag=flag, clean=clean, contexts=ALL, negated=True, educational=True, **kw)


RULES = [
    _rule("BLAME001", "\"Asking for it\"",
          "Flags \"asking for it\", \"had it coming\", \"brought it on herself\", \"deserved it\".",
          "This says the survivor caused or deserved the assault.",
          "Only the person who commits an assault is responsible for it.",
          ["Dressed like that, she was asking for it.", "Honestly he had it coming."],
          ["No one is ever 'asking for it'.", "Nobody asks for it. Ever."],
          "Place responsibility on the person who caused harm.",
          patterns=(r"(?:was|were|is|are|'s|'re|kind of|kinda|basically|totally|just) ask(?:ing|in'?) for it|"
                    r"had it coming|brought it (?:on|upon) (?:herself|himself|themselves|yourself)|"
                    r"deserved (?:it|what (?:happened|she got|he got|they got)|to be (?:raped|assaulted|abused|hit|beaten|attacked))|"
                    r"got what (?:she|he|they) deserved",)),
    _rule("BLAME002", "Blaming clothing, drinking or choices",
          "Flags questions and comments about what a survivor wore, drank or did: \"what was she "
          "wearing\", \"she shouldn't have been drinking\", \"she led him on\".",
          "This shifts responsibility for an assault onto the survivor's choices.",
          "Clothing, alcohol and flirting do not cause assault; focusing on them is the most "
          "common form of victim blaming.",
          ["But what was she wearing?", "She shouldn't have been drinking that much.",
           "Tips for uni students: avoid drinking in a way that invites unwanted advances.",
           "Girls, never post photos that attract the wrong kind of attention.",
           "Well, she did go back to his place.",
           "From the shelter: abusers look for women with low self-esteem. Work on your confidence and you won't be a target.",
           ("Ladies, cover up, stay sober and you'll be fine.", "comment")],
          ["\"What was she wearing?\" is a victim-blaming question.",
           "Stick together at the festival and look out for each other; if anything happens, it is never your fault.",
           "Whatever anyone wore or drank, it never invites assault; the person who harmed you chose to.",
           "Clothing does not cause assault; people who assault do."],
          "Ask what support the survivor needs.",
          patterns=(r"what (?:was|were|is|are) " + _WHO + r" wearing",
                    r"(?:dressed|dressing|dresses|dress) (?:like (?:that|a slut|a whore)|so provocatively|provocatively)",
                    r"(?:shouldn't|should not|should never|should've not|shouldnt) have (?:been drinking|gotten drunk|got drunk|worn|gone|walked|been out|dressed|flirted|gone home with|gone back to|been alone|trusted)",
                    r"(?:she|he|they) (?:was|were) (?:drunk|wasted)(?: anyway| though| too| so)|(?:she|he|they) (?:was|were) (?:flirting|all over (?:him|her|them))|what did (?:she|he|they|you) expect",
                    r"(?:don't|do not|shouldn't) dress for it|dress(?:ed|ing)? for (?:it|attention)|if you don't want (?:the )?attention|"
                    r"(?:taught|teach|teaching) (?:their |your |our )?(?:daughters|girls|women|kids|sons) (?:not to|to not)|"
                    r"(?:girls|women|ladies) (?:need to|should|have to|must) (?:stop|not|learn)|can't be (?:shocked|surprised|upset) when|"
                    r"(?:both|they were both) drunk|it's on both of them|on both of them",
                    r"led (?:him|her|them) on|(?:did|does) go back to (?:his|her|their) (?:place|room|apartment)",
                    r"(?:(?:don't|do not|never|avoid|stop) )?(?:dress\w*|act\w*|behav\w*|drink\w*|flirt\w*|post\w*)"
                    r"[^.!?\n]{0,30}(?:invites?|inviting|attracts?|attracting|asks? for|asking for|provokes?|provoking|encourages?) "
                    r"(?:the )?(?:wrong |unwanted |that kind of |male |bad |the wrong kind of )?(?:attention|trouble|advances|harassment|predators)",
                    r"(?:girls|women) who (?:dress|drink|party|go out)[^.!?]{0,40}(?:expect|asking|deserve|what do they)",
                    # safety advice that promises the victim can prevent it
                    r"(?:you|they|she|you'll|you will) (?:won't|will not|wouldn't|would not|won't ever) be (?:a |an )?(?:easy )?targets?|"
                    r"(?:cover up|stay sober|don't drink|dress (?:modestly|sensibly|appropriately)|stick together)[^.!?]{0,40}(?:you'll|you will|and you'll) be (?:fine|safe|ok|okay)|"
                    r"(?:could|would|might) (?:be|have been) (?:prevented|avoided) if (?:\w+ ){0,3}(?:stopped|didn't|did not|hadn't|had not|weren't|wasn't|drank less|stopped drinking)|"
                    r"(?:the ones|those|women|people) who get (?:re-?victimi[sz]ed|assaulted|abused|attacked|raped) (?:again )?(?:are|were) (?:usually |always |often |mostly )?"
                    r"(?:the ones|those) who")),
    _rule("BLAME003", "\"Why didn't she leave?\"",
          "Flags \"why didn't she leave / report / fight back / say no\", \"why does she stay\".",
          "This questions the survivor instead of the abuser.",
          "Survivors stay, freeze or wait for reasons rooted in fear, safety and trauma; the "
          "question implies they share the blame.",
          ["Why didn't she just leave him?", "If it was that bad, why did she stay?",
           "Women who keep going back are choosing the chaos, sorry.",
           "Recovery means accepting your role in being abused.",
           "Why did she wait ten years to report it?"],
          ["People ask \"why didn't she leave?\" instead of \"why did he abuse her?\"",
           "'Why didn't she leave?' is the wrong question. Ask what made leaving dangerous.",
           "Leaving an abusive partner is the most dangerous time; safety planning helps."],
          "Ask what made leaving unsafe or hard, and what support would help.",
          patterns=(r"why (?:didn't|did not|didnt|doesn't|does not|don't|wouldn't) " + _WHO + r" (?:just )?(?:leave|report|fight back|say no|scream|tell (?:anyone|someone|anybody)|go to the police|call the police|stop (?:it|him|her))",
                    r"why (?:did|does|do|would|will) " + _WHO + r" (?:stay|go back|keep going back|wait (?:so long|years|\w+ years|until))",
                    r"(?:she|he|they|you) (?:could|should) (?:have|'ve) (?:just )?(?:left|said no|fought back|fought|reported it|screamed|run|known)",
                    r"(?:staying|to stay|stays|stayed)(?: with (?:an? |the |your |her |his )?(?:abuser|abusive \w+|him|her|them))? (?:is|was) (?:a|her|his|their|your) choice|"
                    r"(?:that's|that is|it's|it is) on (?:you|her|him|them)(?: now)?(?=[.!,]| for)|(?:no one|nobody) forced (?:her|him|them|you) to stay|"
                    r"if (?:he|she|they) hits? you and you stay|knew what (?:he|she|they) (?:was|were) like|knew what (?:she|he|they) (?:was|were) getting into",
                    r"if it (?:was|were) (?:really )?(?:rape|abuse|that bad|so bad)",
                    r"(?:survivors|victims|women|people|she|he|they|you) who (?:stay|go back|return|don't leave|keep going back)[^.!?]{0,30}? "
                    r"(?:are|is) (?:choosing|asking for|enabling|complicit in|responsible for|to blame for)",
                    r"(?:own|owning|accept|accepting|take responsibility for|acknowledge|admit|admitting|look at) (?:your|her|his|their) (?:own )?"
                    r"(?:part|role|share|responsibility) in (?:what happened|the abuse|the assault|it|being (?:abused|assaulted|hurt))")),
    _rule("BLAME004", "Doubting survivors",
          "Flags \"cried rape\", \"false accusations are everywhere\", \"doing it for attention\", "
          "\"regretted sex\", \"boys will be boys\", \"partly her fault\".",
          "This casts doubt or shared blame on survivors.",
          "False reports are rare; doubt and shared-blame talk is what keeps survivors from "
          "telling anyone.",
          [("If it really happened, why wait three years to say so?", "reply"),
           "She probably just cried rape for attention.", "Boys will be boys.",
           ("He only came forward after the divorce. Kinda convenient, right?", "like"),
           "If they waited twenty years to report, makes you wonder.",
           "It was partly her fault for going there."],
          ["Survivors are often doubted; believing them is the first step.",
           "It is never the survivor's fault."],
          "Believe and support: \"It was not your fault.\"",
          patterns=(r"cr(?:y|ied|ies|ying) rape|false (?:rape )?(?:accusations?|allegations?|reports?) (?:are|is) (?:so )?(?:common|everywhere|rampant|on the rise)",
                    r"(?:doing|saying|making it up|lying) (?:it )?(?:just )?for (?:attention|money|clout)|"
                    r"regret(?:ted|s)? (?:the )?sex|regret(?:ted|s)? sleeping with|it takes two|boys will be boys",
                    r"(?:partly|partially|half|also|at least partly|somewhat|equally) (?:her|his|their|your) fault|"
                    r"(?:she|he|they) put (?:herself|himself|themselves) in (?:that|a bad|a dangerous|that kind of) (?:situation|position)|"
                    r"should(?:'ve| have) known better|let it happen|(?:she|he|they) (?:wanted|enjoyed|liked) it",
                    r"(?:exaggerating|lying|making (?:it|this) up|crying|doing (?:it|this)|saying (?:it|this))(?: \w+)? for (?:attention|money|clout|a book deal|fame)|"
                    r"cr(?:y|ied|ies|ying) (?:rape|assault|abuse|wolf)|(?:accusations?|allegations?|stories) always (?:show up|come out|appear|surface)|funny how (?:these|the) (?:accusations|allegations|stories)|"
                    r"(?:wasn't|was not|isn't|not) (?:exactly )?(?:innocent|a saint)|know what (?:they're|they are|she's|he's|she is|he is) doing|"
                    r"(?:married couples|husbands|spouses|a husband) can't (?:really )?(?:assault|rape)|agreed to (?:this|it|that) when (?:she|he) said i do|(?:marital|wifely) duty|"
                    r"(?:he|she) got lucky|that's not (?:really )?(?:abuse|assault|rape)|(?:did|didn't) (?:she|he) (?:just )?(?:want|like) the attention",
                    r"(?:(?:didn't|did not|never|wait(?:ed)? [a-z ]{0,20}? to) )?(?:report(?:ed|ing)?|came forward|come forward|coming forward|accus\w+|allegations?|spoke up|speak(?:ing)? up|told anyone)"
                    r"[^!?\n]{0,60}(?:you (?:have|got|gotta) to wonder|makes? (?:you|me|one) wonder|(?:pretty|kinda|a bit|bit|awfully|very|rather) "
                    r"(?:suspicious|convenient|fishy)|why now|timing is (?:interesting|convenient|suspicious))",
                    # "if it really happened, why wait three years?", "she stayed for the money"
                    r"if (?:it|that|this|any of (?:it|this)) (?:really|actually|truly|even) happened|"
                    r"(?:she|he|they) stayed for the (?:money|house|lifestyle|kids' school|status)")),
]


# --- endorsing someone else's blaming words ---------------------------------------
# A quote is usually a mention ("'Why didn't she leave?' is a blaming question"), but a
# quote-post that agrees with it ("Couldn't have said it better") repeats the blame.

_ENDORSE = Scanner(
    r"(?<![a-z0-9])(?:couldn't have said it better|could not have said it better|so true|exactly this|"
    r"well said|preach|100% this|this is the truth|hard truth|needed to be said|needs to be said|"
    r"spot on|nailed it|say it louder|facts)(?![a-z])")
_ENDORSE_EMOJI = "\U0001F447\U0001F44F\U0001F64C\U0001F4AF"  # pointing down, clapping, raised hands, 100
_THIS = _rx(r"this\b")


def _endorses(doc) -> bool:
    """Words of approval, a line that starts with "This", or an approving emoji."""
    norm = doc.norm
    if _ENDORSE.search(doc, norm) is not None:
        return True
    if any(_THIS.match(line.lstrip()) for line in norm.split("\n")):
        return True
    return any(ch in norm for ch in _ENDORSE_EMOJI)
_REFUTE = _rx(
    r"(?<![a-z])(?:myths?|not true|untrue|false|wrong|harmful|blaming|victim-blaming|never (?:the|their|her|his) fault|"
    r"stop saying|don't say|please don't|no one|nobody|unpack|let's talk about why)(?![a-z])")
_BLAME_RX: list = []  # every blaming pattern, compiled when a quote is first endorsed


def _blame_rx() -> list:
    if not _BLAME_RX:  # rare (quote-posts with approval): not worth compiling at import
        _BLAME_RX.extend(_rx(r"(?<![a-z0-9])(?:" + p.replace(" ", r"\s+") + r")(?![a-z0-9])")
                         for r in RULES for p in r.patterns)
    return _BLAME_RX


def _endorsed_quote(doc, context, settings):
    text = doc.leet
    if not doc.quotes or not _endorses(doc) or _REFUTE.search(doc.norm):
        return
    # only a blaming line inside the quote counts: look only there
    spans = [q for q in doc.quotes if q[0] >= 0]
    for rx in _blame_rx():
        for a, b in spans:
            for m in rx.finditer(text, a, b):
                if doc.in_quotes(m.start(), m.end()):
                    yield m.span()


RULES.append(_rule(
    "BLAME005", "Endorsing a blaming quote",
    "Flags a quoted victim-blaming line shared with approval (\"Couldn't have said it "
    "better\", \"So true\", a pointing emoji), as in quote-posts and retweets.",
    "Sharing a blaming quote with approval repeats the blame in your own voice.",
    "A quote-post or retweet with agreement is an endorsement; readers hear the blame as yours.",
    ["So true: \"She should have known better than to walk home alone.\"",
     ("Well said. \"If you stay, that's on you.\"", "comment"),
     "This \U0001F447\n\"Women who drink at parties are asking for it.\""],
    ["\"Why didn't she just leave?\" is a myth-based question; leaving is the most dangerous time.",
     "A survivor told us she kept hearing \"what were you wearing?\" Let's talk about why that hurts.",
     "So true: healing is not linear."],
    "Do not share it; if you comment, say clearly that the survivor is not to blame.",
    matcher=_endorsed_quote, quoted=False))


# --- responsibility placed on a survivor, in words the phrase rules do not know ----
# Blame is phrased endlessly ("at some point you're choosing it", "she knew exactly what
# she was doing", "own their part"), so this rule weighs a sentence and its neighbour:
# responsibility or choice language, aimed at the person harmed, in a passage about
# assault, abuse or the situations people are blamed for (drinking, clothing, going back).

_RESP = Scanner(
    r"(?<![a-z0-9])(?:could (?:all )?have been avoided|(?:is|was|'s) (?:partly |also )?on (?:you|her|them|him)|on her (?:too|as much)|"
    r"easier targets?|set (?:them|her|themselves) up|part of the life|the life (?:she|they) chose|made (?:a|her|their) (?:decision|choice)|"
    r"(?:adults|women|girls|people) make choices|choosing (?:him|this|it)|talk about (?:choices|personal responsibility)|"
    r"hand(?:ed|ing|s)? (?:away|them|him) (?:your|her|their|permission)|take responsibility|own (?:some of )?(?:this|it)|leave or own it|"
    r"stop putting themselves|put(?:s|ting)? themselves in|(?:teach|tell) (?:our|young|your) (?:daughters|girls|women|sons) (?:better|not to)|"
    r"don't act shocked|asking for trouble|you've taken (?:that|the|a) risk|accept (?:the|that) risk|falsely accused|"
    r"regret(?:s|ted)? (?:their|a|her) (?:hookups?|night|night out)|exaggerat\w+|wind (?:their|her) partners? up|"
    r"two sides|both sides|doesn't add up|can't be that scared|trauma doesn't look like|liked the lifestyle|"
    r"(?:accept|take|own|carry|share|bear|owns?) (?:some |part of the |their |her |his |your |a |the )?"
    r"(?:responsibility|blame|part)|partly (?:responsible|to blame)|(?:some|part of the|a share of the) blame|"
    r"personal responsibility|(?:is|are|'re|was|were|keeps?|kept) (?:choosing|enabling)|choosing (?:it|the abuse|this|that)|"
    r"chose (?:it|this|that|him|to stay)|(?:a|the) (?:pattern|choice) (?:they're|she's|he's|you're|they are|she is|you are) "
    r"(?:choosing|making)|freezing is a choice|what did (?:she|he|they|you) (?:think|expect)|"
    r"knew (?:exactly |full well )?(?:what|about|his|her)|playing with fire|(?:invite|invites|inviting) "
    r"(?:the wrong|trouble|it)|provok\w*|le[ae]d (?:a man|him|them|someone|men|guys) on|"
    r"should(?:n't)? (?:of|have) (?:known|left|screamed|fought|gone|worn|said|been|ran|run)|"
    r"would have left|wouldn't have (?:kept|gone|stayed)|zero sympathy|no sympathy|shouldn't be (?:shocked|surprised)|"
    r"(?:acting|act|then) surprised|(?:usually|always) the ones who|another side|not the whole story|"
    r"(?:hard|harsh) (?:truth|but true)|your picker|hold the line|comes too late|really (?:just )?bad dates|"
    r"regretted the deal|(?:how much|whether) (?:of )?it was really|laugh it off|would have said yes|"
    r"(?:she|he|they) (?:was|were|is|are) (?:really )?(?:the one|the ones) who)(?![a-z0-9])")
_ABUSE_CTX = _rx(
    r"(?<![a-z0-9])(?:assault\w*|abus\w*|rap(?:e|ed|es|ist)|harass\w*|predators?|violence|dv|consent\w*|"
    r"non-?consensual|allegations?|victims?|survivors?|drunk|drinks?|drinking|drank|sober|party|parties|frat|bars?|"
    r"strangers?|nudes|(?:sending|sent) (?:him |them )?(?:pictures|photos|pics)|excus(?:e|ing) (?:him|them|what he did)|"
    r"(?:his|a stranger's) (?:place|room|hotel room|dorm|truck|car|apartment|house)|went back|going back|"
    r"kept going back|keep going back|stay(?:ed|s|ing)? (?:with him|for)|dress\w*|skirts?|crop top|bikini|"
    r"upstairs|flirt\w*|lead (?:a man|him) on|led (?:him|them) on|temper|red flags|physical|hit her|"
    r"beat\w*|attacked|the night|hookups?|accused|photos?|pictures|pills|blackout|black out|wasted|high|"
    r"restraining order|let (?:him|them) back|boyfriend|violent|bruises|lifestyle|favours|favors|texting him|"
    r"dv|domestic|offen[cs]es?|complainant|allegations?|cops|police)(?![a-z0-9])")
_SURVIVOR = _rx(
    r"(?<![a-z0-9])(?:she|her|herself|women|woman|girls?|ladies|wives|victims?|survivors?|you|your sister|"
    r"your daughter|my sister|my daughter|partner|they|them|actresses|men who are assaulted|mums?|moms?|daughters?|"
    r"teens?|complainant|young women|cousin|grown women|people|survivors)(?![a-z0-9])")
_NOT_BLAME = _rx(
    r"(?<![a-z0-9])(?:not (?:her|their|your|his) fault|never (?:her|their|your|his|the survivor's|the victim's) fault|"
    r"no one (?:ever )?(?:asks|deserves)|nobody (?:ever )?(?:asks|deserves)|is never (?:a|the) (?:choice|excuse)|"
    r"the abuser|the perpetrator|the person who (?:hurt|harmed|assaulted|abused)|only the person who|"
    r"victim[- ]blaming|blames? (?:survivors|victims)|myth|believe (?:her|survivors|them))(?![a-z0-9])")


def _responsibility(doc, context, settings):
    norm = doc.norm
    for i, m in first_per_sentence(doc, _RESP, norm):
        lo, hi = doc.around(i)
        if not _ABUSE_CTX.search(norm, lo, hi) or not _SURVIVOR.search(norm, lo, hi):
            continue
        if _NOT_BLAME.search(norm, lo, hi):
            continue
        yield m.start(), m.end()


RULES.append(_rule(
    "BLAME006", "Responsibility placed on a survivor",
    "Flags responsibility or choice language (\"accept some responsibility\", \"at some point "
    "she's choosing it\", \"she knew exactly what she was doing\", \"playing with fire\") in a "
    "passage about assault or abuse, aimed at the person harmed.",
    "This puts responsibility for assault or abuse on the person who was harmed.",
    "Framed as safety advice or a hard truth, blame still tells survivors who read it that "
    "they share the fault and will not be believed.",
    ["Safety tip for young women: if you drink that much and go home with a stranger, you have "
     "to accept some responsibility for what happens next.",
     ("Not blaming anyone, but if your sister stayed with him for eight years, some part of her "
      "was choosing it.", "reply"),
     "If you get drunk at a frat party in a crop top, you're playing with fire.",
     ("She was 15 and sending him pictures. I'm not excusing him, but she knew exactly what she "
      "was doing.", "comment"),
     "Half the DV admissions I see could have been avoided if women chose better partners.",
     ("Both sides have a point: yes, he shouldn't have done it, but she did go back to his hotel room at 2am.", "reply")],
    ["Survivors often stay because leaving is dangerous; it is never their fault.",
     "Drinking at a party is not consent, and the only person responsible for an assault is "
     "the person who commits it.",
     "Personal responsibility in recovery means showing up for your own sessions.",
     "She kept going back for years, and every time we made a new safety plan together. "
     "That is what leaving really looks like."],
    "Name the harm and who caused it; offer support and resources.",
    matcher=_responsibility))
