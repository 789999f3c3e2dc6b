"""Confidentiality: the centre of Second Look.

A post is about a specific client when it contains a *client reference*
("my client", "a patient", "in session today", "someone I work with", "a teen
I see", "one of my kids") that is not generic ("many of my clients", "if a
client...").  Around each such reference (its sentence and the neighbouring
ones) the recognizer collects *quasi-identifiers* — names and initials, ages,
jobs, schools and places, dates and weekdays, unique events, diagnoses and
disclosures, photos and artwork, contact details — and scores them in the
spirit of Presidio's context-aware recognizers: a specific reference plus
enough identifying or clinical detail is a confidentiality error.  Each
identifier gets its own finding (so the person sees exactly which words give
the client away) and the client reference itself gets CONF001.
"""

from __future__ import annotations

import bisect
import re
from .._regex import compile as _rx

from ..hashing import hash_identifier
from ..model import Example
from ..scan import Alternatives, Scanner
from ._common import (A, ACA_H6, ALL, APA_401, DIAGNOSES, NASW, alt, make_rule, words)

_WHY_CORE = (
    "Anything posted publicly can be read by the client, their family, their employer and "
    "people in their town; a few details are enough to recognise someone, and a clinician's "
    "public story about a client breaks the trust therapy depends on. ")
SRC = f"{A[7]}; {A[8]}; {APA_401}; {ACA_H6}.d; {NASW}"

# --- client references -----------------------------------------------------

_PERSON = ("client|patient|counselee|analysand|therapy client|couple|family|teen|teenager|"
           "adolescent|kid|kiddo|child|boy|girl|man|woman|guy|gal|mom|mother|dad|father|"
           "parent|veteran|vet|student|survivor|widow|widower|young man|young woman|"
           "young person|little one|person|individual|nurse|teacher|officer|lad|lass|bloke|chap|"
           "fella|gentleman|lady|young adult|mum|mama|grandmother|grandfather|grandma|grandpa|"
           "husband|wife|pupil|youngster|toddler|senior|retiree|bride|groom|first responder|"
           "soldier|firefighter|new mom|new mum|new dad|single mom|single mum|single dad")
_SEE = (r"(?:i|we)(?:'m|'re|'ve been|'d| am| are| have been| was| were| had)? (?:been )?"
        r"(?:see|saw|seeing|treat|treated|treating|work with|worked with|working with|"
        r"counsel|counseled|counselled|counseling|started (?:seeing|working with)|"
        r"met with|meet with|support|supported|supporting|have|had)")
_TIME = (r"(?:today|tonight|this (?:morning|afternoon|arvo|evening|week)|yesterday|earlier|"
         r"last (?:night|week)|just now|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))")

