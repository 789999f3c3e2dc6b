"""Personal content on the professional page: pets, holidays, family, parties, dating."""

from __future__ import annotations

from .._regex import compile as _rx

from ..normalize import WORD_RE
from ._common import A, ALL, alt, make_rule, words

SRC = f"{A[1]}; {A[3]}"
WHY = ("The article recommends keeping the professional page business-appropriate and keeping "
       "personal photos and news, even cheerful ones like new kittens, for a private profile; "
       "clients who see your personal life on the practice page learn things therapy would not "
       "share. ")

_MY = r"(?:my|our|my little|our little|my sweet|our sweet|my new|our new|my two|our two|my old|the family)"
_PETS = words("cat|cats|kitten|kittens|kitty|kitties|dog|dogs|puppy|puppies|pup|pups|doggo|doggos|"
              "pupper|fur baby|furbaby|fur babies|furbabies|fur kid|fur kids|bunny|hamster|parrot|"
              "horse|pony|goldfish|pet|pets|rescue pup|rescue dog|rescue cat|golden retriever|"
              "labrador|lab|corgi|beagle|tabby")
_FAMILY = words("husband|wife|hubby|wifey|spouse|partner|boyfriend|girlfriend|fiance|fiancee|kids|"
                "son|daughter|toddler|baby|twins|mom|dad|mother|father|in-laws|mother-in-law|"
                "father-in-law|family|sister|brother|grandkids|grandson|granddaughter|niece|nephew|"
                "teenager|little one|littles|boys|girls|stepson|stepdaughter")
_FAMILY_EVENTS = words("birthday|bday|party|recital|game|soccer game|baseball game|wedding|graduation|"
                       "anniversary|first day of school|first day|last day of school|vacation|trip|"
                       "reunion|baby shower|gender reveal|christening|bar mitzvah|bat mitzvah|"
                       "prom|dance recital|science fair|concert|play|tournament|surgery|cooking|"
                       "new car|new house")
_DRINKS = words("wine|beer|beers|cocktail|cocktails|margarita|margaritas|mimosa|mimosas|tequila|"
                "whiskey|whisky|vodka|rose|prosecco|champagne|sangria|shots|bubbly|booze|ipa|"
                "martini|martinis|bourbon|gin and tonic|g&t|spiked seltzer|white claw")


def _topic_words():
    return words(
        "therapy|therapist|therapists|therapeutic|counseling|counselling|counselor|counsellor|"
        "psychologist|psychology|psychiatrist|psychiatry|psychotherapy|mental health|mental illness|"
        "wellbeing|well-being|wellness|self-care|self care|anxiety|anxious|depression|depressed|"
        "trauma|ptsd|grief|grieving|loss|stress|burnout|mindfulness|mindful|coping|cope|emotions|"
        "emotional|feelings|healing|recovery|addiction|sobriety|suicide|crisis|988|boundaries|"
        "relationships|self-compassion|resilience|panic|ocd|adhd|autism|eating disorder|"
        "bipolar|schizophrenia|clinician|clinicians|clinical|client|clients|patient|patients|"
        "session|sessions|support group|support|cbt|dbt|emdr|psychoeducation|neurodivergent|"
        "self-esteem|parenting|couples|marriage|family therapy|play therapy|art therapy|"
        "social work|social worker|ceu|ceus|continuing education|practice|private practice|"
        "brain|nervous system|sleep|hope|help|care|kindness|lonely|loneliness|shame|"
        "perfectionism|attachment|abuse|survivor|survivors|lgbtq|trans|transgender|pride|"
        "affirming|stigma|awareness|mood|feel|heal|heart|mind|calm|breathe|breathing|"
        "inclusion|equity|disability|accessibility|research|study|evidence|treatment")


_TOPIC = _rx(r"(?<![a-z0-9])" + alt(_topic_words()) + r"(?![a-z0-9])")


def _off_topic(doc, context, settings):
    if context != "like" or _TOPIC.search(doc.leet):
        return
    text = doc.norm
    s = len(text) - len(text.lstrip())
    e = len(text.rstrip())
    if e > s:
        yield s, e


_FIRST_PERSON = frozenset(words("i|i'm|i've|i'd|i'll|me|my|mine|myself"))
_OTHERS = frozenset(words(
    "you|your|you're|you've|yours|he|she|they|his|her|their|them|students|girls|boys|kids|teens|"
    "parents|rangatahi|folks"))


# a colleague celebrated on the practice page: "Happy birthday to our front desk coordinator"
_STAFF_NEWS = _rx(r"(?<![a-z])(?:our|my) (?:front desk|receptionist|office manager|practice manager|team|staff|colleague|"
                  r"coordinator|intern|clinicians?|therapists?|counsell?ors?|admin)(?![a-z])")


