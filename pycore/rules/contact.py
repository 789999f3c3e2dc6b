"""Sensitive contact: inviting mental-health details through DMs or comments."""

from __future__ import annotations

import re
from .._regex import compile as _rx

from ..context import is_negated
from ..scan import Scanner, sentences_with
from ._common import A, ACA_H6, NASW, make_rule

SRC = f"{A[10]}; {ACA_H6}; {NASW}"
WHY = ("The article points out that messages and comments on social platforms are not private, "
       "and suggests turning off messages on the business page and showing phone and email "
       "instead, so people do not send sensitive mental-health details where others can see or "
       "store them. ")

_SENSITIVE = (r"(?:strugg?l\w*|(?<!success\s)(?:story|stories)|symptoms?|diagnos\w*|trauma\w*|anxiety|depress\w*|"
              r"panic|what you're going through|what you are going through|going through|"
              r"dealing with|questions? about your|mental health|need to talk|need someone|"
              r"need help|need support|feeling|feelings|crisis|suicid\w*|self-harm|"
              r"experience|situation|details|worst|darkest|secrets?|triggers?|meds|medication|"
              r"relationship|marriage|abuse|addiction|grief|loss|pain|hurting|therapy|help)")
# stories asked for to be published (a testimonial, judged by the testimonial rules)
_PUBLISHED = _rx(r"(?<![a-z])(?:feature|featured|our website|brochure|awards?|testimonials?|so others (?:know|can see)|"
                 r"tag (?:us|the page)|quote-post|our favou?rites|"
                 # someone's own public story praised: "it takes courage to share your story on your own terms"
                 r"(?:courage|brave|bravery) to share|on your own terms)(?![a-z])")
_DM = (r"(?:dm|pm|inbox|message|msg|messenger|direct message|private message|privately message|"
       r"send (?:me|us) (?:a |your )?(?:dm|pm|message|private message|direct message|note))")


def _dm_near_sensitive(doc, context, settings):
    for m in _S_DM.finditer(doc, doc.leet):
        s0, s1 = doc.sentence_of(m.start())
        if _S_SENS.search(doc, doc.leet, s0, s1):
            yield m.span()


_DM_RE = _rx(
    r"(?<![a-z0-9])(?:(?:dm|d\.m\.?|pm|p\.m\.?|inbox|message|msg|messenger) (?:me|us)|send (?:me|us) (?:a |your )?"
    r"(?:dm|pm|message|private message|direct message|note|story|details)|(?:drop|slide|send it|share it|"
    r"tell me|tell us) (?:into|in|to|via) (?:my|our) (?:dms|inbox|messages|pms)|"
    r"(?:my|our) (?:dms|inbox|messages) (?:are|is) (?:always )?open|(?:reach out|contact (?:me|us)|talk to me) "
    r"(?:via|through|on|by|in) (?:dms?|messenger|facebook|instagram|direct message|private message|the inbox)|"
    r"(?:dm|pm|message|inbox) (?:me|us) (?:privately|directly))(?![a-z0-9])")
_SENS_RE = _rx(r"(?<![a-z0-9])" + _SENSITIVE + r"(?![a-z0-9])")
_S_DM, _S_SENS = Scanner(_DM_RE), Scanner(_SENS_RE)


def _rule(rid, title, what, message, why, flag, clean, instead, **kw):
    kw.setdefault("contexts", ("post", "reply", "comment", "message", "like"))
    return make_rule(id=rid, category="sensitive-contact", severity="warning", title=title,
                     message=message, why=WHY + why, source=SRC, what=what, instead=instead,
                     flag=flag, clean=clean, negated=True, **kw)