_TRIGGER_PATTERNS = [
    # my client / a patient of mine / the client I've been treating
    # "led by the client", "shared patient": a role or a colleague's query, not one story
    r"(?<!led by )(?<!centred on )(?<!centered on )(?<!up to )"
    r"(?:my|a|an|this|the|our|one) (?!shared (?:patient|client))(?:(?!(?:of|to|for|and|or|with|the|a|an|every|each|any|no|"
    r"all|some|many|most|prospective|potential|future|ideal|typical|average|single|every|hypothetical|"
    r"given|particular)(?![a-z0-9'-]))"
    r"(?:\d{1,2}(?::\d\d)? ?(?:am|pm|o'clock)|[a-z0-9'-]+) ){0,2}"
    r"(?:client|patient|counselee|analysand)(?!s)(?:'s)?(?: of (?:mine|ours))?"
    r"(?! (?:care|work|base|list|portal|files?|notes|records?|intake|forms?|centered|centred|safety|advocates?|voice|feedback|assistance|"
    r"experience|services|relationships?|confidentiality|privacy|information|stories|"
    r"satisfaction|outcomes|education|advocacy|population|load|caseload|handbook|rights)(?![a-z]))",
    # client this morning / patient today (sentence-initial, note style)
    r"(?:client|patient)s? " + _TIME,
    # one of my clients / two of my kids
    r"(?:one|two|three|both|a couple|each|another) of (?:my|our) (?!(?:msw|social work|psychology|counsell?ing|nursing|"
    r"grad|graduate|doctoral|practicum|placement|trainee) )(?:clients|patients|kids|kiddos|"
    r"teens|students|couples|families|littles|little ones|girls|boys|guys|ladies|vets|veterans|"
    r"(?:[a-z0-9'-]+ ){0,2}(?:graders|pupils|lads|lasses|mums|moms|dads|young people|youngsters|seniors|"
    r"juniors|freshmen|sophomores|residents|kids|kiddos|teens|students|clients|patients|boys|girls|"
    r"men|women|couples|families))",
    # someone I work with / a teen I see / a couple I'm working with
    r"(?:someone|somebody|a|an|this|one|the) (?:\d{1,2}-year-old )?(?:[a-z]+ )?(?:" + _PERSON + r")s? "
    r"(?:(?:who|that|whom) )?" + _SEE,
    r"(?:someone|somebody) (?:(?:who|that|whom) )?" + _SEE,
    # saw a couple this week / met with a client
    r"(?:saw|met with|treated|counseled|worked with|had) (?:a|an|this|one) (?:new )?"
    r"(?:couple|family|client|patient|teen|kid|child|veteran|student|mom|dad|man|woman|boy|girl)"
    r"(?: (?:in session|in my office|" + _TIME + r"))",
    # in session today / today's session / my 3pm session
    r"(?<!post )(?<!posted )(?<!comment )(?<!thread )(?:in|during|after|before|from) (?:(?:a|my|our|the|today's|this morning's|tonight's|"
    r"yesterday's|this afternoon's|an intake) )?(?:session|therapy|group|intake|appointment|"
    r"counseling|play therapy|art therapy group|group session|family session|couples session)"
    r"(?: " + _TIME + ")",
    r"(?:today's|this morning's|tonight's|yesterday's|this afternoon's|my last|my first|"
    r"my next|my \d{1,2}(?::\d\d)? ?(?:am|pm)|(?<!book )(?<!schedule )(?<!request )an intake) (?:session|appointment|intake|group)",
    r"(?:our|my) (?!(?:peer|consultation|supervision|training|study|book|writing|reading|ce|staff|team)(?![a-z]))(?:[a-z]+ ){0,2}(?:group|session) " + _TIME,
    # addressing the client directly
    r"if you(?:'re| are) reading this(?! (?:in|at|with|during|while|and (?:you(?:'re| are) )?(?:struggling|hurting|in crisis|need|feel|thinking)))|you know who you are|to (?:my|the) (?:client|patient) who",
    r"(?:shout ?out|so proud of|proud of) (?:to )?(?:my|a|one of my) (?:client|patient|kid|kiddo|teen)s?",
    # my caseload, my office, my couch, my waiting room
    r"(?:on|in|from|to) (?:my|our) (?:caseload|couch|waiting room(?= (?:today|yesterday|this (?:morning|afternoon|week)))|office(?: (?:today|yesterday|this (?:morning|afternoon|week)|on \w+day|every week|weekly|since)))",
    r"(?:sat|was|were|came|walked|cried|sobbed|been) (?:in|into|on) (?:my|our) (?:office|couch|waiting room|therapy room|play(?:room| therapy room))",
    # "was in my chair for grief counselling", "sat in the chair across from me"
    r"(?:sat|was|were|been) in (?:my|the) chair(?: (?:across from|opposite) me)?(?= (?:for|all|every|last|this|today|yesterday|on|at|twice|weekly))",
    # "I'm treating one of the survivors", "I saw your cousin for a few sessions"
    r"i(?:'m| am|'ve been| have been) (?:currently )?(?:treating|counsell?ing|seeing) one of the(?= (?:[a-z]+ ){0,2}(?:survivors|victims|"
    r"families|kids|children|teens|students|players|officers|soldiers|nurses|residents|parents|witnesses|firefighters|"
    r"paramedics|workers|staff|men|women|boys|girls)(?![a-z]))",
    r"(?:saw|treated|counsell?ed) (?:your|his|her|their) [a-z]+ for (?:a few |some |several |two |three |a couple of )?sessions",
    # "he came through our intensive outpatient program"
    r"came through (?:our|my) (?:[a-z]+ ){0,2}(?:program|programme|clinic|service|unit|ward)",
    # the 16-year-old I've been seeing / a widower I treat / the veteran I wrote about
    # "the teen I saw", "a dad we're treating" (not "reminds us we're treating a person")
    r"(?:the|a|an|this|that|one|my) (?!(?:reminds?|means|helps?|lets?|makes?) )(?:[a-z0-9'-]+ ){1,4}(?:(?:who|that|whom) )?(?:i|we)(?:'ve| have|'d| had|'m| am|'re| are)? "
    r"(?:been )?(?:see|saw|seeing|treat|treated|treating|work with|worked with|working with|counsel|"
    r"counseled|counselled|counseling|started seeing|met with|evaluated|assessed|wrote about|"
    r"told you about|posted about|mentioned)(?![a-z])",
    # my 3pm / my wednesday 4pm
    r"(?:my|our) (?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) )?\d{1,2}(?::\d\d)? ?(?:am|pm|o'clock)",
    # client is / client update / case from this week / presenting with / intake
    r"(?:client|patient) (?:is|was|has|had|update|says|said|told|came|presents|presented)",
    r"case (?:study(?! in)|from|example|of the (?:day|week))|presenting (?:with|w/)|presented (?:with|w/)|"
    r"(?<!teaching )(?<!journal club )(?<!cpd )(?<!training )(?<!info )(?<!information )(?<!planning )(?<!staff )(?<!team )(?<!strategy )"
    r"(?<!photo )(?<!practice )(?<!study )(?<!writing )(?<!q&a )(?:intake|session|appointment|consult) (?:with(?! (?:your|their|a|an|our|us|me|you|them) )|this morning|today|tonight|yesterday|earlier)",
    # case lines and consult requests: "45M, divorced", "17yo, attends...", "quick consult q:"
    r"\d{1,2} ?(?:yo|y/o|m|f|male|female)(?=[,;:]| w/| presenting)|(?:quick |a )?consult(?:ation)? (?:q|question|request)",
    # discharged / admitted a patient; saw someone professionally; sessions in my office
    r"(?:just )?(?:discharged|admitted|intaked|stabili[sz]ed) (?:a|an|the|this|my|our|one)"
    r"(?! (?:record|number|lot|few|bunch|total|handful|dozen|couple|host)(?![a-z]))",
    r"(?:saw|seen|see|treated|counsel(?:l)?ed|worked with) (?:him|her|them|[a-z]+) (?:professionally|as (?:a|my) (?:client|patient))",
    r"(?:months?|years?|weeks?|sessions?) of (?:hard )?(?:work|therapy|sessions) (?:together )?(?:in|on) (?:my|our) (?:office|couch|practice|room)",
    r"(?:finished|had|did|wrapped up|ran|started|completed) (?:a |an |my |the )?(?:session|intake|assessment|evaluation|eval) with",
    r"(?:got|received|had|took|new|sent) (?:a|an|this|the) referral|(?:this|the|my|a) referral (?:came in|today|yesterday|"
    r"this (?:week|morning|afternoon)|for (?:a|an|this) (?!therapist|counsell?or|psychologist|psychiatrist|service|"
    r"specialist|assessment|evaluation))|"
    r"refer (?:a|an|this) (?:client|patient|teen|kid|child|man|woman|couple|family|boy|girl)|take (?:a|this) referral|my notes on|notes on (?:the |your |my |our )?[a-z'-]+ (?:kid|boy|girl|family|case|client|patient|man|woman|teen|couple)",
    # addressed to or about one client
    r"(?:as|i'm|i am|i was|i've been|to be|being|honored to be|privilege to be) (?:her|his|their|your|this [a-z' ]{1,20}'s|[a-z]+'s) "
    r"(?:therapist|counselor|counsellor|psychologist|clinician|social worker|psychiatrist)",
    r"(?:been|be) (?:a )?part of your (?:recovery|journey|healing|therapy|treatment)|(?:he|she|they) knows? who (?:he|she|they) (?:is|are)",
    r"(?:has been|have been|started|keeps|been|is|was) (?:coming in|coming to (?:see )?me|seeing me)|started seeing me|"
    r"came in for (?:her|his|their) (?:first |last )?(?:session|appointment|intake)|(?:in|from|after|during) (?:our|my|your) session",
    # weak, specific-sounding: counseling a bride / working with a former olympian
    r"(?:counseling|counselling|treating|seeing|working with|work with|worked with) (?:a|an) (?!(?:person|human|whole person|people|individual|"
    r"counsell?or|therapist|psychologist|psychiatrist|doctor|gp|professional|specialist|clinician|suicide|crime|condition|disorder|"
    r"diagnosis|mental|problem|issue|range|variety|number|lot|bit|few|new|group|team|wide|broad)(?![a-z]))(?:[a-z0-9'-]+ ){0,2}(?:[a-z0-9'-]+)",
    r"in session(?! (?:notes|fees|rates|length))(?!,? (?:we|i) (?:often |usually |sometimes |always |never |regularly )?(?:use|always|never|don't|do not|try|aim|ask|talk|work|keep|will|can|explore|practise|practice))",
    r"(?:in|from|at|to) (?:my|our) (?!(?:peer|consultation|supervision|training|study|book|writing|reading|ce|staff|team)(?![a-z]))(?:[a-z]+ ){0,2}group(?! (?:practice|therapy practice))",
    r"in (?:my|our) office (?:(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday|this \w+|last \w+|since)",
    r"(?:this week's|today's|a real|a big|huge) breakthrough|finally (?:talked about|opened up|told me|said it|disclosed)",
    # a clinical encounter told as a story, without the word "client": "the 19yo who came in
    # Tuesday", "someone I manage for ADHD", "ECT treatment 8 for Mr. D", "bay 6 last night"
    r"(?:the|a|this|our) (?:\d{1,2} ?(?:yo|y/o|year old|-year-old)|gentleman|lady|man|woman|kid|teen|boy|girl|young man|"
    r"young woman|mum|mom|dad|vet|veteran) (?:who|that|we|i) (?:came in|was brought in|got brought in|held|admitted|discharged|"
    r"started on|treated|saw|sectioned|boarded|intubated|restrained)",
    r"(?:got |was )?brought in on a (?:5150|72-hour|hold|section|pink slip)|(?:we|i) (?:held|sectioned|boarded|admitted|discharged) "
    r"(?:a|an|the|this|our) (?:\d{1,2} ?(?:yo|y/o|year old|-year-old)|(?:young |old |elderly |retired )?(?:man|woman|kid|teen|"
    r"boy|girl|gentleman|lady|mum|mom|dad|guy|bloke|lad|lass|vet|veteran|student|nurse|teacher|firefighter|officer))",
    r"someone i (?:manage|treat|see|follow|prescribe for)|(?:video|telehealth|home) visit today with|"
    r"(?:ect|tms|ketamine|infusion) (?:treatment|session|infusion) (?:#?\d+ )?for|(?:bay|bed|room) \d{1,2} (?:last night|tonight|today|this morning)|"
    r"(?:i|we) started (?:him|her|them) on|on our (?:\w+ )?(?:unit|ward) (?:got|was|is|had)",
]
_SELF_SUFFICIENT = _rx(
    r"(?<![a-z0-9])(?:(?:he|she|they) knows? who (?:he|she|they) (?:is|are)|you know who you are|"
    r"if you(?:'re| are) reading this(?! (?:in|at|with|during|while|and (?:you(?:'re| are) )?(?:struggling|hurting|in crisis|need|feel|thinking)))|(?:as|i'm|i am|i was|i've been|honored to be|privilege to be|proud to be) "
    r"(?:her|his|their|your|this [a-z' ]{1,20}'s|[a-z]+'s) (?:therapist|counselor|counsellor|psychologist|clinician|"
    r"social worker|psychiatrist)|(?:been|be) (?:a )?part of your (?:recovery|journey|healing|therapy|treatment)|"
    r"one of my (?:clients|patients) is (?:actually |also )?your|"
    r"(?:you've|you have) (?:come|grown|changed|worked) so (?:far|much|hard) since (?:intake|our first session|"
    r"we (?:started|began|first met)|you (?:started|first came|walked in))|since (?:your |our )?intake|"
    r"your (?:neighbor|neighbour|wife|husband|partner|son|daughter|mom|dad|brother|sister|coworker|boss|friend|cousin)"
    r"(?: [a-z]+)? (?:came in|started seeing me|started therapy with me|is (?:a|one of my) (?:client|patient)|has been (?:seeing|coming))"
    r")(?![a-z0-9])")
