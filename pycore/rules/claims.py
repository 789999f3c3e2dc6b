"""Misleading claims (APA 5.01)."""

from __future__ import annotations

from .._regex import compile as _rx
from ._common import A, ALL, APA_501, make_rule

# "nobody who was assaulted failed because they didn't take a class": about survivors, not outcomes
_NOBODY_FAILED_SURVIVOR = _rx(r"(?:no one|nobody)\b.*\b(?:assaulted|abused|attacked|raped|harassed|survivors?|victims?)\b")

SRC = f"{APA_501}; ACA Code of Ethics C.3.a; {A[12]}"
WHY = ("APA 5.01 forbids false, deceptive or fraudulent public statements about your services; "
       "no treatment works for everyone, and promises set clients up to blame themselves when "
       "progress is slower. ")

_COND = (r"(?:your |my |the |their )?(?:anxiety|depression|ptsd|trauma|ocd|adhd|addiction|bipolar|"
         r"autism|insomnia|panic(?: attacks)?|grief|schizophrenia|eating disorders?|mental illness|"
         r"phobias?|stress|burnout|it all|everything|smoking|nicotine|vaping|drinking|alcoholism|cravings|"
         r"fears?|procrastination|low self-esteem|insecurity|(?:childhood |complex )?trauma|codependency|"
         r"your marriage|marriages|relationships|infertility|chronic pain|migraines|tics|stuttering|"
         r"social anxiety|perfectionism|anger|shame|loneliness)")
_N = (r"(?:just |only |about |around |under |less than |as little as |as few as )?(?:one|two|three|four|five|"
      r"six|seven|eight|nine|ten|twelve|a single|a few|a couple of|a|\d+)")


def _rule(rid, title, what, message, why, flag, clean, instead, **kw):
    return make_rule(id=rid, category="misleading-claim", severity="warning", title=title,
                     message=message, why=WHY + why, source=SRC, what=what, instead=instead,
                     flag=flag, clean=clean, contexts=ALL, negated=True, educational=True, **kw)


