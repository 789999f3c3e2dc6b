"""Political statements that reveal partisan leanings."""

from __future__ import annotations

from .._regex import compile as _rx
from ._common import A, ALL, make_rule

SRC = f"{A[11]}; {A[7]}"
WHY = ("The article's example of a regretted post is a comment that revealed the therapist's "
       "political leanings and offended a client. Clients across the spectrum need to feel "
       "your office is theirs too. ")


def _rule(rid, title, what, message, why, flag, clean, instead, **kw):
    return make_rule(id=rid, category="political", severity="warning", title=title,
                     message=message, why=WHY + why, source=SRC, what=what, instead=instead,
                     flag=flag, clean=clean, contexts=ALL, quoted=False, **kw)


_POLITICIANS = (r"(?:donald )?trump(?:'s)?|(?:joe )?biden(?:'s)?|kamala(?: harris)?|harris administration|"
                r"(?:barack )?obama(?:'s)?|pelosi|aoc|desantis|mcconnell|schumer|(?:bernie )?sanders|"
                r"jd vance|vance|newsom|rfk jr|mike pence|pence|hillary(?: clinton)?|marjorie taylor greene|"
                r"mtg|ted cruz|lindsey graham|mitch|the trump administration|the biden administration|"
                r"boebert|gavin newsom|greg abbott|ron desantis|elon musk's doge|doge cuts|warren|elizabeth warren|cruz|"
                r"albanese|albo|dutton|luxon|hipkins|ardern|poilievre|trudeau|starmer|sunak|farage|boris johnson|"
                r"stefanson|kinew|doug ford|danielle smith|beto|seymour|carney|"
                r"orange man|feel the bern|(?:senator|sen\.|congressman|congresswoman|rep\.|governor|gov\.|speaker) (?!(?:of|at|for|from|on|in|to|with|and|or|might|may|can|could|should|series|panel|event|line|list|tonight|today)(?![a-z]))[a-z]+")

# a sentence that takes no side: "whoever gets your vote", "all parties"
_EVEN_HANDED = _rx(
    r"(?<![a-z])(?:whoever (?:gets |earns )?(?:your vote|you vote for)|whichever (?:party|candidate)|"
    r"regardless of (?:who|which party|how) you vote|(?:all|every|each) (?:of the )?(?:major )?"
    r"(?:parties|party|candidates)|across the (?:political )?spectrum|non-?partisan|"
    r"(?:don't|do not|never|won't|will not) endorse (?:any|a) (?:party|candidate)|every party's)(?![a-z])")


def _even_handed(doc, s: int, e: int) -> bool:
    s0, s1 = doc.sentence_of(s)
    return _EVEN_HANDED.search(doc.leet, s0, s1) is not None