_NAME_AGE = _rx(r"(?<![a-z0-9])([a-z][a-z'-]+) \((?:age )?\d{1,2}\)")

_GENERIC_BEFORE = _rx(
    r"(?:\b(?:if|when|whenever|every time|each time|suppose|imagine|let's say|what if|should|"
    r"any|anyone|anybody|whoever|every|each|no|many|most|some|all|lots of|a lot of|a lot|so many|often|sometimes|"
    r"typically|usually|never|whether|unless|until|once)\b[^.!?\n]{0,60}$)")
_HOW_WE = _rx(r"(?<![a-z])(?:how|the way) (?:i|we) ")
_SUBJECT = _rx(r" (?:(?:who|that|whom) )?(?:i|we)(?:'ve| have|'d| had|'m| am|'re| are)? ")
_ANY_PLURAL = _rx(r"(?<![a-z'])[a-z]{3,}(?<!ss)(?<!us)(?<!is)s(?![a-z'])")
_NO_STORIES = _rx(r"(?<![a-z])(?:(?:won't|will not|never|don't|do not) (?:see|post|share|write|publish|tell)|"
                  r"peer consultation|consultation group|supervision group|case discussion|reflective practice group)(?![a-z])")
_VERB_LAST = (" see", " work with", " worked with", " working with", " treat", " counsel")  # the object follows
# "I'd love to have her on my couch": a wish about a celebrity, not a client
_HYPOTHETICAL = _rx(r"(?<![a-z])(?:i'd|i would|we'd|we would|would) (?:love|like|want|kill) to (?:have|get|see) [^.!?\n]{0,30}$")
_STAFF = _rx(
    r"(?<![a-z])(?:staff spotlight|meet (?:our|the) (?:team|staff)|our (?:receptionist|office manager|front desk|intern|new hire|"
    r"team member|colleague|practice manager|administrator|admin|billing)|(?:a|our) colleague)(?![a-z])")
_OTHERS_POST = _rx(
    r"(?:your|their|his|her|the|a) (?:post|story|article|tweet|comment|thread|video|reel)s? "
    r"(?:about|on|mentioning|describing|re:?)(?: [a-z'-]+){0,2}\s*$")
_PLURAL_WORDS = _rx(
    r"(?<![a-z])(?:people|clients|patients|folks|families|couples|teens|children|adults|women|men|"
    r"survivors|students|parents|many|most|all|everyone|anyone|those|these|conditions|issues|presentations|"
    r"problems|disorders|kids|youth|teenagers|veterans|communities|rangatahi|whanau|whānau|tamariki)(?![a-z])")
_ADDRESSED = _rx(r"(?<![a-z])(?:great|good|nice|lovely|productive|solid|(?:thanks|thank you) for "
                        r"(?:the |a |our |today's )?)\s*$")
_ONE_OF = _rx(r"(?<![a-z])(?:one|two|three|both|a couple|each|another) of (?:my|our) ")
_POLICY = _rx(
    r"(?<![a-z])(?:hipaa|phi|protected health information|confidentiality (?:rules?|law|policy|duty)|right to privacy|"
    r"breaks? confidentiality|(?:confirm|deny|confirming|denying) (?:or deny )?(?:that )?(?:someone|anyone)|42 cfr|part 2|"
    r"charting tip|in the (?:chart|ehr)|you don't (?:need|have) to be a|recogni[sz]able|identifiable|"
    r"protecting confidentiality|confidentiality online|isn't secure|is not secure|aren't secure|not secure|"
    r"privacy (?:law|rule|policy|notice)|reminder for (?:clinicians|therapists|colleagues)|"
    r"(?:is|are) (?:still |also )?(?:protected|confidential|part of the (?:clinical )?record))(?![a-z])")
_PLURAL_GENERIC = _rx(
    r"(?:many|most|some|all|lots|a lot|so many|several|plenty|few|none|half|majority|each|any|"
    r"(?:every|each) (?:single )?one) of (?:my|our) ")

# --- quasi-identifiers -------------------------------------------------------

_NUMWORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
             "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
             "sixty|seventy|eighty|ninety")
_AGE = _rx(
    r"(?<![a-z0-9])(?:"
    r"(?:\d{1,2}|(?:" + _NUMWORDS + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"[- ]?(?:year|yr)s?[- ]?old"
    r"|\d{1,2} ?(?:yo|y/o|y\.o\.|yrs? old)"
    r"|aged? \d{1,2}"
    r"|(?<=\()\d{1,2}(?=\))"
    r"|(?:she|he|they)(?:'s| is| was|'re| are| were) (?:only |just |barely )?(?:\d{1,2}|" + _NUMWORDS + r")(?= *[.,!;)]| years| yrs)"
    r"|in (?:her|his|their) (?:early |mid |mid-|late )?(?:teens|twenties|thirties|forties|fifties|"
    r"sixties|seventies|eighties|20s|30s|40s|50s|60s|70s|80s)"
    r"|turn(?:s|ed|ing)? (?:\d{1,2}|" + _NUMWORDS + r")(?![a-z0-9])"
    r"|\d{1,2}(?:st|nd|rd|th) birthday"
    r"|(?:1st|2nd|3rd|\d{1,2}th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth) grader?"
    r"|(?:freshman|sophomore|junior|senior) (?:in|at) (?:high school|college)"
    r")(?![a-z0-9])")

_OCCUPATIONS = words(
    "teacher|teaches|nurse|firefighter|fireman|police officer|cop|sergeant|detective|deputy|"
    "sheriff|pastor|priest|rabbi|imam|minister|nun|deacon|youth pastor|doctor|physician|surgeon|"
    "resident|lawyer|attorney|judge|paralegal|professor|principal|vice principal|coach|pilot|"
    "chef|cook|ceo|cfo|cto|founder|executive|manager|engineer|accountant|dentist|pharmacist|"
    "paramedic|emt|soldier|marine|airman|sailor|navy seal|army ranger|athlete|quarterback|"
    "pitcher|player|plays for|musician|actor|actress|singer|rapper|artist|author|writer|"
    "journalist|reporter|news anchor|anchor|realtor|contractor|electrician|plumber|mechanic|"
    "farmer|rancher|barista|bartender|waitress|waiter|cashier|hairdresser|hairstylist|stylist|"
    "barber|librarian|social worker|janitor|custodian|mayor|council member|councilman|senator|"
    "state rep|politician|influencer|youtuber|streamer|tiktoker|dean|trucker|truck driver|"
    "uber driver|bus driver|flight attendant|dancer|ballerina|model|photographer|veterinarian|"
    "scientist|programmer|software engineer|banker|investment banker|cfo|surgeon|midwife|"
    "doula|caregiver|nanny|daycare worker|teller|receptionist|secretary|administrator|"
    "superintendent|board member|city council|school board|firefighters|nurses|teachers|"
    "night shift|icu nurse|er nurse|er doctor|works at|works as|worked at|employed at|"
    "retired|deployed|deployment|enlisted|ranger|trooper|state trooper|corrections officer|"
    "prison guard|guard|security guard|bouncer|stripper|sex worker|pro athlete|olympian|"
    "gymnast|swimmer|wrestler|boxer|fighter|d1|varsity|captain of|valedictorian|intern|"
    "med student|law student|grad student|phd student|seminary|missionary|chaplain|"
    "business owner|owns a|owner of|small business owner|shop owner|restaurant owner|"
    "landlord|vp|vice president|president of|director of|head of|welder|machinist|lineman|postmaster|"
    "mail carrier|cpa|mechanic|miner|logger|fisherman|dairy farmer|crossing guard|dispatcher|"
    "air traffic controller|firefighter|ranger|game warden|pharmacist|optometrist|chiropractor")
_OCC_RE = _rx(r"\b" + alt(_OCCUPATIONS) + r"(?![a-z0-9])")

