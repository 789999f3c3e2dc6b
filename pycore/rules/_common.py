"""Helpers and shared word lists for rule modules."""

from __future__ import annotations

import re

from ..model import make_rule  # noqa: F401  (re-exported for rule modules)


def first_per_sentence(doc, scanner, view: str):
    """``(i, match)``: the first match of ``scanner`` (a :class:`pycore.scan.Scanner`) in each
    sentence ``i`` of ``doc`` that holds one; rules that weigh a sentence with its
    neighbours (:meth:`pycore.normalize.Doc.around`) start from these."""
    seen = set()
    for m in scanner.finditer(doc, view):
        i = doc.sentence_index(m.start())
        if i not in seen:
            seen.add(i)
            yield i, m

# Sources, cited in each rule's "why".
A = {n: f"Article point {n}" for n in range(1, 13)}
APA_401 = "APA Ethics Code 4.01"
APA_501 = "APA Ethics Code 5.01"
APA_505 = "APA Ethics Code 5.05"
APA_302 = "APA Ethics Code 3.05"
ACA_H6 = "ACA Code of Ethics H.6"
NASW = "NASW Technology Standards"
SAFE = "Safe messaging guidelines for suicide (AFSP, 988 Lifeline)"
GLAAD = "GLAAD Media Reference Guide"
GOLDWATER = "APA Goldwater-style restraint (APA 5.04, APA 9.01)"

PUBLIC = ("post", "reply", "comment")
ALL = ("post", "reply", "comment", "message", "like")
WRITTEN = ("post", "reply", "comment", "message")


def alt(words) -> str:
    """A regex alternation of literal phrases (spaces match any whitespace)."""
    # longest first (a phrase before its own first word); ties in a fixed order so the
    # pattern text is the same in every process (pycore._scankeys is keyed by it)
    items = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", " ") for w in items) + ")"


def words(s: str) -> list[str]:
    """Split a ``|``-separated word list (keeps multi-word phrases)."""
    return [w.strip() for w in s.split("|") if w.strip()]


DIAGNOSES = words(
    "depression|major depression|major depressive disorder|anxiety|generalized anxiety|"
    "panic disorder|panic attacks|ptsd|c-ptsd|cptsd|ocd|obsessive-compulsive disorder|bipolar|"
    "bipolar disorder|bpd|borderline|borderline personality disorder|npd|"
    "narcissistic personality disorder|schizophrenia|schizoaffective|psychosis|adhd|autism|"
    "asperger's|aspergers|anorexia|bulimia|binge eating|eating disorder|arfid|dissociative identity disorder|"
    "insomnia|agoraphobia|social anxiety|postpartum depression|ppd|gad|mdd|sud|"
    "substance use disorder|alcohol use disorder|addiction|alcoholism|self-harm|self harm|"
    "cutting|suicidal ideation|suicidal thoughts|hallucinations|delusions|trauma|tourette's|"
    "dementia|alzheimer's|gender dysphoria|body dysmorphia|hoarding|trichotillomania|"
    "sociopath|psychopath|antisocial personality disorder|histrionic|paranoid|"
    "narcissist|narcissistic|psychotic|manic|mania|dyslexia|conduct disorder|"
    "selective mutism|separation anxiety|phobia|grief|infertility|miscarriage|affair|"
    "nightmares|flashbacks|an overdose|relapse|relapsed|suicide attempt|hiv|cancer")