RULES = [
    _rule("POL001", "Politicians",
          "Flags named politicians and administrations.",
          "Naming politicians on the practice page signals your political leanings.",
          "Even a passing comment about a politician tells clients where you stand.",
          ["Trump's latest speech was a disgrace.", ("Biden has been a disaster.", "like")],
          ["Election season can raise anxiety; here are grounding tips.",
           "The president of our state association spoke at the conference.",
           "Family recovery night at the community center: supper at 6, guest speaker at 7.",
           ("Gently: your post about the senator might read as a diagnosis. Worth another look?", "message")],
          "Talk about the mental-health effect (stress, anxiety) without naming sides.",
          patterns=(_POLITICIANS,)),
    _rule("POL002", "Parties and partisan labels",
          "Flags parties and partisan labels: Democrats, Republicans, GOP, MAGA, libs, leftists, "
          "woke mob, far right.",
          "Partisan labels reveal your political leanings.",
          "Partisan labels sort readers into sides; some of them are your clients.",
          ["Republicans don't care about mental health.", "The woke mob is at it again.",
           "Finally, a Labour government that funds talking therapies.", "The Tories have gutted the NHS.",
           "Typical libtards."],
          ["Conservative estimates suggest one in five adults has a mental illness.",
           "Labour can be long; our perinatal team supports you before and after.",
           "I woke up grateful today.",
           "Te Pāti Māori, Greens, National, Labour, ACT, NZ First: whoever gets your vote, please use it.",
           "Sinn Féin, Fianna Fáil, Plaid, Reform: we don't endorse any party; we'll share every party's pledges side by side."],
          "Leave party labels out of the practice page.",
          patterns=(r"democrats?|republicans?|gop|dems|repubs|libs|libtards?|leftists?|rightwingers?|"
                    r"liberals|conservatives|progressives|maga|antifa|trumpers|trumpists|snowflakes|"
                    r"(?:the )?(?:far|radical|loony|extreme|alt)[- ](?:left|right)|(?:left|right)[- ]wing(?:ers?)?|"
                    r"woke (?:mob|agenda|ideology|culture|left|nonsense|liberals|people|crowd)|wokeness|anti-woke|go woke|"
                    r"socialists|communists|fascists|democrat party|republican party|red states|blue states|libertarians?|green party|"
                    r"liberal (?:snowflake|media|agenda|tears|elites?|nonsense|take)|snowflakes?|taxation is theft",
                    r"#\w*(?:maga|resist|trump|biden|kamala|bluewave|redwave|votered|voteblue)\w*",
                    # parties outside the US: "a Labour government", "the Tories", "Reform UK"
                    r"labou?r (?:government|party|mps?|leader|voters|manifesto|councillors?|victory|win)|tory|tories|"
                    r"lib dems?|reform uk|ukip|the snp|the ndp|the greens(?= (?:party|mps?|candidates?|leader|policy|policies|have|are|were|will|won|would|voted|want|say|said|promised|pledged)(?![a-z]))|one nation|(?:liberal|labor|green|conservative) party|"
                    r"sinn f[eé]in|fine gael|fianna f[aá]il|te p[aā]ti m[aā]ori|act party|the nationals|the coalition government|"
                    r"(?:vote|voting|voted|voter|voters) (?:for )?(?:labou?r|reform|the greens|national|liberal|conservative|tory|"
                    r"sinn f[eé]in|fine gael|fianna f[aá]il|the ndp|the liberals|the conservatives)|"
                    r"#vote\w+|lifelong (?:\w+ )?(?:voter|progressive|conservative|liberal|democrat|republican)|"
                    r"(?:proud|staunch|card-carrying|die-hard) (?:progressive|conservative|liberal|democrat|republican|leftie|lefty)",
                    # Australian, NZ and Canadian parties; party membership and colours
                    r"the lnp|lnp|the nats|teal independents?|the teals|the pcs|(?:stefanson|manitoba|ontario|alberta|ford) pcs|"
                    r"(?:put|putting|number) (?:the )?(?:lnp|labor|labour|liberals?|greens|nationals|national|one nation|coalition|libs|pcs|ndp|tories) last|"
                    r"(?:the )?coalition (?:left|government|cuts|gutted|wrecked)|(?:when|while|since|under) national (?:is|was|are|were|got) in|"
                    r"(?:renewed|renewing|cancelled|joined) my (?:party )?membership|(?:party|lnp|labor|labour|tory|liberal|ndp|green) membership|"
                    r"(?:red|blue|green) rosette|(?:red|blue) through and through|brexit did|that lot (?:in|have|has|are)|fourteen years of (?:that lot|tory)",),
          innocent=_even_handed),
    _rule("POL003", "Campaign and election slogans",
          "Flags voting instructions and slogans: vote blue, vote them out, MAGA, lock her up, "
          "stop the steal, #resist.",
          "Campaign slogans are partisan statements.",
          "Telling followers how to vote is partisan; it has no place on a practice page.",
          ["Vote blue in November!", "Lock her up.", "Stop the steal!",
           "Spent Saturday knocking on doors for the Okafor for Congress campaign.",
           ("Proud to phone bank for the mayoral campaign this week.", "comment")],
          ["Remember to vote, and take care of yourself on election night.",
           "Our suicide prevention awareness campaign needs volunteers for the 5K.",
           "Our office is a polling place; parking may be limited.",
           "The freeze response is common during assault: not consent and not a failure to resist."],
          "Non-partisan encouragement to vote is fine; leave out sides.",
          patterns=(r"vote (?:for (?:trump|biden|harris|kamala|democrats|republicans|the democrat|the republican)|"
                    r"against (?:trump|biden|harris|democrats|republicans)|blue|red|them out|him out|her out|democrat|republican|maga)",
                    r"#resist\w*|#votebluetosaveamerica",
                    r"vote (?:them|him|her|'?em|these clowns|the bums) (?:all )?out|(?:this|the current) admin (?:is|has)|"
                    r"(?:blue|red) wave|resist(?=!)|lock (?:her|him) up|make america great again|let's go brandon|fjb|"
                    r"(?:stolen|rigged) election|stop the steal|build the wall|defund the police|abolish ice|"
                    r"from the river to the sea|drain the swamp|not my president|trump 2024|trump 2028|"
                    r"(?:give (?:them|him|her) your|vote (?:them|\w+)) (?:no\.? ?1|number one|first preference)|party vote (?:them|for)|"
                    r"change the government|(?:remember|remember that|keep that in mind) (?:this |in |come )?(?:november|on election day|at the polls|when you vote)|"
                    r"(?:another|four more) (?:four )?years of (?:that man|him|her|them|this)|(?:my|our) (?:guy|candidate|party) is (?:down|up|winning|losing)|"
                    r"knock(?:ing)? doors for|the (?:\w+ )?slate",
                    # campaigning for a candidate
                    r"(?:volunteer\w*|canvass\w*|phone ?bank\w*|door-?knock\w*|knock(?:ed|ing)? (?:on )?doors|donat\w*|campaign\w*) "
                    r"(?:for|with|on) (?:the )?(?:[a-z]+ ){0,3}(?:for (?:senate|congress|governor|mayor|president|council|parliament|office|re-?election)|"
                    r"(?:re-?election|election|presidential|senate|mayoral|gubernatorial|congressional|council|leadership) campaign|campaign trail)|"
                    # "the Smith for Senate campaign": the span starts at "for" (a leading
                    # any-word would make every word a place this regex must be tried)
                    r"for (?:senate|congress|governor|president|mayor)(?: 20\d\d)? campaign",
                    # the campaign in passing: a yard sign, a rally, a fundraiser, a flipped county
                    r"yard sign|(?:hosting|host|attending|went to|was at|at) (?:a |the )?(?:fundraiser|rally) for|(?:campaign|election|maga) rally|"
                    r"door-?knocking|phone ?banking for|(?:county|seat|district|state) (?:finally )?flipped|flip (?:the|this|our) (?:seat|county|district|state)|"
                    r"primary challenger|axe the tax|#voteyes|#voteno|#auspol|#cdnpoli|#nzpol|#toriesout|"
                    r"remember (?:all of )?(?:this|that) (?:in|come) (?:november|may|october|the election)|roll on (?:next )?(?:may|november|the election)|"
                    r"(?:only )?one (?:party|side) (?:keeps|treats|always|blocks|kills|killed|refuses|voted)")),
    _rule("POL004", "Hot-button policy stances",
          "Flags stances on divisive policy: abortion, guns, immigration, the administration.",
          "This takes a side on a divisive political issue.",
          "Stances on divisive issues reveal leanings and can make clients who disagree feel "
          "unwelcome, even when you mean to advocate.",
          ["Abortion is murder.", "Gun control now!",
           "So relieved about the new prime minister. Someone who finally gets it.",
           ("Good riddance to the old administration.", "like"),
           "This administration is destroying access to care."],
          ["Pregnancy loss is grief too; our support group meets Tuesdays.",
           "The governor's office announced new crisis line funding; here is how to call 988.",
           "Glad to see so many of you at the open house.",
           "Firearm safety: storing guns locked reduces suicide risk. Call or text 988."],
          "Focus on clients' wellbeing and resources rather than the policy fight.",
          patterns=(r"pro-?life|pro-?choice|abortion is (?:murder|healthcare|health care|a right|a sin|wrong)|roe v\.? wade|"
                    r"(?:second|2nd) amendment|gun (?:control|grabbers|rights|nuts|lobby)|ban (?:all )?(?:guns|assault weapons)|"
                    r"illegal aliens|illegals|open borders|border crisis|mass deportations?|"
                    r"(?:overturn\w*|overturning|restore|restoring|codify|codifying) roe|supreme court (?:finally )?(?:overturned|struck down|ruled)|medicare for all|"
                    r"eat the rich|tax the rich|climate (?:hoax|scam|deniers)|back the blue|blue lives matter|all lives matter|"
                    r"(?:this|the current|current) (?:administration|regime|government)(?:'s)? (?:is|has|keeps|wants|doesn't|won't|can't|just|cuts|policies|policy)|"
                    r"(?:under|thanks to) (?:this|the current|the last|the previous) (?:administration|president|regime|government)|"
                    r"(?:cuts|grant cuts|policies) from (?:this|the current) (?:administration|government)|under a government that",
                    # relief or praise for who holds office
                    r"(?:thank (?:goodness|god|heavens)|thankfully|so glad|glad|grateful|relieved|so happy|good riddance|finally) "
                    r"(?:\w+ ){0,3}(?:for |to |we have |we've got |about )?(?:the |a |our |this )?(?:new |current |incoming |outgoing |former |old )?"
                    r"(?:governor|president|prime minister|premier|mayor|senator|administration|government|congress|parliament)(?![a-z])(?!'s (?:office|mental))",)),
]
