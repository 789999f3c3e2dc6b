"""Testimonials and reviews (APA 5.05)."""

from __future__ import annotations

from .._regex import compile as _rx

from ..scan import Scanner, sentences_with
from ._common import A, APA_505, make_rule

# reviews switched off or refused: "Google reviews are turned off for our practice"
_NO_REVIEWS = _rx(r"(?<![a-z])(?:turned off|switched off|disabled|(?:isn't|is not|not) something|(?:can't|cannot|can not) (?:reply|respond)|(?:don't|do not|never|won't|will not) "
                  r"(?:ask|request|solicit)|not allowed)(?![a-z])")

SRC = f"{APA_505}; ACA Code of Ethics C.3.b; {A[7]}"
WHY = ("APA 5.05 forbids soliciting testimonials from current clients, or from others who are "
       "vulnerable to undue influence; a public request reaches your clients too, and a client "
       "who reviews you publicly discloses that they are in therapy. ")

_W = ("post", "reply", "comment", "message", "like")


def _rule(rid, title, what, message, why, flag, clean, instead, **kw):
    kw.setdefault("contexts", _W)
    return make_rule(id=rid, category="testimonial", severity="warning", title=title,
                     message=message, why=WHY + why, source=SRC, what=what, instead=instead,
                     flag=flag, clean=clean, negated=True, **kw)


RULES = [
    _rule("TEST001", "Asking for reviews",
          "Flags requests for reviews and ratings: leave us a review, 5-star review, rate us on "
          "Google.",
          "This asks for reviews, which reach your clients.",
          "A review request on the practice page is a request to your clients.",
          ["Please leave us a 5-star review on Google!", "Rate us on Yelp if we helped you."],
          ["We do not ask clients for reviews.", "How to read therapist reviews critically.",
           "Google reviews are turned off for our practice: asking clients for reviews isn't something our ethics allow."],
          "Leave reviews to people who choose to write them unprompted.", innocent=lambda doc, s, e: _NO_REVIEWS.search(
              doc.norm, *doc.sentence_of(s)) is not None,
          patterns=(r"(?<!offering\ to\ )(?<!offered\ to\ )(?:leave|write|post|give|drop|share|add) (?:me |us )?(?:a |an |your )?(?:\d[- ]star |five[- ]star |5-star |quick |short |honest |google |yelp |positive |glowing |good |great |kind )*(?:reviews?|ratings?)",
                    r"review (?:me|us) on|rate (?:me|us)(?: on)?|reviews? (?:us|me) on",
                    r"(?:google|yelp|facebook|psychology today|healthgrades) reviews? (?:help|would|mean|are)",
                    r"(?:reviews|ratings) (?:help|are (?:so )?appreciated|are welcome|wanted|needed|mean the world)")),
    _rule("TEST002", "Asking for testimonials",
          "Flags requests for testimonials, success stories and recommendations from clients.",
          "This solicits testimonials from clients.",
          "Asking clients for testimonials uses the therapy relationship for marketing.",
          ["Clients, share your success story with us!", "Send us a testimonial about your experience.",
           "Recommend me to your friends and family!"],
          ["Ethics note: we never ask clients for testimonials (APA 5.05)."],
          "Describe your services and training instead.",
          patterns=(r"(?:share|tell (?:us|others|everyone|the world)|send (?:me|us)|write (?:me|us)) (?:\w+ ){0,2}(?:success stor(?:y|ies)|testimonials?|experience (?:with|working with) (?:me|us|our (?:practice|team)))",
                    r"testimonials? (?:wanted|welcome|needed|please|appreciated)|(?:looking for|collecting|gathering) testimonials",
                    r"(?:recommend|refer) (?:me|us|our practice) to (?:your )?(?:friends|family|others|everyone)",
                    r"(?:clients|former clients|patients), (?:tell|share)")),
    _rule("TEST003", "Rewards for reviews",
          "Flags discounts, gifts or raffles offered for reviews.",
          "Offering rewards for reviews is undue influence.",
          "Rewards for reviews make the praise bought, which is both undue influence (5.05) and "
          "misleading (5.01).",
          ["Get 10% off your next session when you leave a review!",
           "Free session for anyone who writes us a testimonial."],
          ["Sliding-scale fees are available; ask the office."],
          "Remove the incentive.",
          patterns=(r"(?:discount|free session|free sessions|gift card|\d+ ?% off|percent off|raffle|entry|giveaway|prize|coupon|swag)[^.!?]{0,50}(?:for|in exchange for|when you|if you|who)[^.!?]{0,40}(?:review|testimonial|rating)s?",)),
    _rule("TEST004", "Publishing client praise",
          "Flags quoting a client's praise of you: \"a client told me I'm the best\", \"client "
          "review:\".",
          "Publishing a client's praise is a testimonial and discloses the therapy.",
          "Sharing a client's words about you turns their therapy into marketing and can "
          "identify them.",
          ["A client told me I'm the best therapist she's ever had!",
           "Client review: \"Dr. Lee changed my life.\""],
          ["Therapy changes lives; here is what the research says."],
          "Keep clients' feedback private.",
          patterns=(r"(?:a |my |one |another )?(?:client|patient)s? (?:said|says|told me|wrote|called me|tells me)[^.!?]{0,40}(?:best|amazing|life-?changing|saved (?:my|her|his|their) life|changed (?:my|her|his|their) life|i'm the|i am the|miracle|the reason)",
                    r"(?:client|patient) (?:review|testimonial|feedback|love)s?:|(?:5|five)[- ]stars? from (?:a |my )?(?:client|patient)"),
          contexts=("post", "reply", "comment", "message", "like")),
    _rule("TEST005", "Review or testimonial request",
          "Flags a sentence that asks readers (clients) for a review, rating, recommendation, "
          "testimonial, quote or success story.",
          "This solicits a review or testimonial.",
          "Any request for praise on the practice page reaches current clients, who may feel "
          "unable to say no.",
          ["Clients, r3views on Google mean the world to a solo practice.",
           "Gathering short video testimonials from former clients for our anniversary page.",
           "Had a good experience with us? Ask your friends to recommend us on Facebook.",
           ("Would you mind posting that as a Google review?", "reply"),
           ("This means so much. Can I quote you on my website?", "reply")],
          ["We don't ask clients for reviews or testimonials.",
           "Please review our updated cancellation policy on the website before your next session.",
           "How to read online reviews of therapists with a critical eye.",
           "In session we use a short rating scale so you can tell me what's working; it stays in your chart."],
          "Remove the request.",
          matcher=lambda d, c, s: _solicit(d, c, s)),
    _rule("TEST006", "A client's public praise of a therapist",
          "When you are about to like or share it: flags a post that praises a named therapist or "
          "practice as a client (five stars, saved my marriage, highly recommend).",
          "This is a client's testimonial; liking it endorses it and confirms the client "
          "relationship in public.",
          "A like on a client's testimonial both uses it as marketing and tells everyone the "
          "author is your client.",
          [("Dr. Kim saved my marriage. Five stars.", "like"),
           ("I've been seeing Jess at Harbor Counseling for a year. Highly recommend!", "like")],
          [("New research on couples therapy outcomes.", "like")],
          "Thank the person privately, if at all.",
          patterns=(r"(?:five|5)[- ]stars?|highly recommend|(?:saved|changed) my (?:life|marriage|relationship)|best (?:therapist|counselor|psychologist)|"
                    r"forever grateful|(?:therapy|sessions?|counseling) with (?:dr\.? [a-z]+|@[a-z0-9_.]+|my (?:therapist|counselor))|(?:been )?seeing (?:dr\.? )?[a-z]+ at",),
          contexts=("like",)),
]