_PLACE_RE = _rx(
    r"(?<![a-z0-9])(?:"
    r"(?:middle|high|elementary|junior high|grade|primary|secondary|prep|charter|catholic|"
    r"private|sunday|nursing|law|med|medical|grad|graduate|boarding) school"
    r"|(?:[a-z]+ )?(?:high|elementary|middle|academy|university|college|community college)(?= |[.,!?]|$)"
    r"|(?:\d+ )?(?!(?:hi|hey|dear|hello|thanks|thank|and|or|with|by|for|see|ask|call|met|said|told|the|a|an|my|our|your) )"
    r"[a-z]+ (?:st|street|ave|avenue|rd|road|blvd|boulevard|lane|ln|drive|dr|way|"
    r"court|ct|pike|parkway|pkwy)(?![a-z])"
    r"|(?:route|rt|highway|hwy|interstate|i)-? ?\d{1,3}"
    r"|walmart|target|costco|kroger|starbucks|mcdonald's|home depot|whole foods|trader joe's|"
    r"the (?:[a-z']+ ){0,2}(?:mall|ymca|ymca|gym|church|mosque|synagogue|temple|library|"
    r"hospital|clinic|icu|er|base|plant|factory|mill|station|precinct|firehouse|courthouse|"
    r"jail|prison|shelter|dealership|salon|diner|bar|pub|brewery|club|rink|stadium|arena)"
    r"|(?:our|this|my|your) (?:small )?(?:town|village|neighborhood|neighbourhood|community|church|"
    r"parish|congregation|school district|district|county|campus|base|unit|department|precinct)"
    r"|(?:around|down) the (?:corner|street|block)|next door|in town|downtown|across town"
    r"|the (?:same )?(?:school|team|office|company|firm|department|station|unit|church|"
    r"congregation|league|squad|band|choir|troop)"
    r"|plays? (?:for|on) the|the only [a-z]+(?: [a-z]+)? (?:in|at|on|from) (?:the|our|this|a|my)"
    r")(?![a-z0-9])")

