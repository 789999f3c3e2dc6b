"""Dual relationships: personal connections with clients."""

from __future__ import annotations

from .._regex import compile as _rx

from ..scan import Scanner, sentences_with
from ._common import A, ALL, NASW, first_per_sentence, make_rule

SRC = f"{A[5]}; {A[6]}; {A[1]}; APA Ethics Code 3.05; {NASW}"
WHY = ("The article notes that no code forbids accepting a client's friend request, but the APA "
       "and ethics experts advise against it: each side sees what therapy does not share, and the "
       "relationship changes. A written policy that friend requests are never accepted is the "
       "recommended practice. ")


def _rule(rid, title, what, message, why, flag, clean, instead, **kw):
    kw.setdefault("contexts", ALL)
    return make_rule(id=rid, category="dual-relationship", severity="error", title=title,
                     message=message, why=WHY + why, source=SRC, what=what, instead=instead,
                     flag=flag, clean=clean, negated=True, **kw)


_C = r"(?:clients?|patients?|former clients?|current clients?|ex-clients?|people i (?:see|work with|treat))"

RULES = [
    _rule("DUAL001", "Inviting personal connections",
          "Flags invitations to connect personally: friend me, add me on Snapchat, follow my "
          "personal page, my personal number.",
          "This invites readers, who may be clients, into your personal life.",
          "Clients who friend or follow your personal profile see your private life, and you "
          "see theirs.",
          ["Friend me on my personal page!", "Follow my personal Instagram for more.",
           ("Text me on my personal cell anytime.", "message")],
          ["I never accept friend requests from clients; that protects your privacy.",
           "Follow this page for practice news.",
           ("Thanks for the request, but I keep my personal profile for family only.", "comment"),
           ("Thanks for the friend request. I keep my personal profile separate from my work, so I won't accept.", "message"),
           ("Thanks for the friend request. I keep my personal account private for all the "
            "families I work with; the school office is the best way to reach me.", "message")],
          "Point people to the practice page, phone and email.",
          patterns=(r"(?:friend|add|follow|find|message|text|call) me (?:on|at|via) (?:my )?(?:personal|private|own) "
                    r"(?:page|profile|account|facebook|fb|instagram|insta|ig|tiktok|snapchat|snap|cell|number|phone)",
                    r"(?:send|shoot) me a friend request|friend me|add me (?:as a friend|on (?:facebook|fb|snap|snapchat|instagram|insta|ig))",
                    r"(?:my|our) personal (?:page|profile|account|facebook|fb|instagram|insta|ig|number|cell|phone|email)"
                    r"(?! (?:is |are |stays? |remains? )?(?:private|locked|closed|off-limits|for (?:family|friends)|family only))",
                    r"follow my (?:personal|private)|let's be friends (?:on facebook|outside|for real)|connect with me personally"),
          innocent=lambda doc, s, e: _DECLINED.search(doc.norm, *doc.around(doc.sentence_index(s))) is not None),
    _rule("DUAL002", "Accepting clients' friend requests",
          "Flags accepting or welcoming friend requests and follows from clients.",
          "This describes friending clients, which blurs the therapy relationship.",
          "Friending clients gives both sides access to personal information the therapy does "
          "not share, and can compromise confidentiality.",
          ["I accepted my client's friend request today.", "My clients can always friend me on Facebook.",
           "We're Facebook friends with a few of my clients now."],
          ["I never accept friend requests from clients.",
           "My policy: I don't accept friend requests from current or former clients."],
          "Decline and explain your social media policy in session.",
          patterns=(r"(?:accept|accepted|accepting|accepts|approve|approved|approving) (?:\w+ ){0,2}(?:client|patient)(?:'s|s'|s)? (?:\w+ )?(?:friend|follow) requests?",
                    r"(?:accept|accepted|accepting|accepts|approve|approved) (?:\w+ ){0,2}(?:friend|follow) requests? from (?:\w+ ){0,3}" + _C,
                    _C + r" (?:can|are welcome to|may|should|feel free to|are free to) (?:always )?(?:friend|follow|add) me",
                    r"(?:we're|we are|became|become|are now|i'm|i am) (?:facebook |fb |instagram )?friends with (?:\w+ ){0,4}" + _C,
                    r"(?:my|a) (?:client|patient) (?:and i )?(?:are|became|is) (?:now )?(?:facebook |fb )?friends"),
          ),
    _rule("DUAL003", "Socialising with clients",
          "Flags plans to meet clients socially: coffee, drinks, parties, hanging out.",
          "Socialising with a client creates a second relationship alongside therapy.",
          "A social relationship alongside therapy can impair your objectivity and exploit the "
          "client's trust (APA 3.05).",
          ["Had drinks with a client after her last session.",
           ("Let's grab coffee sometime outside of our sessions!", "message")],
          ["We do not socialise with clients outside sessions.",
           "Coffee and tea are available in our waiting room."],
          "Keep contact to sessions and practice channels.",
          patterns=(_C + r"[^.!?]{0,50}(?:grab|get|getting|grabbed|got|have|had|having) (?:coffee|drinks|a drink|lunch|dinner|a beer|brunch)",
                    r"(?:coffee|drinks|a drink|lunch|dinner|brunch|hang out|party|bbq|barbecue|wedding|game night|a beer) (?:with|for) (?:a |my |one of my )?" + _C,
                    r"(?:invite|invited|inviting) (?:a |my |all my |one of my )?" + _C + r" to (?:my|our)",
                    r"(?:grab|get|have) (?:coffee|a coffee|drinks|a drink|lunch|dinner|a beer|brunch) (?:together )?(?:sometime|outside|after)",
                    r"(?:hang out|meet up|get together) (?:sometime|outside (?:of )?(?:our )?(?:sessions?|therapy|the office)|this weekend)")),
    _rule("DUAL004", "Other relationships with clients",
          "Flags hiring, dating, bartering or doing business with a client.",
          "This describes a second relationship with a client.",
          "Business, romantic or barter relationships with clients are the classic harmful "
          "multiple relationships (APA 3.05, 10.05).",
          ["I hired my client to redo my kitchen.", "Dating a former client is fine after a year, right?",
           "Happy to swap a couple of sessions for help painting the fence.",
           "Any of my clients good with cars? Mine won't start."],
          ["We never barter services or hire clients.",
           "Sessions can be exchanged for a later date with 24 hours' notice."],
          "Refer the other relationship elsewhere and consult a colleague.",
          patterns=(r"(?:hire|hired|hiring|employ|employed) (?:a |my |one of my )?(?:former )?(?:client|patient)",
                    r"(?:my|a) (?:client|patient) (?:is|was) also my \w+",
                    r"(?:date|dating|dated|dates|married|marry|marrying|sleep with|slept with|sleeping with|hook up with|hooked up with) (?:a |my |one of my )?(?:former |ex-?|current )?(?:client|patient)s?",
                    r"(?:barter|bartering|trade|trading|swap|swapping|exchange|exchanging) (?:\w+ ){0,3}(?:sessions?|therapy|counsel+ing|appointments?) (?:for|in exchange for)|"
                    r"(?:free|discounted|cheaper) (?:sessions?|therapy|counsel+ing) (?:in exchange for|for (?:some )?help (?:with|on))|"
                    r"(?:any of|one of) (?:my|our) (?:clients|patients) (?:handy|good|able|willing|available|looking|interested)(?= with| at| to| for)",
                    r"(?:buy|bought|buying|invest|invested|investing) (?:\w+ ){0,2}(?:from|in) (?:a |my )?(?:client|patient)'?s?"),
          ),
    _rule("DUAL005", "Looking clients up online",
          "Flags looking up or checking a client's social media.",
          "Looking a client up online, without a real safety concern, crosses a boundary.",
          "The article advises looking clients up online only for a real safety concern; "
          "otherwise it is not appropriate.",
          ["I googled my client last night and found her Instagram.",
           "Checked my client's Facebook after session."],
          ["I do not look clients up online unless there is a safety concern."],
          "Ask the client in session; search only for a real safety concern, and document why.",
          patterns=(r"(?:googled|google|googling|looked up|look up|looking up|searched|search|stalked|stalking|"
                    r"checked out|checked|check|checking|creeping on|creeped on|found) (?:a |my |one of my |the )?(?:client|patient)(?:'s|s'|s)?"
                    r"(?: (?:\w+ )?(?:online|on (?:facebook|instagram|google|fb|ig|tiktok|linkedin|social media)|"
                    r"(?:facebook|instagram|fb|ig|tiktok|linkedin|social media|profile|page|account|socials))| last night| online)",),
          ),
    _rule("DUAL006", "Joining a client's personal life",
          "Flags inviting clients to personal events or places, or going to theirs: my house, my "
          "party, my church, a client's wedding, accepting a client's request.",
          "This mixes a client's personal life with yours.",
          "Personal events bring clients into your private life and you into theirs; the therapy "
          "relationship changes when roles mix.",
          ["Any of my clients want to join our book club at my house Thursday?",
           ("Of course I'll come to your wedding!", "message"),
           "I was a bridesmaid at a current client's wedding.",
           ("Wouldn't miss it, I'll be there at your christening!", "reply"),
           ("Pints with the best counsellor in Leeds last night, cheers @SamTalks", "like")],
          ["Our office will be closed for the holiday.",
           ("Lunch with my therapist colleagues after the trauma conference.", "like"),
           "Please don't invite me to personal events; it protects your therapy."],
          "Keep contact to sessions; explain your boundaries kindly in session.",
          patterns=(_C + r"[^.!?]{0,60}(?:my|our) (?:\d+(?:st|nd|rd|th) )?(?:house|home|place|party|birthday|wedding|church|book club|run club|bbq|barbecue|cookout|lake house)",
                    r"(?:my|our) (?:house|home|place|party|birthday party|\d+(?:st|nd|rd|th) birthday party|wedding|church|book club|run club|bbq|barbecue)[^.!?]{0,60}" + r"(?:clients?|patients?)(?: (?:past and present|welcome|are welcome|invited))",
                    r"(?:come|coming) to (?:my|our) (?:church|house|place|home|party|wedding|birthday|bbq|barbecue)|stay for (?:lunch|dinner|drinks) at my|"
                    r"(?:lunch|dinner|drinks|brunch) at my (?:place|house)|(?:i'll|i will|i'd love to|i would love to|happy to|can't wait to|wouldn't miss) (?:come|be there|be|attend|go)(?: there)? (?:to|at)? ?your (?:wedding|party|birthday|graduation|shower|house|place|celebration|hen do|stag do|bachelorette|christening|housewarming)|"
                    r"meet up for (?:drinks|coffee|lunch|dinner|a drink)|(?:guest|bridesmaid|groomsman|officiant|maid of honor|best man|godmother|godparent|godfather) (?:at|for|in) (?:a |my |one of my )?(?:current |former )?(?:client|patient)'?s?",
                    r"(?:at|to) (?:a |my )?(?:current |former )?(?:client|patient)'s (?:wedding|party|birthday|funeral|house|home|graduation|shower|bbq)",
                    r"accepted (?:your |the )?(?:friend |follow )?request|^accepted!|(?:connected|friends) outside (?:of )?(?:our )?(?:sessions?|therapy)|fun to see your (?:\w+ )?(?:pics|photos|posts)",
                    r"(?:my|your) (?:therapist|counselor|counsellor|psychologist)[^.!?]{0,40}(?:best friend|friends now|friend now)|"
                    r"(?:therapist|counsel+or|psychologist|psychiatrist) (?:and|&) (?:now )?(?:my )?(?:bestie|bff|best friend|friend|drinking buddy|mate)|"
                    r"(?:drinks|brunch|beers?|pints?|a night out|night out|the bbq|the party|girls' night|lads' night)[^.!?]{0,50}(?:best|my|the best) (?:therapist|counsel+or|psychologist)(?! (?:friends|colleagues|peers))|(?:brunch|drinks|lunch|dinner|coffee|hanging out|party|girls' night) with my (?:therapist|counselor|counsellor)(?! (?:friends|colleagues|peers|team))|friends with (?:your|my) (?:therapist|counselor|counsellor)",
                    r"(?:clients?|patients?)[^.!?]{0,40}(?:order from me|buy from me|want my business|can order|are welcome to apply|welcome to apply|welcome to join)(?= |[.,!?]|$)|(?:knock|take) (?:\w+ ){0,3}off (?:the|your) bill|since you do [a-z]+",
                    r"(?:selling|sell) (?:\w+ ){0,5}(?:to )?(?:clients|patients)|(?:clients|patients) (?:can|could) (?:buy|order|purchase)")),
]

