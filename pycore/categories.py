"""The 14 categories.  Their ids are a contract with the CLI, the options
page and the tests (see the project's guidance.md)."""

from __future__ import annotations

from .model import Category

CATEGORIES: tuple[Category, ...] = (
    Category("confidentiality", "Client confidentiality",
             "Anything about a specific client that could identify them or reveals clinical "
             "detail: a client reference together with a name, initials, age, job, place, date, "
             "unique event or photo, contact details, or a name from your own client list. "
             "Also another clinician's post that does this, when you are about to like it.",
             "error"),
    Category("profanity", "Profanity",
             "Swearing and obscenities, including masked and disguised spellings "
             "(f*ck, sh!t, spaced-out letters, look-alike or invisible characters).",
             "error"),
    Category("informal-tone", "Informal tone",
             "Internet-speak (lol, omg, smh), several exclamation marks, strings of emoji or "
             "emoticons, stretched words and all-caps shouting on a professional page.",
             "warning"),
    Category("personal-content", "Personal content",
             "Personal life on the professional page: pets, holidays, family events, parties, "
             "drinking, dating, selfies.",
             "warning"),
    Category("distress-risk", "Risk to readers in distress",
             "Content that can harm a reader who is struggling: suicide or self-harm methods and "
             "means, graphic detail, hopeless or sensational framing, suicide content without a "
             "crisis line.",
             "error"),
    Category("stigmatizing-language", "Stigmatizing language",
             "Words that stigmatize mental illness or addiction: crazy, psycho, lunatic, "
             "\"committed suicide\", a casual \"so OCD\", \"the mentally ill\", \"suffers from\".",
             "warning"),
    Category("non-affirming-language", "Non-affirming language",
             "Wording that does not affirm transgender and gender-variant people: "
             "\"transgendered\", \"a transgender\", \"sex change\", \"born a man\", slurs.",
             "error"),
    Category("victim-blaming", "Victim blaming",
             "Blame toward survivors of sexual assault or abuse: \"asking for it\", "
             "\"what was she wearing\", \"why didn't she leave\".",
             "error"),
    Category("political", "Political statements",
             "Partisan statements, politicians, parties, slogans and hot-button stances that "
             "reveal your political leanings to clients.",
             "warning"),
    Category("dual-relationship", "Dual relationships",
             "Inviting clients into personal connections (friend me, my personal page, let's meet "
             "up), accepting a client's friend request, looking clients up online.",
             "error"),
    Category("sensitive-contact", "Sensitive details by message",
             "Inviting people to send mental-health details through DMs, messages or comments "
             "instead of phone or email.",
             "warning"),
    Category("testimonial", "Testimonials and reviews",
             "Asking clients for testimonials, reviews or ratings, or publishing client praise.",
             "warning"),
    Category("misleading-claim", "Misleading claims",
             "Guaranteed outcomes, cures, instant fixes and unverifiable success claims.",
             "warning"),
    Category("public-diagnosis", "Public diagnosis",
             "Diagnosing or clinically labelling a specific, identifiable person in public "
             "(a public figure, an ex, a commenter).",
             "error"),
)

CATEGORY_IDS: tuple[str, ...] = tuple(c.id for c in CATEGORIES)
CATEGORY_BY_ID = {c.id: c for c in CATEGORIES}