RULES = [
    _rule("CONTACT001", "Mental-health details by DM",
          "Flags invitations to send your story, symptoms or struggles by DM, PM or page "
          "message.",
          "This invites people to send sensitive details through social-media messages.",
          "Platform messages are stored by the platform and seen by page admins; they are not a "
          "confidential channel.",
          ["If you're struggling with anxiety, DM me and tell me your story.",
           "My DMs are always open if you need to talk."],
          ["If you're struggling, please call the office at 555-0100 or email us; we do not use "
           "DMs for clinical questions.", "Don't DM me about your symptoms; call the office."],
          "\"Call the office at ... or email ...; in a crisis call or text 988.\"",
          matcher=_dm_near_sensitive),
    _rule("CONTACT002", "Sharing struggles in comments",
          "Flags invitations to share struggles, diagnoses or trauma in the comments.",
          "This invites people to post sensitive details publicly in the comments.",
          "Comments are public; people who share their mental health there can be identified by "
          "anyone, including employers and family.",
          ["Comment below with your biggest struggle this week.",
           "Share your trauma story in the comments."],
          ["Comment with your favourite grounding song!",
           "Questions about booking? Call the office.",
           "Share your story: how did EMDR change your life? We may feature it on our website.",
           "A presenter spoke openly about her panic attacks on air. It takes courage to share your story on your own terms."],
          "Invite general, non-identifying engagement, and offer phone or email for personal "
          "questions.",
          patterns=(r"(?:comment|share|tell (?:me|us)|drop|post|write)(?: (?:bell?ow|down bell?ow|here|in the comments))? (?:with )?(?:your|you're|youre|ur|what you're|what your|what youre|what ur|how you're|how your|what's|what is|what has) (?:\w+ )?" + _SENSITIVE,
                    r"(?:share|tell (?:me|us)|drop|post|write) (?:\w+ ){0,3}" + _SENSITIVE + r"(?: \w+){0,3} (?:in the comments|below|in a comment)",
                    r"(?:drop|share|post) your (?:diagnosis|diagnoses|meds|medication|trauma|triggers)"),
          innocent=lambda doc, s, e: _PUBLISHED.search(doc.norm, *doc.around(doc.sentence_index(s))) is not None),
    _rule("CONTACT003", "Asking for clinical details in public",
          "In replies and comments: flags asking someone for symptoms, medications or diagnoses "
          "in the thread.",
          "This asks for clinical details in a public thread.",
          "Anything written in reply is public; clinical questions belong in a private, "
          "confidential channel.",
          [("What meds are you on right now?", "reply"),
           ("Tell me more about your symptoms.", "comment")],
          [("Thanks for sharing this resource!", "reply"),
           ("Please call the office so we can talk privately.", "reply")],
          "\"I'd be glad to talk; please call the office at ...\"",
          patterns=(r"what (?:meds|medications?|dose|dosage) are you (?:on|taking)|have you been diagnosed|"
                    r"are you (?:currently )?(?:suicidal|on medication|on meds|taking (?:meds|medication))|"
                    r"(?:tell me|share) more about (?:your|the) (?:symptoms|diagnosis|trauma|meds|medication|history|abuse|thoughts)|"
                    r"how long have you (?:been feeling|had (?:these )?symptoms|been suicidal|been self-harming)",),
          contexts=("reply", "comment")),
    _rule("CONTACT004", "Sensitive details through a platform channel",
          "Flags a request to send or post mental-health details (symptoms, meds, history, "
          "trauma, what's going on) through messages, chat, DMs, comments or replies.",
          "This asks for mental-health details through a channel that is not confidential.",
          "Messages, chat, comments and replies are stored by the platform and may be seen by "
          "others; clinical details belong in a confidential channel.",
          ["Feeling low tonight? Inbox me and tell me what's going on.",
           ("Can you type out your symptoms and any meds you're on right here?", "message"),
           "Reply with your ACE score. No judgment here."],
          ["Feeling low? Call the office at 555-0100, or call or text 988 in a crisis.",
           "Please don't send symptoms by message; call the office instead.",
           "The county is taking public comment on youth mental health funding Tuesday at 6 pm.",
           "Narcissistic personality disorder is diagnosed after a proper assessment. Reading list in the comments.",
           "Comments on this page are public, so please don't share personal health details here.",
           "Comment below with a topic for our next blog post! General topics only, please keep personal stories off the page.",
           "Comments on this post are for questions about the workshop venue and timing only. Please keep personal details out of them.",
           "Narcissistic personality disorder is a clinical diagnosis. Here's what the criteria actually describe.",
           "Colleagues: if another therapist posts identifying details about a client, send them a private message rather than calling it out.",
           ("If there are health details you want the team to have, please send them to my district "
            "email rather than here.", "message"),
           ("We removed your comment because it included personal health details; please call "
            "the office to talk about services.", "message")],
          "Offer phone or secure email for details, and 988 in a crisis.",
          matcher=lambda d, c, s: _channel_request(d, c, s)),
]

_CHANNEL = _rx(
    r"(?<![a-z0-9])(?:d\.?m\.?s?|(?<![0-9] )(?<![0-9])p\.?m|inbox|message|messages|messenger|whatsapp|chat|comments?|"
    r"replies|reply|below|text me|dms|right here|here(?!'s| is)|our page|my page|this thread|the thread|"
    r"slide into|tag us|group chat|whatsapp line|telegram|signal)(?![a-z0-9])")
_ASK = _rx(
    r"(?<![a-z0-9])(?:tell|send|share|type|write|describe|reply|comment|say more|message|inbox|dm|d\.m\.?|"
    r"drop|post|text|list|rate|let me know|let us know|walk me through|fill me in|talk (?:about|to us|to one)|"
    r"open (?:24/7 |day and night |around the clock )?for)(?![a-z0-9])")