# --- clients invited into personal life, across a sentence or two -----------------
# "Book club at my place this month. Clients and colleagues both welcome."
# "I'm turning 40 and hosting a fundraiser at the Brewhouse. Clients, I'd love to see you there."

_CLIENT_GROUP = _rx(
    r"(?<![a-z])(?:(?:my|our|any of my|some of my|lots of my|all my|all of my) (?:\w+ )?(?:clients|patients)|"
    r"clients?(?:,| past| and| both| are| old| current| former| welcome| too| from| in my)|patients(?:,| past| and| both| welcome)|"
    r"people i (?:see|work with|treat)|(?:former|current|past) clients)(?![a-z])")
_PERSONAL_EVENT = _rx(
    r"(?<![a-z0-9])(?:(?:my|our)(?:'s)? (?:\w+ ){0,2}(?:house|home|place|flat|apartment|party|birthday|wedding|"
    r"church|book club|run club|running club|walking group|bbq|barbecue|cookout|lake house|fundraiser|gig|"
    r"potluck|dinner party|game night|pub quiz|quiz night|housewarming|christening|baby shower|band)|"
    r"(?:at|to) my (?:place|house|home|flat)|i'm turning \d+|(?:i'm|i am|we're|we are) hosting|"
    r"(?:my|our) (?:\d+(?:st|nd|rd|th) )?birthday)(?![a-z])")
