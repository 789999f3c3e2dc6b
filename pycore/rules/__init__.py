"""The rule registry: every rule, defined once in its category's module."""

from __future__ import annotations

from . import model  # noqa: I001
from . import (affirming, blame, claims, confidentiality, contact, diagnosis, distress, dual,
               personal, political, profanity, stigma, testimonial, tone)

_MODULES = (confidentiality, profanity, tone, personal, distress, stigma, affirming, blame,
            political, dual, contact, testimonial, claims, diagnosis)
_MODULES += (model,)  # statistical back-up rules (model.py): last, they only fill gaps

RULES = tuple(r for m in _MODULES for r in m.RULES)
RULE_BY_ID = {r.id: r for r in RULES}
RULE_IDS = frozenset(RULE_BY_ID)

assert len(RULE_BY_ID) == len(RULES), "duplicate rule id"