_DETAIL = _rx(
    r"(?<![a-z0-9])(?:symptoms?|meds|medications?|antidepressants|dose|history|trauma\w*|diagnos\w*|"
    r"details|what's going on|what is going on|what's been going on|what happened|going through|"
    r"depression|anxiety|suicidal\w*|voices|cutting|self-harm|flashbacks?|ace score|"
    r"intrusive thoughts|addiction story|panic attacks?|keeping you up|feeling low|struggl\w*|"
    r"breakup|abuse|how often|scale of|(?<!success\s)(?:story|stories)|thoughts?|feelings|mental health|"
    r"concerns|worries|darkest|behaviou?rs?|diagnosis|fears?|struggles?|secrets?|triggers?|"
    r"what you're dealing with|what you are dealing with|what's on your mind|relapses?|cravings?)(?![a-z0-9])")


_UNDO = _rx(r"(?<![a-z0-9])(?:(?:reading|resource|book|link|links|slides|sources|references) (?:list )?(?:in|below|are)|"
                   r"remove|removed|removing|delete|deleted|deleting|edit|editing|take down|"
                   r"took down|hide|hid|hidden|hiding|"
                   r"turn(?:ed|ing)? off|switch(?:ed|ing)? off|disabled?|closed|limited|"
                   r"share your views with your (?:own )?(?:representatives?|mp|mla|senator|congress\w*))(?![a-z0-9])")
# the post, in this sentence or the next, asks for the opposite: "general topics only, please
# keep personal stories off the page"
_KEEP_OUT = _rx(r"(?<![a-z0-9])(?:keep (?:your |any )?(?:personal|health|private) (?:stories|details|information|info) "
                r"(?:off|out)|(?:general|venue|timing|logistics|booking) (?:topics|questions)(?: \w+){0,4} only)(?![a-z0-9])")


_S_ASK = Scanner(_ASK)
# sending details somewhere safe instead: "to my district email rather than here"
_ELSEWHERE = _rx(r"(?<![a-z0-9])(?:(?:to|by|via|through) (?:my |our |the )?(?:\w+ )?(?:e-?mail|phone|secure portal|patient portal)|"
                        r"rather than here|instead of here|not here|not in the comments|"
                        r"(?:send|message|dm) (?:them|him|her) (?:a )?(?:private(?:ly)?|direct)|a private message rather than|"
                        r"without sharing|without (?:the )?details|(?:call|ring|phone|e-?mail) (?:the|our|my) (?:office|clinic|practice|"
                        r"front desk|team|intake line)|(?:rather than|instead of) (?:posting|commenting|messaging|sharing|writing))(?![a-z0-9])")
_AS_REQUEST = _rx(r" (?:me|us|below|here|away|with|in the comments)(?![a-z0-9])")


# prefiltered (pycore.scan): each is searched sentence by sentence
_S_UNDO, _S_ELSEWHERE = Scanner(_UNDO), Scanner(_ELSEWHERE)
_S_DETAIL, _S_CHANNEL = Scanner(_DETAIL), Scanner(_CHANNEL)


def _channel_request(doc, context, settings):
    text = doc.leet
    sents = doc.sentences
    for i in sentences_with(doc, _S_ASK, text):
        s0, s1 = sents[i]
        lo = sents[max(0, i - 1)][0]
        hi = sents[min(len(sents) - 1, i + 1)][1]
        ask = _S_ASK.search(doc, text, s0, s1)
        if (not ask or _S_UNDO.search(doc, text, s0, s1) or _S_ELSEWHERE.search(doc, text, s0, s1)
                or _KEEP_OUT.search(text, lo, hi)):
            continue
        if is_negated(doc, ask.start(), ask.end()):
            continue  # "please don't share health details here"
        # the details asked for, said without "don't" ("DM me for media enquiries.
        # Please don't send personal stories" asks for none)
        if not any(not is_negated(doc, d.start(), d.end()) for d in _S_DETAIL.finditer(doc, text, lo, hi)):
            continue
        # the asking word and the channel are two words, or one word used as a request
        # ("inbox me", "comment below"); "taking public comment" or "your comment" asks
        # no one to post anything
        chans = list(_S_CHANNEL.finditer(doc, text, s0, s1))
        asks = list(_S_ASK.finditer(doc, text, s0, s1))
        ch = next((c for a in asks for c in chans if c.end() <= a.start() or c.start() >= a.end()), None)
        if ch is None and chans:
            ch = next((c for c in chans if _AS_REQUEST.match(text, c.end())), None)
            if ch is None:
                continue
        if ch is None and context not in ("message",):
            continue
        if ch is None:
            if not re.search(r"(?<![a-z])(?:here|chat|now|below|right here)(?![a-z])", text[s0:s1]):
                continue
            yield ask.span()
        else:
            yield (min(ask.start(), ch.start()), max(ask.end(), ch.end()))