RULES = [
    _rule("CLAIM001", "Guaranteed results",
          "Flags guarantees and promises of outcome: guaranteed results, 100% success, money back.",
          "Therapy outcomes cannot be guaranteed.",
          "A guarantee is a claim no clinician can honestly make.",
          ["Results guaranteed or your money back!", "I guarantee you'll feel better after one session.",
           "100% of the couples who finish our program stay together.",
           ("Tapping clears phobias every single time.", "reply"),
           "100% success rate with couples."],
          ["No therapist can guarantee results, and that's okay.",
           "Guaranteed appointments within 48 hours for new referrals.",
           "It helps to have a plan for the holidays; support is available for anyone grieving.",
           "Be wary of anyone who guarantees a cure.",
           "Free breakfast and lunch are guaranteed for every student in our district this year."],
          "\"Many people find...\", \"research supports...\".",
          patterns=(r"guarantee[sd]?(?! (?:for|to) (?:every|all|each) (?:student|child|children|family|families|resident|member|employee|patient|client)s?)(?! (?:parking|seat|seats|spot|spots|slot|slots|space|spaces|appointment|appointments|callback|reply|response|availability|hours|rate|rates|price|prices|pricing|place|places)(?![a-z]))|guaranteeing|"
                    r"100 ?% (?:success|effective|guaranteed|cure|results|recovery|of (?:the |my |our )?(?:clients|patients|people|participants|cases|couples|users|families))|"
                    r"(?:works?|worked|helps?|helped|fix(?:es)?|cures?|heals?|succeeds?|clears?|removes?|stops?|ends?) [^.!?]{0,40}?(?:every (?:single )?time|without fail|in every case|100 ?% of the time)|"
                    r"(?:results|success|recovery|relief|improvement|healing) guaranteed|(?:or )?(?:your )?money back|"
                    r"i promise (?:you'll|you will|that you)|(?:will|promise to|promised to) (?:cure|fix|eliminate|heal|end) (?:your )?",)),
    _rule("CLAIM002", "Cure claims",
          "Flags promises to cure or permanently eliminate a condition.",
          "This promises a cure.",
          "Most mental-health conditions are treated and managed, not cured on demand.",
          ["We cure anxiety naturally.", "Eliminate your anxiety forever with my program.",
           "Our hypnotherapy cures smoking for good.", "We cure childhood trauma, naturally.",
           "You'll never feel anxious again."],
          ["Treatment helps most people feel better; recovery looks different for everyone.",
           "There's no cure-all for grief.",
           "Can you cure anxiety? Short answer: anxiety is a normal emotion; the goal is that it stops running your life.",
           "Self-defense classes can help some people, and nobody who was assaulted failed because they didn't take one."],
          "\"treat\", \"manage\", \"reduce symptoms\".",
          patterns=(r"(?<!can\x20you\x20)(?<!can\x20we\x20)(?<!can\x20therapy\x20)(?<!does\x20therapy\x20)(?<!is\x20there\x20a\x20)"
                    r"cur(?:e|es|ed|ing) (?:of |for )?" + _COND,
                    r"(?:eliminate|erase|end|get rid of|banish|beat|fix|heal|remove) " + _COND + r" (?:forever|for good|permanently|once and for all|completely|for life)",
                    r"never (?:feel|be|get|have) (?:anxious|depressed|sad|a panic attack|panic attacks|triggered|stressed) again",
                    r"(?:will not|won't|will never|never) (?:drink|use|binge|purge|smoke|gamble|relapse|self-harm) again",
                    r"(?:ends|breaks|clears|eliminates|removes|will (?:end|break|clear|eliminate|remove|stop)) (?:[^.!?]{0,40}? )?(?:for good|forever|permanently|once and for all)|"
                    r"break any addiction",
                    r"(?:permanent|complete|total|guaranteed|instant) (?:cure|recovery|healing)|miracle (?:cure|method|treatment|technique|program)",
                    r"(?:cured|healed) (?:\d+|hundreds|thousands|all|every|most) (?:of )?(?:my |our )?(?:clients|patients|people)",
                    r"permanently (?:erase|erases|rewire|rewires|fix|fixes|cure|cures|heal|heals|eliminate|eliminates|remove|removes|end|ends|change|changes|reset|resets)",
                    r"cur(?:e|es|ed|ing) (?:[a-z']+ ){1,2}" + _COND + r"|" + _COND + r" (?:\w+ )?cured|(?:goodbye|bye) to (?:\w+ ){0,2}" + _COND + r"|" + _COND + r" (?:\w+ ){0,3}forever",
                    r"never (?:have|get|experience|feel) (?:another|a single|one more) (?:panic attack|episode|flashback|nightmare|bad day)",
                    r"(?:can|will) fix any (?:marriage|relationship|problem|issue|couple|family|child)|fix any (?:marriage|relationship)",
                    r"(?:no one|nobody|not a single client|not one client|none of (?:my|our) clients) (?:\w+ ){0,4}(?:fails|failed|relapsed|relapses|drops? out|dropped out)|"
                    r"(?:has|have) never failed|never failed (?:once|me|a client)|if you show up, you heal|(?:i've|i have) seen it (?:work )?every (?:single )?time"),
          innocent=lambda doc, s, e: _NOBODY_FAILED_SURVIVOR.match(doc.norm, s, e) is not None),
    _rule("CLAIM003", "Instant or one-session fixes",
          "Flags promises of fast results: in one session, overnight, instant relief, quick fix.",
          "This promises results faster than therapy can honestly offer.",
          "Speed promises mislead vulnerable readers about what treatment involves.",
          ["Heal your trauma in just 3 sessions!", "Instant relief from panic attacks.",
           "Our intensive rewires your anxiety in about five days.",
           ("This program ends perfectionism in a single weekend retreat.", "like")],
          ["There's no quick fix for grief, and that's okay.", "Sessions last 50 minutes.",
           "Our weekend retreat is a chance to rest; change takes time and results vary.",
           "ERP is the first-line treatment for OCD. Anyone promising a one-session cure is selling something."],
          "Describe the usual course of treatment honestly.",
          patterns=(r"(?:fix|cure|heal|eliminate|overcome|resolve|end|beat|get over|free from|stop|conquer|erase|rewire|reset)[^.!?]{0,40}(?:in|within|after) " + _N + r" (?:sessions?|days?|weeks?|hours?|minutes|weekends?|months?|afternoons?|retreats?|visits?|appointments?|(?:weekend|day|week)-? ?(?:retreat|intensive|workshop)s?)",
                    r"(?:one|single|1)[- ]session (?:cure|fix)|(?:instant|instantly|overnight|immediate) (?:relief|results|cure|healing|fix|change|transformation)|"
                    r"quick fix|(?:healed|cured|fixed) overnight|(?:gone|over|fixed|cured|resolved) in (?:just )?\d+ (?:sessions?|days?|weeks?)|"
                    r"(?:clears?|releases?|heals?|resolves?|ends?) [^.!?]{0,40}in (?:just )?(?:one|a single|1) session|"
                    r"or (?:your )?(?:next )?(?:\w+ ){0,3}(?:is|are) (?:on us|free)|(?:heals?|cures?|fix(?:es)?|resolves?) (?:\w+ ){0,3}in (?:days|hours|minutes|a weekend)(?:,? not (?:years|months))?")),
    _rule("CLAIM004", "Unverifiable success claims",
          "Flags superlatives and success statistics you cannot verify: best therapist in town, "
          "95% of my clients, works for everyone, the only method that works.",
          "This is a success claim readers cannot verify.",
          "Unverifiable superlatives and statistics are the kind of deceptive statement APA 5.01 "
          "prohibits.",
          ["The best therapist in Denver.", "95% of my clients recover within a month.",
           "EMDR works for everyone.", ("Honestly, hypnosis fixes insomnia for everybody.", "reply")],
          ["EMDR is an evidence-based treatment for PTSD.", "Research shows CBT helps many people with anxiety."],
          "Cite published research or describe your training.",
          patterns=(r"(?:the )?(?:best|top|#1|number one|no\. ?1) (?:rated )?(?:therapist|counselor|counsellor|psychologist|practice|clinic|trauma therapist|couples therapist)s? (?:in|of) (?:town|the city|the state|the area|the country|the world|[a-z]+)",
                    r"\d{2,3}(?:\.\d)? ?% (?:of (?:my |our )?(?:clients|patients|participants|families|graduates)|(?:[a-z-]+ ){0,2}(?:success|recovery|sobriety|abstinence|remission|response|cure) rates?|of (?:the )?people (?:we|i) (?:treat|see|work with))",
                    r"(?:helped|helps|worked for|works for) every (?:single )?(?:one|family|client|person|patient|couple|teen|kid|child)|"
                    r"nobody (?:else )?gets results like|no one (?:else )?gets results like|(?:simply |by far )?the best (?:[a-z]+ )?in (?:the state|town|the city|the country|the region|ireland|the uk|australia|canada|new zealand)|"
                    r"never (?:need|needs|have to) (?:therapy|treatment|to come back) again|never had (?:anyone|a client|a single client) (?:go back|relapse|come back)|"
                    r"(?:clinically|scientifically) proven[:,]? [^.!?]{0,60}?(?:eliminat|cur|end|fix|stop)\w*",
                    r"(?:works?|worked|helps?|helped|fix(?:es)?|fixed|cures?|heals?|succeeds?) (?:[^.!?]{0,40}? )?for (?:everyone|everybody|all (?:my|our )?clients|every client|every single|100 ?%)|works for anyone",
                    r"(?:the )?only (?:therapy|treatment|method|approach|program|technique|therapist) (?:that|who) (?:actually |really |truly )?(?:works|helps|can help)",
                    r"(?:scientifically|clinically) proven to (?:cure|fix|eliminate|work for everyone|heal)|(?:proven|guaranteed) (?:system|method|formula|program|results)")),
    _rule("CLAIM005", "Medication claims",
          "Flags telling readers to stop medication or that your method replaces it.",
          "This makes an unsupported claim about medication.",
          "Advice to stop medication is outside the scope of a public post and can cause harm.",
          ["Ditch your meds: my program works better than antidepressants.",
           "You can stop taking your medication once you start breathwork."],
          ["Never stop taking your medication without talking to your prescriber."],
          "\"Talk with your prescriber about medication questions.\"",
          patterns=(r"(?:no need for|stop taking|throw away|ditch|get off|quit) (?:your |all )?(?:meds|medication|medications|antidepressants|pills|ssris)",
                    r"better than (?:medication|meds|antidepressants|ssris)|(?:replaces?|replacing) (?:your )?(?:medication|meds|antidepressants)")),
]