_INVITE = _rx(
    r"(?<![a-z])(?:welcome|invit\w+|join (?:us|me)|come (?:along|by|over)|come to|(?:love|like|want) to see|"
    r"see (?:you|your faces|some of)|open to|rsvp|bring (?:a|your)|lots of my clients come)(?![a-z])")
_REQUEST = _rx(r"(?<![a-z0-9])(?:friend|follow) request(?![a-z])")
_S_PERSONAL_EVENT = Scanner(_PERSONAL_EVENT)
_S_REQUEST = Scanner(_REQUEST)
_ACCEPT = _rx(r"(?<![a-z])(?<!don't )(?<!not )(?<!never )(?<!won't )accept(?:ed)? (?:it|your|you)(?![a-z])")
_SECRET = _rx(r"(?<![a-z])(?:don't|do not) tell (?:my )?(?:other|the other) (?:clients|patients)(?![a-z])")


def _personal_invite(doc, context, settings):
    text = doc.norm
    sents = doc.sentences
    todo = sorted(set(sentences_with(doc, _S_PERSONAL_EVENT, text)) | set(sentences_with(doc, _S_REQUEST, text)))
    for i in todo:
        s0, s1 = sents[i]
        ev = _PERSONAL_EVENT.search(text, s0, s1)
        req = _REQUEST.search(text, s0, s1)
        if ev is None and req is None:
            continue
        lo = sents[max(0, i - 1)][0]
        hi = sents[min(len(sents) - 1, i + 1)][1]
        if ev is not None and _CLIENT_GROUP.search(text, lo, hi) and _INVITE.search(text, lo, hi):
            yield ev.span()
        elif req is not None and (_ACCEPT.search(text, lo, hi) or _SECRET.search(text, lo, hi)):
            yield req.span()