_PRAISE = _rx(
    r"(?<![a-z0-9])(?:(?<!external )(?<!thorough )(?<!independent )(?<!peer )(?<!utilization )(?<!chart )(?<!case )(?<!literature )(?<!annual )(?<!policy )(?<!medication )(?<!clinical )(?<!systematic )review(?! (?:it|them|this|these|our|the|your|my)(?![a-z]))|reviews|ratings?(?! scales?)|stars?|testimonials?|recommend (?:us|me|our (?:page|practice))|recommendations?|quote you|so others can see|others need to see|"
    r"feature (?:it|them|you)|"
    r"success stor(?:y|ies)|before-and-after|before and after|word of mouth|how (?:therapy|working) with (?:me|us) "
    r"(?:has )?(?:changed|helped)|changed (?:their|your) li(?:fe|ves)|tag us|your progress|kind words)(?![a-z0-9])")
_REQ = _rx(
    r"(?<![a-z0-9])(?:leave|write|writing|post|posting|drop|share|send|record|would you|could you|can i|can you|"
    r"mind|please|help us|helps? others|help others|tell|comment|willing|wins?|win|entered|get to|"
    r"would (?:really )?help|mean the world|means the world|looking for|feature|thank you to|"
    r"ask (?:them|your|a friend|friends|family)|seeking|collecting|gathering|(?:we'd|i'd|we would|i would) love|"
    r"invit(?:e|ing))(?![a-z0-9])")
_CLIENTISH = _rx(r"(?<![a-z0-9])(?:clients?|you|your|our page|google|yelp|facebook|psychology today|website)(?![a-z0-9])")
_NOT_SOLICIT = _rx(r"(?<![a-z0-9])(?:read|reading|fake|critical|never ask|don't ask|do not ask|not solicit|offering to|offered to)(?![a-z0-9])")


_S_PRAISE = Scanner(_PRAISE)


def _solicit(doc, context, settings):
    text = doc.leet
    sents = doc.sentences
    for i in sentences_with(doc, _S_PRAISE, text):
        s0, s1 = sents[i]
        lo = sents[max(0, i - 1)][0]
        m = _PRAISE.search(text, s0, s1)
        if not m or not _REQ.search(text, s0, s1) or not _CLIENTISH.search(text, lo, s1):
            continue
        if _NOT_SOLICIT.search(text, s0, s1):
            continue
        yield m.span()