_DATE_RE = _rx(
    r"(?<![a-z0-9])(?:"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?(?: (?:night|morning|"
    r"afternoon|evening))?"
    r"|today|tonight|yesterday|this (?:morning|afternoon|evening|week|weekend)|last (?:night|week|"
    r"weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{1,2}(?:st|nd|rd|th)?"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?: \d{1,2}(?:st|nd|rd|th)?)?"
    r"|since (?:january|february|march|april|june|july|august|september|october|november|december|"
    r"\d{4}|last \w+)"
    r"|in (?:19|20)\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|\d{1,2}(?::\d\d)? ?(?:am|pm)|(?:8|9|10|11|noon|morning|afternoon|evening) (?:slot|session)"
    r"|(?:christmas|thanksgiving|easter|halloween|hanukkah|new year's|valentine's|mother's|"
    r"father's) (?:day|eve|morning|dinner)?"
    r")(?![a-z0-9])")

_EVENTS = words(
    "won|won the|lottery|marathon|game show|contestant|reality show|custody hearing|custody|"
    "hearing|trial|court date|court|arrested|arrest|dui|jail|prison|divorce|divorced|divorcing|"
    "funeral|wedding|engaged|engagement|deployment|deployed|came home from|promotion|promoted|"
    "fired|laid off|graduated|graduation|prom|homecoming|pregnant|pregnancy|miscarriage|"
    "abortion|accident|car crash|crash|warehouse fire|house fire|fire|shooting|tornado|flood|"
    "one-year chip|chip|sobriety|sober|anniversary|came out|coming out|transition|surgery|"
    "lost her job|lost his job|lost their job|passed away|died|death of|overdose|overdosed|"
    "relapse|relapsed|rehab|hospitalized|hospitalised|inpatient|psych ward|made the news|"
    "on the news|went viral|championship|the game|'s game|tournament|state finals|recital|"
    "audition|scholarship|acceptance letter|got into|adopted|adoption|foster|affair|"
    "cheated|infidelity|bankruptcy|evicted|eviction|homeless|diagnosed|diagnosis|"
    "first day|last day|quit|ran away|suspended|expelled|bullied|assaulted|raped|abused|"
    "molested|the attack|survived|survivor of|talked about|finally told|confronted|"
    "told her principal|told his boss|told her boss|told her mom|told his mom|told his dad|"
    "told her dad|skipping|stopped eating|lose weight|touched a doorknob|without washing|"
    "had not left|hasn't left|left the house|believed in god|baby|newborn|twins|widowed|"
    "breakup|broke up|dumped|lawsuit|sued")
_EVENT_RE = _rx(r"\b" + alt(_EVENTS) + r"(?![a-z0-9])")

_CLINICAL = DIAGNOSES + words(
    "panic attack|panic attacks|suicidal|self-harming|cutting herself|cutting himself|"
    "hearing voices|voices|dissociat\u0065d|dissociating|flashback|nightmare|burnout|"
    "drinking again|using again|binging|purging|restricting|intrusive thoughts|"
    "meds|medication|antidepressants|lithium|abuse|abusive|trauma|traumatic|grieving|"
    "her diagnosis|his diagnosis|their diagnosis|in treatment|treating for|treated for|for ocd|for ptsd")
_CLINICAL_RE = _rx(r"\b" + alt(_CLINICAL) + r"(?![a-z0-9])")

_DISCLOSE_RE = _rx(
    r"(?<![a-z0-9])(?:told me|tells me|said|says|shared|shares|admitted|confessed|confided|"
    r"disclosed|revealed|opened up|broke down|cried|sobbed|wept|described|talked about|"
    r"brought (?:me|in)|showed me|texted me|emailed me|called me|asked me|wrote|drew|painted|"
    r"finally|breakthrough|break-through|came in|walked in|admitted to|no longer|hasn't|"
    r"has not|can't stop|couldn't stop|won't stop|started|stopped|relapsed|made progress|"
    r"is struggling|was struggling|struggles with|struggling with|diagnosed with|"
    r"i wrote it down|word for word|quote|quoted|in (?:her|his|their) words|tears|teared up|"
    r"so proud|proud of (?:her|him|them))(?![a-z0-9])")

_PHOTO_RE = _rx(
    r"(?<![a-z0-9])(?:(?:a |the |this |her |his |their |my )?(?:photo|photos|picture|pictures|pic|pics|"
    r"screenshot|screenshots|selfie|video|clip|drawing|drawings|painting|paintings|artwork|"
    r"art piece|sketch|collage|sand tray|journal entry|journal|poem|letter|note|card|text message|"
    r"texts|voicemail|recording|worksheet)"
    r"(?: (?:of|from|by|that|she|he|they|i|we)(?= ))?"
    r"|look at (?:what|this)|here's what|here is what|swipe to see|see (?:below|attached)|"
    r"(?:drew|painted|wrote|made|sculpted|built) (?:this|me|for me))(?![a-z0-9])")

_PHONE = r"(?<![\w@.])(?:\+?1[-. ]?)?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)"
_STREET_ADDRESS = (r"(?<![a-z0-9])\d{1,5} (?:[a-z]+ ){1,3}(?:st|street|ave|avenue|rd|road|blvd|lane|ln|"
                   r"drive|dr|way|court|ct|circle|place|pl)(?![a-z])")
# "her number", "their insta" (a whole word: "mother number" is not "her number")
_THEIR_HANDLE = (r"(?<![a-z0-9])(?:her|his|their) (?:number|phone|cell|email|address|instagram|insta|"
                 r"facebook|fb|tiktok|handle|profile|username|account)")
_CONTACT_RE = _rx(_PHONE + r"|[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}|" + _STREET_ADDRESS +
                  r"|@[a-z0-9_]{3,}|" + _THEIR_HANDLE)


class _ContactScan:
    """``_CONTACT_RE`` within a window. Without an "@" there, neither an email nor a
    handle can match, and the rest can be prefiltered (pycore.scan): a plain scan tries the
    email pattern at every character."""

    id = -1  # scanned with an end position, like a plain regex

    def __init__(self) -> None:
        self.plain = Scanner(_CONTACT_RE, prefilter=False)
        self.no_at = Scanner(_PHONE + "|" + _STREET_ADDRESS + "|" + _THEIR_HANDLE)

    def finditer(self, doc, view, pos=0, endpos=None, stop=None):
        end = len(view) if endpos is None else endpos
        if view.find("@", pos, end) >= 0:
            return self.plain.finditer(doc, view, pos, end)
        return self.no_at.finditer(doc, view, pos, end)


_CONTACT_TIE = _rx(
    r"(?:client|patient|counselee|someone i (?:see|work with)|her|his|their|she|he)")

_RELATION_RE = _rx(
    r"(?<![a-z0-9])your (?:next-door )?(?:neighbor|neighbour|wife|husband|partner|son|daughter|mom|dad|"
    r"brother|sister|coworker|co-worker|boss|friend|cousin|teacher|student|classmate|pastor|doctor|"
    r"roommate|colleague|ex)(?![a-z0-9])")
_DISGUISE_RE = _rx(
    r"(?<![a-z0-9])(?:names? (?:and details )?(?:have been |has been |were |was )?(?:changed|altered|"
    r"removed)|(?:identifying )?details (?:have been |were )?(?:changed|altered|removed|"
    r"fictionalized)|not (?:her|his|their) real name|(?:shared|posted|sharing|posting) with "
    r"(?:her|his|their|client|patient)?'?s? ?permission|with (?:her|his|their) permission|"
    r"(?:she|he|they) (?:said|says) (?:it's|it is) ok(?:ay)? to (?:share|post)|anonymi[sz]ed|"
    r"de-?identified|composite|details? (?:obscured|blurred)|fake names?|"
    r"(?:chang|alter|tweak|disguis)(?:ing|ed) (?:the |some |a few |identifying )?(?:names?|details))(?![a-z0-9])")

# capitalized words that are not names
_NOT_NAMES = set(words(
    "i|i'm|i've|i'd|i'll|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
    "february|march|april|may|june|july|august|september|october|november|december|god|"
    "lord|jesus|christmas|thanksgiving|easter|halloween|hanukkah|ramadan|english|spanish|"
    "american|facebook|instagram|twitter|tiktok|youtube|google|zoom|dr|mr|mrs|ms|mx|"
    "the|a|an|my|our|this|that|today|yesterday|client|patient|therapy|therapist|mom|dad|"
    "mother|father|grandma|grandpa|ok|okay|proud|so|and|but|she|he|they|her|his|their|"
    "we|you|it|what|when|why|how|if|who|names|name|happy|new|year|mental|health|awareness|"
    "month|week|day|pride|black|history|walmart|target|costco|starbucks|amazon|icu|er|"
    "emdr|cbt|dbt|act|ifs|ptsd|ocd|adhd|bpd|npd|gad|lgbtq|lgbtqia|aa|na|usa|us|uk|tv|ceo|"
    "yes|no|hi|hello|thanks|thank|please|also|just|still|after|before|then|now|here|there|"
    "little|big|one|two|three|session|group|office|practice|clinic|counseling|center|"
    "photo|look|saw|had|did|does|can|could|would|should|will|wow|oh|ugh|lol|omg|"
    "twelve|hope|faith|grace|joy|love|peace|st|route|rd|ave|lane|elm|main|oak|maple|"
    "high|elementary|middle|school|university|college|academy|game|games|"
    # peoples and founding documents, not persons
    "maori|māori|pakeha|pākehā|tiriti|treaty|waitangi|aboriginal|indigenous|samoan|tongan|"
    "pasifika|fijian|islander|torres|strait|first|nations|inuit|metis|métis|latino|latina|latinx|"
    "hispanic|asian|african|european|muslim|christian|jewish|catholic|hindu|sikh|buddhist"))
_NAME_TOKEN = _rx(r"[a-z][a-z'\-]+")
_NAMED = _rx(r"(?:named|called|name is|name's|goes by|nicknamed) ([a-z][a-z'\-]+)")
_INITIALS = _rx(r"(?<=#)[A-Z]{2,3}(?![A-Za-z0-9])|(?<![A-Za-z0-9.])(?:[A-Z]\.\s?){1,3}(?=[\s,:;)!?]|$)|(?<![A-Za-z0-9])[A-Z]{2}(?=[,:;)]|\s(?:is|was|has|had|told|said|came|and|who|if))")
_ACRONYMS = set(words(
    "ok|us|uk|er|icu|tv|pm|am|ptsd|ocd|adhd|bpd|cbt|dbt|aa|na|emdr|lgbtq|ceo|cfo|ny|la|dc|"
    "hr|it|pt|ot|np|pa|md|rn|iop|php|iep|sud|gad|mdd|npd|ifs|act|dm|pm|fb|ig|pr|vp|ma|"
    "ms|mr|dr|jr|sr|ii|iv|ad|bc|id|vs|eg|ie|ps|ok"))


_GREETING_BEFORE = _rx(r"(?<![a-z])(?:hi|hey|hello|dear|morning|evening)\s*$")
_PLACE_BEFORE = _rx(r"(?:\b(?:in|from|at|on|near|to|of|the)\s*)$")
_TITLE_BEFORE = _rx(r"\b(?:dr|mr|mrs|ms|mx)\.?$")


def _names(doc, lo: int, hi: int):
    """Likely personal names (capitalized, not sentence-initial) and initials."""
    out = []
    sent_starts = {s for s, _ in doc.sentences}
    # only tokens whose first original character is a capital can pass
    text = doc.text
    starts = doc._starts
    if starts is None:  # identity offset map
        toks = [m for m in _NAME_TOKEN.finditer(doc.norm, lo, hi) if text[m.start()].isupper()]
    else:
        toks = [m for m in _NAME_TOKEN.finditer(doc.norm, lo, hi) if text[starts[m.start()]].isupper()]
    for m in toks:
        s, e = m.span()
        w = m.group(0)
        if s > 0 and doc.norm[s - 1].isalnum():
            continue
        if w in _NOT_NAMES or len(w) < 2:
            continue
        if not doc.is_capitalized(s):
            continue
        orig = doc.orig_word(s, e)
        if orig.isupper() and len(orig) > 1:
            continue
        # sentence-initial capital is not evidence
        k = s - 1
        while k >= 0 and doc.norm[k] in " \"'(-\n":
            k -= 1
        if k < 0 or s in sent_starts or doc.norm[k] in ".!?:\n" or (k >= 0 and doc.norm[k] == "," and k < 3):
            continue
        prev = doc.norm[max(0, k - 5):k + 1]
        if _GREETING_BEFORE.search(doc.norm[max(0, s - 9):s]):
            continue  # the person a message is addressed to
        if _PLACE_BEFORE.search(doc.norm[max(0, s - 6):s]):
            out.append((s, e, "place"))
            continue
        if _TITLE_BEFORE.search(prev):
            out.append((s, e, "name"))
            continue
        out.append((s, e, "name"))
    for m in _NAMED.finditer(doc.norm, lo, hi):
        if m.group(1) not in _NOT_NAMES:
            out.append((m.start(1), m.end(1), "name"))
    # initials need the original casing
    s0, e0 = doc.to_orig(lo, hi) if hi > lo else (0, 0)
    orig = doc.text
    for m in _INITIALS.finditer(orig, s0, e0):
        tok = m.group(0).strip()
        if tok.replace(".", "").lower() in _ACRONYMS and "." not in tok:
            continue
        if len(tok.replace(".", "").replace(" ", "")) == 1 and not tok.endswith("."):
            continue
        if tok in ("I.", "A."):
            continue
        ns = _orig_to_norm(doc, m.start())
        ne = _orig_to_norm(doc, m.start() + len(tok.rstrip()))
        if ns is not None and ne is not None and ne > ns:
            out.append((ns, ne, "initials"))
    return out


# "<any word> street", "<any word> high": nearly every word could start a place, so the
# place regex runs plainly, only inside the trigger windows; the others are prefiltered
_ID_REGEXES = tuple((kind, Scanner(rx)) for kind, rx in (
    ("age", _AGE), ("occupation", _OCC_RE), ("date", _DATE_RE), ("event", _EVENT_RE),
    ("clinical", _CLINICAL_RE), ("photo", _PHOTO_RE), ("name", _RELATION_RE))) + (
    ("place", Scanner(_PLACE_RE, prefilter=False)), ("contact", _ContactScan()))
# the client-reference patterns, tried one at a time where their first characters fit
_S_TRIGGER = Alternatives(r"(?<![a-z0-9])", [f"(?:{p})(?![a-z0-9])" for p in _TRIGGER_PATTERNS])
_S_DISGUISE = Scanner(_DISGUISE_RE)
_S_DISCLOSE = Scanner(_DISCLOSE_RE)


def _orig_to_norm(doc, py_index: int):
    if doc._starts is None:
        return py_index
    import bisect
    j = bisect.bisect_left(doc._starts, py_index)
    return j


def _window(doc, pos: int, before: int = 1, after: int = 2) -> tuple[int, int]:
    sents = doc.sentences
    if not sents:
        return 0, len(doc.norm)
    i = doc.sentence_index(pos)
    lo = sents[max(0, i - before)][0]
    hi = sents[min(len(sents) - 1, i + after)][1]
    return lo, hi


_PROMISE_BEFORE = _rx(r"(?:keep (?:it|them|this|details?)|will be|i'll|we'll|always|be|even(?: with| if| when)?) \s*$")
_READER_IS = _rx(r"(?<![a-z])(?:if|whether|when) (?:you're|you are|you've been)\s*$|(?<![a-z])are you\s*$")


def _triggers(doc):
    """Specific client references: (start, end)."""
    out = []
    for m in _S_TRIGGER.finditer(doc, doc.norm):
        s, e = m.span()
        before = doc.norm[max(0, s - 70):s]
        sent_s, _ = doc.sentence_of(s)
        clause = doc.norm[max(sent_s, s - 70):s]
        if _PLURAL_GENERIC.search(doc.norm[max(0, s - 25):s + 12]):
            continue
        if _OTHERS_POST.search(before) or _HYPOTHETICAL.search(clause):
            continue
        one_of = _ONE_OF.search(m.group(0))
        if one_of and _READER_IS.search(clause):
            continue  # "if you're one of our patients, we'll phone you": the reader, not a story
        if _ADDRESSED.search(doc.norm, max(sent_s, s - 30), s):
            continue  # "great session today" said to the person themselves
        k = _SUBJECT.search(m.group(0))
        if k is not None and _ANY_PLURAL.search(m.group(0), 0, k.start()) and not one_of:
            continue  # "the biggest drivers of stress we see": kinds of problem, not a person
        if (_PLURAL_WORDS.search(m.group(0)) or _HOW_WE.search(m.group(0))
                or (m.group(0).endswith(_VERB_LAST) and _PLURAL_WORDS.match(doc.norm, e + 1))) and not one_of:
            continue  # "the families we see", "how we work with whānau": a practice, not a story
        if _POLICY.search(doc.norm, sent_s, doc.sentence_of(s)[1]) and not one_of:
            continue  # "a screenshot of a text with a client is still PHI": a rule, not a story
        if _GENERIC_BEFORE.search(clause) and not one_of:
            # "if a client...", "every client", "when my client..."
            if not re.search(r"\b(?:today|yesterday|this morning|last week|told me)\b",
                             doc.norm[s:s + 80]):
                continue
        out.append((s, e))
        del before
    for m in _S_DISGUISE.finditer(doc, doc.norm):
        s, e = m.span()
        s0, s1 = doc.sentence_of(s)
        i = doc.sentence_index(s)
        if (_STAFF.search(doc.norm, s0, s1) or _PROMISE_BEFORE.search(doc.norm, max(0, s - 25), s)
                or _NO_STORIES.search(doc.norm, doc.sentences[max(0, i - 1)][0], s1)):
            continue  # "staff spotlight (shared with her permission)", "I'll keep it de-identified",
            # "you won't see client stories here, even with names changed", "cases anonymised in peer consultation",
            # "Our consultation group resumes in May. Anonymised cases only." (the sentence before counts)
        out.append((s, e))
    return out


_S_SELF_SUFFICIENT = Scanner(_SELF_SUFFICIENT)


def _self_sufficient(doc):
    out = [m.span() for m in _S_SELF_SUFFICIENT.finditer(doc, doc.norm)]
    for m in _name_ages(doc.norm):
        if doc.is_capitalized(m.start(1)) and m.group(1) not in _NOT_NAMES:
            out.append(m.span())
    return out


_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz'-")


def _name_ages(norm: str):
    """``_NAME_AGE.finditer(norm)``, tried only at the word before each " (": a plain scan
    tries every letter of the text."""
    last = 0
    i = norm.find(" (")
    while i >= 0:
        ws = i
        while ws > last and norm[ws - 1] in _NAME_CHARS:
            ws -= 1
        if ws < i:
            for m in _NAME_AGE.finditer(norm, ws, i + 12):
                yield m
                last = m.end()
        i = norm.find(" (", max(i + 2, last))


def _analyse(doc):
    """Cache: (triggers, {kind: [(s, e)]}) for the doc, computed once."""
    cache = doc.cache.get("conf")
    if cache is not None:
        return cache
    strong_triggers = _self_sufficient(doc)
    triggers = _triggers(doc) + strong_triggers
    found: dict[str, list] = {}
    flagged_triggers = []
    if triggers:
        norm = doc.norm
        # identifiers count only inside a trigger's window: look only there
        windows = [_window(doc, ts) for ts, _ in triggers]
        wins = sorted(windows)
        merged = [list(wins[0])]
        for lo, hi in wins[1:]:
            if lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        every: dict[str, list] = {}
        for kind, rx in _ID_REGEXES:
            spans = []
            for lo, hi in merged:
                # a plain regex ends its scan at the window's end; a prefiltered one
                # only starts matches before it (so no match is cut short)
                spans.extend(m.span() for m in rx.finditer(doc, norm, lo, None if rx.id >= 0 else hi, stop=hi))
            if spans:
                every.setdefault(kind, []).extend(spans)
        for lo, hi in merged:
            for a, b, kind in _names(doc, lo, hi):
                every.setdefault("name" if kind != "place" else "place", []).append((a, b))
        for lst in every.values():
            lst.sort()
        disguise = [m.span() for m in _S_DISGUISE.finditer(doc, norm)]
        disguise_spans = set(disguise)
        disclose = [m.start() for m in _S_DISCLOSE.finditer(doc, norm)]
        starts = {k: [a for a, _ in v] for k, v in every.items()}
        for (ts, te), (lo, hi) in zip(triggers, windows):
            ids: dict[str, list] = {}
            for kind, lst in every.items():
                i = bisect.bisect_left(starts[kind], lo)
                j = bisect.bisect_left(starts[kind], hi)
                sel = [sp for sp in lst[i:j] if sp[1] <= hi]
                if sel:
                    ids[kind] = sel
            if disguise:
                ids["disguise"] = disguise
            k = bisect.bisect_left(disclose, lo)
            has_disclose = k < len(disclose) and disclose[k] < hi
            strong = sum(1 for kk in ("name", "initials", "age", "occupation", "place", "event",
                                      "photo", "contact") if ids.get(kk))
            weak = sum(1 for kk in ("date", "clinical") if ids.get(kk)) + (1 if has_disclose else 0)
            score = 0.45 + 0.4 * strong + 0.2 * weak
            if (ts, te) in strong_triggers:
                score += 0.4
            elif (ts, te) in disguise_spans and not strong and weak < 2:
                # "a composite example", "details changed" with no story around it
                # (only a theme such as grief or trauma) identifies no one
                continue
            if score >= 0.6:
                flagged_triggers.append((ts, te))
                for kk, spans in ids.items():
                    found.setdefault(kk, []).extend(spans)
    # identifiers that need no trigger: addressing a client by initials, disguise notes
    cache = (flagged_triggers, found)
    doc.cache["conf"] = cache
    return cache


def _spans(kind):
    def matcher(doc, context, settings):
        _, found = _analyse(doc)
        seen = set()
        for s, e in found.get(kind, ()):
            if (s, e) not in seen:
                seen.add((s, e))
                yield s, e, _like_extra(context)
    return matcher


def _like_extra(context):
    if context == "like":
        return {"message": "This post shares details that could identify someone's client; "
                           "liking it spreads them further. Consider a private message to its "
                           "author instead of a public reaction."}
    return None


def _trigger_matcher(doc, context, settings):
    triggers, _ = _analyse(doc)
    for s, e in triggers:
        yield s, e, _like_extra(context)


def _conf_rule(rid, title, what, message, why_extra, kind, flag, clean, matcher=None, instead=""):
    return make_rule(
        id=rid, category="confidentiality", severity="error", title=title,
        message=message, why=_WHY_CORE + why_extra, source=SRC, what=what,
        instead=instead or "Talk about themes and what you have learned across many clients, "
                           "never one person's details; keep stories about clients in "
                           "supervision and consultation.",
        matcher=matcher or _spans(kind), contexts=ALL, quoted=False,
        flag=flag, clean=clean)


_GOOD = [
    "Many of my clients struggle with anxiety during the holidays. You are not alone.",
    "Something I say a lot in session: your body is not a before picture.",
    "Intern reflection: I learnt this year that silence in a session isn't empty.",
    "Struggling to afford your medication? Ask about our patient assistance program.",
    "Here's what a first session with us usually looks like: some paperwork, your story in your own words, and questions.",
    "Housing insecurity is one of the biggest drivers of stress we see. Free advice for renters: 1800 454 454.",
    "Feeling nervous about seeing a counsellor for the first time? Most sessions start with simple questions.",
    "Disguised vignettes still identify people, so you won't see client stories here, even with names changed.",
    "Peer consultation group for counsellors in South Wales: monthly, cases fully anonymised, never online.",
    ("Hi Dr Lim, saw your post about the client session this morning; it might be identifiable. Would you consider taking it down?", "message"),
    "HIPAA reminder: a photo of a client's artwork is still protected health information.",
    "If your child is self-harming, book an appointment with their GP this week.",
    ("Hi Sam, great session today. See you Thursday at 4.", "message"),
    "If a client tells you about abuse, know your reporting duties.",
    "I will never share client stories here; what you say in session stays in session.",
    "If you're reading this in crisis, please call or text 988 or go to your nearest emergency room.",
    ("Want to grab coffee Thursday and compare notes on the new attendance protocol?", "message"),
    "Spotted in our waiting room: a puzzle that has been \"almost done\" since March.",
    "In session we use the name and pronouns a person gives us.",
    "Struggling with drink or drugs? The HSE Drugs and Alcohol Helpline is free, Monday to Friday, "
    "or ask your GP for a referral.",
    "Good practice is curious, respectful and led by the client.",
    ("Hi Dr Walsh, I have a query about a shared patient. Could you ring me at the clinic?", "message"),
    ("Hi Sinead, I saw your post in the group this morning; could you edit a couple of details?", "message"),
    "Our waitlist is open again. Call the office to book an intake appointment.",
    "Intern reflection from one of our MSW students: cultural humility is a practice, not a module.",
    "Knackered after three days at the conference; notes on the fathers' mental health sessions tomorrow.",
    "In session we often talk about the empty chair at the holiday table.",
    "A patient's right to privacy doesn't end when they die.",
    "Resident doctors are on strike Friday. If you're one of our patients and your appointment is affected, we'll phone you.",
    "Brilliant CPD session today on emotionally based school avoidance.",
    "We follow 42 CFR Part 2, so we can't confirm or deny that anyone is a patient here without written consent.",
    "'People with schizophrenia', not 'schizophrenics': a small change that reminds us we're treating a person.",
    "Staff spotlight (shared with her permission): our receptionist, Lou, has greeted everyone for 20 years.",
    ("Hi Priya, would you have 20 minutes this week for a consult on a complicated grief case? I'll keep it de-identified.", "message"),
    "If you're reading this at 3am with a newborn and your thoughts have gone somewhere dark: Samaritans 116 123.",
    "Teaching session today on coercive control in pregnancy: ask about it routinely.",
    ("A gentle heads-up: your post this morning might make a patient recognisable. Worth taking down?", "message"),
    "We admitted a record number of patients this winter; thank you to every nurse on the unit.",
    "Paramedic wellbeing is a patient safety issue: exhausted crews make mistakes.",
    "A storytime request I have to decline: I won't tell stories from sessions, even with names changed.",
    "Please don't message this page with details about a patient; it isn't secure. Ring the department instead.",
]

RULES = [
    _conf_rule(
        "CONF001", "Story about a specific client",
        "Flags a reference to one specific client (\"my client\", \"a patient\", \"in session "
        "today\", \"someone I work with\", \"a teen I see\") when the post goes on to tell that "
        "person's story.",
        "This refers to a specific client and tells their story in public.",
        "Even without a name, a story about one client can be recognised by the client and the "
        "people around them.",
        None,
        flag=["My client told me today that she finally left her husband.",
              "A young bloke I'm seeing, an apprentice sparky from Geelong, finally told his mum about the panic attacks.",
              ("Quick consult: 15yo, plays for the Ridgeway under-16s, disclosing self-harm. Thoughts?", "message"),
              "Names changed: one of my Year 9 pupils at a small village school told me her dad is back in prison.",
              "Night shift on 4 West: the 19yo who came in Tuesday after the bridge incident finally ate breakfast.",
              "Guess who got brought in on a 5150 tonight: the barista from the coffee place on Elm.",
              ("I treated Marjorie professionally for years; her grief after the flood never really lifted. RIP.", "comment"),
              "In session today a client broke down about her son.",
              ("Someone I work with just relapsed after two years sober.", "reply"),
              ("My client Jenna finally opened up about her panic attacks today.", "like"),
              "A nurse from the Riverside ward was in my chair for grief counselling every week this winter.",
              "I'm treating one of the survivors of last month's Elm Street bus crash.",
              ("I saw your brother for a few sessions after the accident; he talked about you a lot.", "comment"),
              "She came through our eating disorder program at St Luke's in 2021.",
              ("The young dad from the Harbour estate has been in my office twice this week.", "message")],
        clean=_GOOD + ["I'm treating one of the dogs to a new bed this weekend.",
                       "The chair in my office was a gift from my first supervisor.",
                       "Dozens of families came through our program this year; thank you to every volunteer."],
        matcher=_trigger_matcher),
    _conf_rule(
        "CONF002", "Client's name or initials",
        "Flags a personal name or initials near a reference to a client.",
        "A name or initials next to a client reference can identify the client.",
        "Names and initials are direct identifiers; initials plus any context are easy to decode.",
        "name",
        flag=["My client Sarah finally stood up to her boss today.",
              "So proud of my client J.D. who passed the bar exam this week."],
        clean=_GOOD + ["Dr. Patel joins our practice in May. Welcome!"],
        matcher=lambda d, c, s: _merge(_spans("name")(d, c, s), _spans("initials")(d, c, s))),
    _conf_rule(
        "CONF003", "Client's age",
        "Flags an age (\"34-year-old\", \"she's 13\", \"in his forties\") near a client reference.",
        "An age next to a client reference narrows down who the client is.",
        "Age is a quasi-identifier: combined with one more detail it often points to one person.",
        "age",
        flag=["My 34-year-old client finally booked the trip she was afraid of.",
              "A teen I see told me she's been skipping meals. She's 13."],
        clean=_GOOD + ["Our practice sees children from 5 years old and up."]),
    _conf_rule(
        "CONF004", "Client's job or workplace",
        "Flags an occupation or workplace (teacher, nurse, pastor, firefighter, \"works at\") near a "
        "client reference.",
        "A job or workplace next to a client reference can identify the client.",
        "Jobs narrow a town's population quickly; colleagues may recognise the person.",
        "occupation",
        flag=["A client who's a firefighter told me about the nightmares today.",
              "My client, a retired pastor, told me he has lost his faith."],
        clean=_GOOD + ["Teachers, nurses and firefighters: burnout is real. Our group starts in May."]),
    _conf_rule(
        "CONF005", "Client's school or place",
        "Flags schools, towns, streets, stores and other places near a client reference.",
        "A school or place next to a client reference can identify the client.",
        "Places tie a story to a small community where people know each other.",
        "place",
        flag=["A teen I see at Lincoln High told me she is being bullied.",
              "My client who lives on Elm Street finally left the house today."],
        clean=_GOOD + ["Our office has moved to 12 Oak Street. Same phone number."]),
    _conf_rule(
        "CONF006", "When you saw the client",
        "Flags dates, weekdays and times (\"today\", \"this morning\", \"my 8am\", \"Tuesday\") near a "
        "client reference.",
        "The timing of a session tells people who were around when the client was there.",
        "Anyone who saw the client arrive, or knows their schedule, can connect a dated story to them.",
        "date",
        flag=["My 8am client cried the whole session today.",
              "Had a client on Tuesday who finally talked about the accident."],
        clean=_GOOD + ["Our office is closed Monday for the holiday."]),
    _conf_rule(
        "CONF007", "Unique event in a client's life",
        "Flags distinctive events (a custody hearing, a promotion, a game show, a fire, a one-year "
        "chip) near a client reference.",
        "A distinctive life event next to a client reference can identify the client.",
        "Unusual events are remembered by everyone around the person; one is often enough to "
        "identify them.",
        "event",
        flag=["A client of mine won the lottery last year and is more anxious than ever.",
              "Saw a couple this week who met as contestants on a game show."],
        clean=_GOOD + ["Divorce is hard on kids. Here are five ways to help them cope."]),
    _conf_rule(
        "CONF008", "Client's photo, artwork or message",
        "Flags photos, drawings, letters, screenshots and other material from a client.",
        "Sharing a client's photo, artwork or words publicly discloses their therapy.",
        "Material made in therapy belongs to the client's record; sharing it discloses that they "
        "are in therapy and what they are working on.",
        "photo",
        flag=["Photo from our art therapy group today: look at what Maya (9) painted!",
              "Sharing a drawing my client made in session today."],
        clean=_GOOD + ["New quote card for the week: small steps still count."]),
    _conf_rule(
        "CONF009", "Name from your client list",
        "Flags any word or phrase that matches one of the client identifiers you saved (stored "
        "only as salted hashes).",
        "This matches a name you saved as a client identifier.",
        "You told Second Look that this name belongs to a client, so any public mention risks "
        "identifying them, with or without a client reference.",
        "hashed",
        flag=[("I am so proud of Jordan today.", "post",
               {"client_salt": "example-salt",
                "client_hashes": [hash_identifier("Jordan", "example-salt")]})],
        clean=_GOOD, matcher=lambda d, c, s: ()),
    _conf_rule(
        "CONF010", "Client's contact details",
        "Flags phone numbers, email addresses, street addresses and social handles tied to a "
        "client.",
        "Contact details tied to a client identify them directly.",
        "Phone numbers, emails, addresses and handles are direct identifiers.",
        "contact",
        flag=["My client's number is 555-123-4567, she asked me to share it with the group today.",
              "A client I see asked me to follow her Instagram today; her handle is @janedoe88."],
        clean=_GOOD + ["Call the office at 555-123-4567 or email hello@example.com to book."]),
    _conf_rule(
        "CONF011", "Disguised client story",
        "Flags notes like \"names changed\" or \"shared with permission\" on a client story.",
        "Changing names does not make a client story safe to post.",
        "Other details still identify the client, and a client's permission given inside a "
        "therapy relationship is not freely given; the story stays confidential.",
        "disguise",
        flag=["Names changed, but my client finally told her family about the diagnosis today."],
        clean=_GOOD + ["Names have been changed in all case examples in our training manual.",
                       "A composite example, not any one person: someone starts therapy for sleep "
                       "problems and finds grief underneath.",
                       "Our consultation group for local counsellors meets monthly again from March. "
                       "De-identified cases only, as always."]),
    _conf_rule(
        "CONF012", "Client's diagnosis or clinical detail",
        "Flags diagnoses, symptoms and treatment details near a client reference.",
        "A diagnosis or symptom next to a client reference discloses health information.",
        "Diagnoses and symptoms are protected health information; together with any other "
        "detail they identify the client.",
        "clinical",
        flag=["My client with bipolar disorder stopped her meds again this week.",
              "In session today a client described her panic attacks at work."],
        clean=_GOOD + ["Panic attacks are treatable. Call us to learn about CBT."]),
    make_rule(
        id="CONF013", category="confidentiality", severity="error",
        title="A client's own post about their therapy",
        message="This post tells the world its author is in therapy with a named clinician; a "
                "like from that clinician confirms it.",
        why=_WHY_CORE + "When the therapist named in a post likes it, the like confirms the "
                        "therapy relationship publicly, which the client may not realise.",
        source=SRC, what="In like context: flags a post in which someone names their own "
                         "therapist, or describes their sessions with a named clinician.",
        instead="Do not react publicly; thank the client in session if at all.",
        patterns=(r"(?:my|our) (?:therapist|counselor|counsellor|psychologist|psychiatrist|social worker)"
                  r"(?! (?:friends?|colleagues?|buddy|buddies|pals?|mates?|peers?)(?![a-z]))(?: @[a-z0-9_.]+)?|"
                  r"(?:therapy|sessions?|counseling|treatment) with (?:dr\.? [a-z]+|@[a-z0-9_.]+)|"
                  r"(?:been )?seeing (?:dr\.? )?[a-z]+ at|dr\.? [a-z]+ (?:saved|changed|helped|has helped)",
                  # a client's praise of a clinician: "best counsellor a guy could ask for",
                  # "5 stars for Dr. Patel ... she saved my marriage", "therapist and now my bestie"
                  r"(?:best|greatest|favou?rite) (?:therapist|counsel+or|psychologist|psychiatrist)"
                  r"(?= (?:and now|&|a (?:guy|girl|gal|lady|man|woman|person|mum|mom|dad) could|i(?:'ve| have) ever|ever(?![a-z])))|"
                  r"(?:therapist|counsel+or|psychologist) (?:and|&) (?:now )?(?:my )?(?:bestie|bff|best friend|friend)|"
                  r"(?:stars?|review|shout ?out) (?:for|to) dr\.? [a-z]+|"
                  r"dr\.? [a-z]+[^.!?]{0,60}(?:saved|changed|fixed|turned around) my (?:life|marriage|relationship|family|kid|son|daughter)",),
        contexts=("like",), quoted=False,
        flag=[("Dr. Kim saved my marriage.", "like"),
              ("Five stars for Dr. Okafor at Riverbend, he turned my life around and saved my marriage.", "like"),
              ("Movie night with the best counselor a girl could ask for!", "like"),
              ("My therapist and now my best friend, love you @mira_counsels", "like"),
              ("Brunch with my therapist today!", "like")],
        clean=[("New research on grief and sleep.", "like"),
               ("Had lunch with my therapist friends from grad school at the conference.", "like"),
               ("Thanks to Dr. Lee for a great CE workshop on grief.", "like"),
               ("Brunch with my therapist today!", "post")]),
    make_rule(
        id="CONF014", category="confidentiality", severity="warning",
        title="Public reply under a post that shares client details",
        message="The post you are answering seems to share client details: consider a private "
                "message to its author instead of a public reply.",
        why="When another clinician shares information that could identify a client, a public "
            "reply keeps the thread alive and adds your name to it. The guidance is to stay out of "
            "the public thread and raise the concern privately.",
        source=f"{A[8]}; {A[7]}; {APA_401}",
        what="In reply and comment context: flags any reply when the post being answered has a "
             "confidentiality finding of its own, whatever the reply says.",
        instead="Send the author a private message about the post; do not reply in public.",
        contexts=("reply", "comment"), quoted=False,
        flag=[Example("Thank you for sharing this!", "reply",
                      parent="Proud of my client Jenna today, a 19-year-old nursing student at State "
                             "who finally opened up about her eating disorder in session."),
              Example("So moving.", "comment",
                      parent="My client Dave, a firefighter in Dayton, told me in session today "
                             "about his divorce.")],
        clean=[Example("Thank you for sharing this!", "reply",
                       parent="Grief does not follow a schedule. Reaching out to a counselor can help."),
               Example("Thank you for sharing this!", "post",
                       parent="Proud of my client Jenna today, a 19-year-old nursing student at State.")]),
]


def _merge(*iters):
    for it in iters:
        yield from it


# CONF009 is matched by the engine against the hashed client list.