RULES.append(_rule(
    "DUAL007", "Clients invited into your personal life",
    "Flags a personal event or place (my birthday, my place, my church, my run club) offered "
    "to clients in the same or the next sentence, and accepting a client's friend request "
    "in a message.",
    "This invites clients into your personal life.",
    "An invitation to your home, party, church or club makes clients part of your private life; "
    "the roles mix and the therapy changes (APA 3.05).",
    ["Games night at my flat on Friday. Clients from my Tuesday group are welcome too!",
     "I'm turning 50 next month and hosting a barbecue. I'd love to see some of my clients there.",
     ("Got your follow request. I'll accept it, just keep it between us.", "message"),
     "Our church runs a potluck every Sunday. Clients past and present, come along!"],
    ["Our grief group meets at the office on Thursdays; clients and families are welcome.",
     "I'm hosting a free webinar on sleep; everyone is welcome to join.",
     ("I got your friend request; I don't accept requests from clients, but I'm glad to see you in session.", "message"),
     "Happy birthday to our practice! Ten years serving the community."],
    "Keep contact to sessions and practice channels; celebrate privately.",
    matcher=_personal_invite))


# --- a social invitation to someone the writer sees (or saw) in therapy -------------
# "Now that we've finished our sessions, fancy a pint?", "We should grab a coffee to
# celebrate, outside of session", "Any of the lads from my Thursday group heading to the
# match, give me a shout": a social invitation near words that place the reader in the
# therapy relationship.

