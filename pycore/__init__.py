"""Second Look's rule core: checks what a therapist is about to post.

Public API::

    check(text, context="post", settings=None) -> list[Finding]
    hash_identifier(identifier, salt) -> str
    catalogue() -> dict
    Finding, CONTEXTS, CATEGORY_IDS, __version__

Offsets in findings are UTF-16 code units (see :mod:`pycore.offsets`).
Standard library only; runs on CPython 3.11+ and Pyodide.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .categories import CATEGORIES, CATEGORY_IDS
from .catalogue import catalogue
from .engine import check
from .hashing import hash_identifier
from .model import CONTEXTS, SEVERITIES, Finding
from .settings import compile_settings
from . import _regex

_regex.save()  # the compiled regexes' byte code, for the next import (like a .pyc)

__all__ = ["check", "catalogue", "hash_identifier", "compile_settings", "Finding", "CONTEXTS",
           "SEVERITIES", "CATEGORIES", "CATEGORY_IDS", "__version__"]