def _about_others(doc, s: int, e: int) -> bool:
    """The sentence is about someone else (you, she, students) and never says I, me or my
    ("our office", after the words, is the practice): "Holiday dinner tip: you can set a
    boundary", "she was at the Christmas party"; "our kids' party" stays personal."""
    s0, s1 = doc.sentence_of(s)
    if _STAFF_NEWS.search(doc.norm, s0, s1):
        return True
    if _OWN.search(doc.norm, s0, e):
        return False  # "our kids' party", "we had a party": the writer's own
    toks = set(WORD_RE.findall(doc.norm, s0, s1))
    around = set(WORD_RE.findall(doc.norm, s0, s)) | set(WORD_RE.findall(doc.norm, e, s1))
    return bool(around & _OTHERS) and not toks & _FIRST_PERSON


_OWN = _rx(r"(?<![a-z])(?:my|our|we|us)(?![a-z])")


def _rule(rid, title, what, message, why, flag, clean, instead, **kw):
    kw.setdefault("contexts", ALL)
    return make_rule(id=rid, category="personal-content", severity="warning", title=title,
                     message=message, why=WHY + why, source=SRC, what=what, instead=instead,
                     flag=flag, clean=clean, **kw)


RULES = [
    _rule("PERS001", "Pets",
          "Flags posts about your own pets (my cat, our new kittens, my pup).",
          "Pet news is personal content; keep it for your private profile.",
          "The article's own example is new kittens: cheerful, but personal.",
          ["Meet our new kittens, Salt and Pepper!", "My dog ate my notes again."],
          ["Our therapy dog Biscuit is in the office on Tuesdays for animal-assisted sessions.",
           "Research on pets and loneliness: a short summary."],
          "Post it on your personal profile.",
          patterns=(r"(?:my|our) (?!(?:therapy|emotional support|service|office|clinic|practice)(?![a-z]))(?:[a-z'-]+ ){0,3}(?<!therapy\ )(?<!service\ )(?<!support\ )" + alt(_PETS) + r"(?! therapy| assisted| program| visits)",
                    r"(?:newest|new) (?:member|addition) (?:of|to) (?:our|my|the)(?: [a-z'-]+)? family|fur ?bab(?:y|ies)|fur ?kids?",
                    r"(?:adopted|rescued|brought home) (?:a |our |my |two )?(?:new )?(?:kitten|kittens|puppy|puppies|dog|cat|pup)")),
    _rule("PERS002", "Holidays and trips",
          "Flags your own holidays, trips and beach days.",
          "Holiday news is personal content; keep it for your private profile.",
          "Travel plans and holiday photos tell clients about your private life.",
          ["Heading to Cabo for spring break!", "Our family vacation in Maui was perfect."],
          ["The office is closed for the holidays; call 988 in a crisis.",
           "Holiday stress is real: five ways to cope.",
           "Sportsmanship Night at Thursday's middle school games: a short talk on losing with grace.",
           "Winter in Joburg means load-shedding; if the power goes mid-session we'll switch to a call."],
          "Post it on your personal profile; on the practice page, say only when the office is closed.",
          patterns=(r"(?:my|our) (?:family |girls'? |guys'? |much-needed |long-awaited |annual |summer |winter |spring )?(?:vacation|vacay|trip|cruise|honeymoon|getaway|staycation|road trip|ski trip|beach day)(?! (?:hours|schedule|closure|coverage))",
                    r"(?:heading|headed|off|flying|going|jetting) (?:to|down to|out to) (?:the beach|cabo|cancun|hawaii|maui|vegas|las vegas|disney|disneyland|disney world|paris|mexico|italy|bali|the lake|the cabin|the slopes)",
                    r"(?:just got back from|back from) (?:my|our) ",
                    r"(?:beach|pool|lake|ski) day", r"poolside|vacay mode|out of office mode",
                    r"(?:my|our) (?:[a-z'-]+ ){0,2}(?:trip|vacation|getaway|cruise)(?! (?:hours|schedule|closure|coverage))|"
                    r"(?:on|at) (?:a|the) beach (?:in|at)|lake house|beach house|(?:christmas|thanksgiving|easter|spring break|summer|new year's) in [a-z]+|"
                    r"skiing|snowboarding|snorkeling|scuba|by day,? (?:\w+ ){0,3}by night",
                    r"(?:back from|in|to|at) (?:cancun|cabo|maui|hawaii|vegas|las vegas|bali|tulum|punta cana|the bahamas|jamaica|ibiza|mykonos|disney world|disneyland|the maldives)|"
                    r"(?:margaritas|mimosas|mai tais|pina coladas|daiquiris|tequila|cocktails|beers|wine) (?:all day|all night|on the beach|by the pool|in hand)")),
    _rule("PERS003", "Family life",
          "Flags your own family events (my son's recital, date night, our anniversary).",
          "Family news is personal content; keep it for your private profile.",
          "Family details give clients a view into your life that therapy does not share.",
          ["Date night with my husband tonight!", "My daughter's recital was everything.",
           ("Same, my eldest refuses to load the dishwasher and we had a massive row about it.", "reply"),
           "I'm turning fifty on Friday and feeling every year of it."],
          ["Parenting a teen? Our group for parents starts in May.",
           "If your teenager refuses to talk, try side-by-side time like a drive.",
           "Family therapy can help when everyone feels stuck.",
           "After a student death, check in quietly with the kids who were closest.",
           "Please don't ask why she stayed. Ask how we can help her and the kids now.",
           "The Christmas party season can be hard in recovery: plan your exit and bring your own drinks.",
           "Holiday dinner tip after a divisive election: you can set a topic boundary without explaining it.",
           "Happy birthday to our front desk coordinator, Luis! Thank you for greeting everyone with kindness."],
          "Post it on your personal profile.", innocent=_about_others,
          patterns=(r"(?:my|our) " + alt(_FAMILY) + r"(?:'s|s')? (?:\w+ )?" + alt(_FAMILY_EVENTS),
                    r"date night|happy (?:birthday|anniversary) to (?:my|the love of my life|my amazing)",
                    r"(?:my|our) (?:wedding|anniversary|honeymoon|baby shower|gender reveal)",
                    r"(?:my|our) (?:husband|wife|hubby|wifey|boyfriend|girlfriend|fiance|fiancee) (?:and i|surprised me|took me|got me|bought me)",
                    r"(?:my|our) (?:\d+(?:st|nd|rd|th) )?(?:birthday|bday|anniversary|wedding|honeymoon|engagement|divorce|reunion|baby shower|bachelorette|bachelor party)|my (?:own )?divorce",
                    r"(?<!every\x20)(?<!each\x20)(?<!any\x20)(?:birthday|anniversary|new year's|christmas|halloween|holiday|bachelorette|karaoke|girls'?|guys'?|date) (?:party(?! season)|dinner|night|trip|weekend|brunch|getaway)|"
                    r"happy (?:\d+(?:st|nd|rd|th) )?(?:birthday|anniversary)(?:,| to| babe| love| my)|"
                    r"engaged!|got engaged|i said yes|said yes!|got married|married my (?:best friend|partner|love|sweetheart|person)|"
                    r"(?:swipe to see|here are|sharing) (?:the |our |my |some )?wedding (?:photos|pics|pictures)|"
                    r"proud (?:dad|mum|mom|mam|mama|papa|parent|auntie|aunty) moment|(?:the|my|our) (?:youngest|eldest|middle one) (?:has|had|is|was|got|turned|starts|started)|"
                    r"(?:my|our) (?:young |little |eldest |youngest )?(?:lad|lads|wee one|young one|kids|kid|boys|girls)(?:'s)? (?:were|was|had|got|won|u\d+|county|school|first)|"
                    r"(?:is|are|were|we're|i'm) getting married|tied the knot|"
                    r"(?:my|our) (?:[a-z]+ )?(?:daughter|son|kids?|little one|toddler|baby|brother|sister|mom|dad|parents) (?:started|starts|turned|turns|graduated|got|is getting|lost (?:a|her|his) (?:first )?tooth)|"
                    r"(?:with (?:the|my)|(?:me|i|we) and (?:the|my)|and my) (?:hubby|husband|wife|wifey|in-laws|kids|fam|bestie|besties|girls|boys|family)(?= |[.,!?]|$)(?! (?:who|that|in|at|of|from|on|we|you|i)\b)|"
                    r"family (?:reunion|vacation|trip|dinner|photo|bbq|barbecue|wedding)|love you,? (?:babe|baby|honey|hun)|"
                    r"(?:party|barbecue|bbq|get-?together|dinner|cookout|brunch) at (?:my|our) (?:place|house|home)|at (?:my|our) place",
                    # everyday family anecdotes and rows, own birthday
                    r"(?:my|our) (?:teenager|teen|kids?|son|daughter|husband|wife|hubby|partner|toddler|mum|mom|dad|mother-in-law|in-laws|youngest|eldest) "
                    r"(?:does|did|said|says|told me|refuses|refused|won't|wouldn't|keeps|kept|tried|decided|threw|forgot|left|and i (?:had|got|went))(?![a-z])|"
                    r"(?:we|i) had (?:a|another|our|the) (?:proper |huge |big |massive |epic |blazing |full-on )?(?:blowout|row|barney|screaming match|shouting match|domestic)|"
                    r"(?:i'm|i am) turning (?:\d+|thirty|forty|fifty|sixty)")),
    _rule("PERS004", "Parties and drinking",
          "Flags parties, drinking and hangovers.",
          "Party and drinking posts are personal content and can worry clients.",
          "Drinking posts can be hard to read for clients working on their own drinking, and they "
          "are personal content.",
          ["Wine o'clock after a long week of sessions!", "So hungover from the office party."],
          ["Alcohol use disorder is treatable; here is how to talk to someone you love.",
           "Join our sober curious support group.",
           "Students, if something happened at a party this weekend, you can call the counselling office any time."],
          "Keep it for your private profile.", innocent=_about_others,
          patterns=(r"wine o'?clock|wine time|wine night|wine (?:wednesday|friday|thursday|down)|glass of (?:cabernet|merlot|pinot|shiraz|malbec|chardonnay|sauvignon|red|white)|happy hour|hungover|hangover|got (?:so )?(?:drunk|wasted|tipsy|hammered)|(?:so|pretty|a little|a bit) (?:drunk|tipsy|buzzed|wasted)|bar crawl|pub crawl|bachelorette|kegger|partied|partying|party (?:last night|tonight|this weekend)|rager",
                    r"(?:drinking|sipping|having|need|needs|needed|pour(?:ing)? (?:me|myself)|grab(?:bing)?|enjoying|cheers with) (?:a |some |my |another |more )?(?:glass of |bottle of |big glass of |few )?" + alt(_DRINKS),
                    r"(?:glass|bottle|bottles|glasses) of (?:wine|champagne|prosecco|rose|bubbly)",
                    r"(?:a|one|two|three|four|few|cold|another|couple|\d+) (?:[a-z]+ )?(?:margaritas?|mimosas?|beers?|ipas?|mai tais?|hot toddies|hot toddy|cocktails|shots|martinis?|pints?|glasses of wine|cold ones?)|"
                    r"mai tai|hot toddies|karaoke|(?:night|drinks|shots) at (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow)'s)[a-z']+'s|at the bar|brutal hangover|(?:new year's|office|house|birthday|holiday) party")),
    _rule("PERS005", "Dating",
          "Flags dating news and dating apps.",
          "Dating news is personal content; keep it for your private profile.",
          "Dating life is among the most personal content there is.",
          ["Swiped right on a cute one last night", "Worst first date ever lol",
           "Dating as a counsellor: my date asked if I was analysing him. I was.",
           ("Saturday's date spent an hour on his crypto portfolio.", "reply")],
          ["Dating after divorce can bring up old wounds; therapy can help.",
           "Please update the date on your intake form before your first session.",
           "Our couples workshop is open for registration."],
          "Keep it for your private profile.",
          patterns=(r"dating apps? in (?:my|your|our) \d0s|(?:my|the) dating (?:life|apps?|scene)|(?:my|on|from) (?:tinder|bumble|hinge|grindr|match\.com)|tinder|swiped (?:right|left)|swipe (?:right|left) on|(?:my|a|worst|best|bad|awkward) (?:first )?date (?:last night|tonight|ever|went)|first date (?:last night|tonight|ever)|(?:my|a) (?:new )?crush|single and ready|"
                    r"dating as a (?:therapist|counsel+or|psychologist|clinician|social worker|single \w+)|"
                    r"(?:last night's|tonight's|saturday's|friday's|my|our|a|the) (?:first |second |third |blind )?date (?:asked|said|told|took|was|turned|tried|spent|kept)",)),
    _rule("PERS006", "Selfies and looks",
          "Flags selfies, outfits, haircuts and workouts.",
          "Selfies and looks are personal content.",
          "Personal photos belong on the private page, the article says.",
          ["New haircut, who dis?", "Gym selfie before my first session!"],
          ["Photo of our new waiting room.", "Self-image and social media: a short guide.",
           "Crazy Hair Day is Friday; the counseling office will hand out hair ties."],
          "Share a professional headshot or practice photo instead.",
          patterns=(r"selfie|selfies|new (?:haircut|hair|do|tattoo|nails|look|outfit)|ootd|outfit of the day|(?<!crazy\x20)(?<!wacky\x20)(?<!silly\x20)hair day|leg day|my (?:outfit|workout|mani|manicure|nails)|who dis",)),
    _rule("PERS007", "Liking a post that is not about therapy",
          "Only when the \"strict likes\" option is on: flags a post you are about to like that is "
          "not about therapy or mental health.",
          "This post is not about therapy or mental health; a like from your professional "
          "account is public.",
          "The article suggests liking only professional posts that relate to therapy or mental "
          "health, since likes are often public.",
          [("Look at my new car!", "like", {"strict_likes": True})],
          [("New research on grief and sleep.", "like", {"strict_likes": True}),
           ("Look at my new car!", "like")],
          "Skip the like, or like it from your personal account.",
          matcher=_off_topic, contexts=("like",), requires="strict_likes", quoted=False),
]