_SOCIAL = Scanner(
    r"(?<![a-z0-9])(?:(?:grab|get|have|go for|fancy|meet for|meet up for|catch up over) (?:a |some )?"
    r"(?:coffee|coffees|pint|pints|drink|drinks|lunch|dinner|beer|beers|bite|brunch|cuppa)|"
    r"drinks (?:next|this|on|some|after|sometime|soon)|(?:spare|extra) tickets?|fancy it|come along to|"
    r"come to my|we should (?:grab|get|hang|meet|catch up|go)|hang out|connect socially|be friends|"
    r"give me a shout|see you at your(?! (?:next |first |last )?(?:appointment|session|intake|review|check-in))|follow along|come follow|(?:my|our) personal (?:insta|instagram|page|account|profile)|"
    r"bring (?:your partner|a friend|the kids)|everyone is invited|you(?:'re| are) invited|"
    r"(?:looking for|need|needs) (?:an? )?(?:electrician|plumber|babysitter|nanny|mechanic|contractor|cleaner|builder))(?![a-z0-9])")
_THERAPY_TIE = _rx(
    r"(?<![a-z0-9])(?:(?:our|your|my|the) sessions?|in session|outside (?:of )?(?:session|sessions|therapy|the office)|"
    r"since we (?:ended|finished|stopped|started working|wrapped up)|(?:finished|ended|wrapped) (?:up )?(?:with me|our sessions|our work|therapy)|"
    r"(?:from|in) my (?:\w+ )?group|clients?,? (?:past and present|former|current)|(?:past|former|current) clients?|"
    r"working together|(?:not|no longer) in (?:sessions|therapy)|(?:counsell?or|therapist) hat|"
    r"since we (?:last )?(?:met|spoke) in|you mentioned in session|as your (?:therapist|counsell?or))(?![a-z0-9])")


def _social_invite(doc, context, settings):
    text = doc.norm
    for i, m in first_per_sentence(doc, _SOCIAL, text):
        lo, hi = doc.around(i)
        if _THERAPY_TIE.search(text, lo, hi) and not _DECLINED.search(text, lo, hi):
            yield m.span()


# the invitation is declined: "I keep my personal accounts separate, so I won't be accepting"
_DECLINED = _rx(r"(?<![a-z])(?:(?:won't|will not|don't|do not|can't|cannot|never) (?:be )?accept(?:ing)?|"
                r"(?:keep|keeps) (?:my|our) personal (?:accounts?|pages?|profiles?|life) (?:separate|private))")


RULES.append(_rule(
    "DUAL008", "A social invitation to a client",
    "Flags a social invitation (a pint, a coffee, a spare ticket, come to my 40th, follow my "
    "personal Insta, a job for a relative) next to words that place the reader in therapy with "
    "you (our sessions, since we finished, my Thursday group, former clients).",
    "This invites a client, or a former client, into a social or business relationship.",
    "Friendship or business with a client, even after therapy ends, mixes roles and can harm "
    "the client (APA 3.05, ACA A.5-A.6).",
    [("Now that we've finished our sessions, would you fancy a pint some Friday?", "message"),
     ("Great news about the job! We should grab a coffee to celebrate sometime, outside of session.", "message"),
     "Any of the lads from my Thursday group heading to the match Saturday, give me a shout.",
     ("It's been a year since we ended, so I think it's fine to connect socially now. Drinks next week?", "message")],
    ["Our grief group meets for coffee and conversation at the library; call the office to join.",
     ("Thanks for asking, but I don't socialise with clients, even after our sessions end.", "message"),
     "Staff lunch today to welcome our new intake coordinator!",
     ("Thanks for the friend request. I keep my personal accounts separate from work, so I won't be "
      "accepting, but I'm glad the sessions have been useful. See you at your next appointment.", "message")],
    "Keep contact to the therapy; if a former client invites you, decline kindly and explain why.",
    matcher=_social_invite))
