"""User settings: parsed and compiled once, never crashing on bad input.

Every key is optional, unknown keys are ignored, and a value of the wrong
shape falls back to its default.  See ``docs/rules.md`` for the list.
"""

from __future__ import annotations

from ._regex import compile as _rx
from dataclasses import dataclass, field

from .categories import CATEGORY_IDS
from .hashing import normalize_identifier
from .model import SEVERITIES

__all__ = ["Settings", "compile_settings", "DEFAULT_SETTINGS"]

_HEX64 = _rx(r"[0-9a-f]{64}")


@dataclass(frozen=True, eq=False)
class Settings:
    disabled_categories: frozenset = frozenset()
    disabled_rules: frozenset = frozenset()
    severity_overrides: dict = field(default_factory=dict)
    account: str = "professional"
    personal_categories: frozenset = frozenset({"confidentiality"})
    flag_terms: tuple = ()          # ((normalized term, category), ...)
    flag_index: TermIndex | None = None
    flag_categories: dict = field(default_factory=dict)
    allow_terms: frozenset = frozenset()
    allow_index: TermIndex | None = None
    client_salt: str = ""
    client_hashes: frozenset = frozenset()
    strict_likes: bool = False
    _active_cache: dict = field(default_factory=dict, repr=False)

    def category_enabled(self, cat: str) -> bool:
        if cat in self.disabled_categories:
            return False
        if self.account == "personal" and cat not in self.personal_categories:
            return False
        return True

    def severity_for(self, rule_id: str, category: str, default: str) -> str:
        return self.severity_overrides.get(rule_id) or self.severity_overrides.get(category) or default

    def flag(self, name: str) -> bool:
        return bool(getattr(self, name, False))


def _str_list(value, limit: int = 100000) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple, set, frozenset)):
        return []
    return [v for v in list(value)[:limit] if isinstance(v, str)]


_RUN = _rx(r"[a-z0-9]+")


class TermIndex:
    """Normalized terms (words of ``[a-z0-9]``, single spaces), found by word look-ups.

    Finds exactly what the alternation ``(?<![a-z0-9])(?:t1|t2|...)(?![a-z0-9])``
    (longest term first, a space matching any run of white space) finds with
    ``finditer``, but the cost is a dict look-up per word of the text, whatever
    the number of terms.
    """

    __slots__ = ("by_first", "size")

    def __init__(self, terms) -> None:
        by_first: dict[str, list] = {}
        uniq = {t for t in terms if t}
        for t in uniq:
            w = tuple(t.split(" "))
            by_first.setdefault(w[0], []).append((w, t))
        for lst in by_first.values():
            lst.sort(key=lambda x: len(x[1]), reverse=True)  # longest first, as the alternation
        self.by_first = by_first
        self.size = len(uniq)

    def __bool__(self) -> bool:
        return self.size > 0

    def spans(self, doc) -> list:
        """``[(start, end, term), ...]`` in ``doc.norm``, left to right, not overlapping."""
        cache = doc.cache
        runs = cache.get("runs")
        if runs is None:
            norm = doc.norm
            runs = cache["runs"] = [(m.start(), m.end(), m.group(0)) for m in _RUN.finditer(norm)]
        by_first = self.by_first
        norm = doc.norm
        out = []
        n = len(runs)
        i = 0
        while i < n:
            cands = by_first.get(runs[i][2])
            if cands is None:
                i += 1
                continue
            for words, term in cands:
                k = len(words)
                if k == 1:
                    out.append((runs[i][0], runs[i][1], term))
                    i += 1
                    break
                if i + k > n:
                    continue
                ok = True
                for j in range(1, k):
                    a, b = runs[i + j - 1], runs[i + j]
                    if b[2] != words[j] or not norm[a[1]:b[0]].isspace():
                        ok = False
                        break
                if ok:
                    out.append((runs[i][0], runs[i + k - 1][1], term))
                    i += k
                    break
            else:
                i += 1
        return out


def _term_index(terms) -> "TermIndex | None":
    idx = TermIndex(terms)
    return idx if idx else None


def compile_settings(raw) -> Settings:
    """Compile a JSON-like settings dict (or ``None``) into :class:`Settings`."""
    if isinstance(raw, Settings):
        return raw
    if not isinstance(raw, dict):
        return DEFAULT_SETTINGS
    from .rules import RULE_IDS  # late import: rules import settings-free modules only

    cats = frozenset(c for c in _str_list(raw.get("disabled_categories")) if c in CATEGORY_IDS)
    rules = frozenset(r.upper() for r in _str_list(raw.get("disabled_rules")))

    overrides = {}
    ov = raw.get("severity_overrides")
    if isinstance(ov, dict):
        for k, v in ov.items():
            if not isinstance(k, str) or not isinstance(v, str):
                continue
            v = v.strip().lower()
            if v not in SEVERITIES:
                continue
            key = k.strip()
            if key in CATEGORY_IDS:
                overrides[key] = v
            elif key.upper() in RULE_IDS or key.upper() == "CUSTOM001":
                overrides[key.upper()] = v

    account = raw.get("account")
    account = account.strip().lower() if isinstance(account, str) else "professional"
    if account not in ("professional", "personal"):
        account = "professional"

    pc = raw.get("personal_categories")
    if isinstance(pc, (list, tuple)):
        personal = frozenset(c for c in _str_list(pc) if c in CATEGORY_IDS)
    else:
        personal = frozenset({"confidentiality"})

    flag_terms = []
    flag_cats: dict[str, str] = {}
    ft = raw.get("flag_terms")
    if isinstance(ft, (list, tuple)):
        for item in ft[:5000]:
            if isinstance(item, str):
                term, cat = item, "confidentiality"
            elif isinstance(item, dict):
                term, cat = item.get("term"), item.get("category", "confidentiality")
            else:
                continue
            if not isinstance(term, str) or not isinstance(cat, str) or cat not in CATEGORY_IDS:
                continue
            norm = normalize_identifier(term)
            if len(norm) < 2:
                continue
            flag_terms.append((norm, cat))
            flag_cats.setdefault(norm, cat)

    allow = frozenset(a for a in (normalize_identifier(t) for t in _str_list(raw.get("allow_terms"), 5000)) if a)

    salt = raw.get("client_salt")
    salt = salt if isinstance(salt, str) else ""
    hashes = frozenset(h.lower() for h in _str_list(raw.get("client_hashes"), 200000)
                       if _HEX64.fullmatch(h.lower()))

    strict = raw.get("strict_likes")
    strict = strict if isinstance(strict, bool) else False

    return Settings(
        disabled_categories=cats, disabled_rules=rules, severity_overrides=overrides,
        account=account, personal_categories=personal,
        flag_terms=tuple(flag_terms), flag_index=_term_index(t for t, _ in flag_terms),
        flag_categories=flag_cats,
        allow_terms=allow, allow_index=_term_index(allow),
        client_salt=salt, client_hashes=hashes,
        strict_likes=strict,
    )


DEFAULT_SETTINGS = Settings()
