"""Prefiltered regex scanning: run a big regex only where it can match.

Most of pycore's regexes are long alternations anchored at the start of a
word (``\\b(?:depress|anxi...)`` or ``(?<![a-z0-9])(?:...)``).  Python's
regex engine tries every alternative at every position of the text, so a
check used to cost about 4 us per character.  Here each such regex gets a
set of *keys*: the possible first one to five (``K``) characters of a match
(``{"depre", "anxie", ...}``), worked out once from the parsed pattern.  A
:class:`~pycore.normalize.Doc` indexes the starts of its letter/digit runs by
their first five characters, once per view; a prefiltered scan then calls
``rx.match`` only at the run starts whose first characters are a key.

The result is exactly what ``rx.finditer`` / ``rx.search`` would return:
the candidate positions are a superset of every position where a match can
start (the pattern must assert that the previous character is not a letter
or digit, and its first character must be one), and they are visited left
to right with ``finditer``'s non-overlapping rule.  A regex whose keys cannot
be worked out (or on a Python whose ``re`` internals differ) is scanned the
ordinary way.

Working the keys out costs a parse of every pattern, so the keys are cached
in :mod:`pycore._scankeys` (regenerate with ``python3 -m pycore.scan``); a
pattern missing from that file, or changed since, is analysed at import.
"""

from __future__ import annotations

import bisect
import re
from ._regex import compile as _rx

__all__ = ["Scanner", "Alternatives", "Text", "analyse", "sentences_with"]

K = 5            # key length (4 made "the ", "and ", "with" keys: 44% more failed tries)
_CAP = 4000      # beyond this many keys for one pattern, use shorter keys
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")

# the non-letter characters some key starts with ("#", "@", "!"...): every other symbol starts
# no key, so the candidate index need not visit it (built on first use, after the keys)
_SYMBOLS: set = set()
_STARTS = [None]

try:  # generated cache of keys (pattern text -> keys); optional
    from ._scankeys import KEYS as _CACHED
except Exception:  # pragma: no cover - missing or broken cache: analyse at import
    _CACHED = {}

_REGISTRY: list["Scanner"] = []
# _BY_KEY[n]: key of length n -> the id of the scanner that has it, or a tuple of ids when
# several do (a bare int for the usual single owner: in the browser, memory is tight)
_BY_KEY: list[dict] = [{} for _ in range(K + 1)]
_TRI_CACHE: dict[str, tuple] = {}


# --------------------------------------------------------------- analysis

def analyse(pattern: str, flags: int = 0):
    """Keys of ``pattern`` (a tuple of strings of 1 to ``K`` characters), or ``None``.

    ``None`` when a match might start somewhere other than the start of a
    letter/digit run, or with an unknown character.
    """
    try:
        from re import _constants as C, _parser as P
    except Exception:  # pragma: no cover
        return None
    try:
        if flags & (re.IGNORECASE | re.VERBOSE):
            return None
        parsed = P.parse(pattern, flags)
        if parsed.state.flags & re.IGNORECASE:
            return None
        keys = _Analyser(C).anchored_keys(list(parsed.data))
        if keys is not None:
            keys = {_final(k) for k in keys}
    except _GiveUp:
        return None
    except Exception:  # pragma: no cover - unexpected parser shape
        return None
    if keys is None or not keys or "" in keys:
        return None
    if any(k[0] == " " for k in keys):
        return None
    return tuple(sorted(keys))


def _final(k: str) -> str:
    k = k.rstrip(_END)
    j = k.find(_UDIGIT, 1)
    return k if j < 0 else k[:j]


class _GiveUp(Exception):
    pass


_UDIGIT = "\x01"  # stands for any non-ASCII decimal digit (\\d matches those too)
_SEP = "\x1f"  # separates the keys of one pattern in pycore/_scankeys.py
_END = "\x00"  # marks a prefix cut short on purpose: nothing may be appended to it


def _shrink(keys: set) -> set:
    """Fewer, shorter keys when there are too many (still a sound prefilter)."""
    n = K - 1
    while len(keys) > _CAP and n >= 1:
        keys = {a if len(a.rstrip(_END)) <= n and a[-1:] == _END else a[:n] + _END for a in keys}
        n -= 1
    return keys


class _Analyser:
    def __init__(self, C) -> None:
        self.C = C
        self.repeats = tuple(getattr(C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                             if hasattr(C, n))

    # A sequence is "anchored" when it begins (after other zero-width items)
    # with \b or a negative lookbehind that excludes letters and digits.
    def anchored_keys(self, items):
        C = self.C
        i = 0
        anchored = False
        while i < len(items):
            op, av = items[i]
            if op is C.AT:
                if av is C.AT_BOUNDARY:
                    anchored = True
                elif av not in (C.AT_BEGINNING_STRING, C.AT_BEGINNING):
                    break
                i += 1
                continue
            if op is C.ASSERT_NOT:
                direction, sub = av
                if direction < 0 and self._excludes_alnum(sub):
                    anchored = True
                i += 1
                continue
            if op is C.ASSERT:
                i += 1
                continue
            break
        if anchored:
            return self.seq(items[i:])
        if i < len(items):
            op, av = items[i]
            rest = items[i + 1:]
            if op is C.SUBPATTERN and not self._flagged(av):
                inner = list(av[-1].data)
                return self._anchored_branches([inner], rest)
            if op is C.BRANCH:
                return self._anchored_branches([list(b.data) for b in av[1]], rest)
        # not anchored: fine only when every match starts with a symbol, since
        # every symbol's position is indexed
        keys = self.seq(items[i:])
        if any(not k or k[0] in _ALNUM or k[0] == " " for k in keys):
            return None
        return keys

    def _anchored_branches(self, branches, rest):
        # (A|B)rest: anchored when every branch is; keys are each branch
        # followed by rest.  Simple case: a single sub-pattern that is itself
        # a branch.
        C = self.C
        if len(branches) == 1 and len(branches[0]) == 1 and branches[0][0][0] is C.BRANCH:
            return self._anchored_branches([list(b.data) for b in branches[0][0][1][1]], rest)
        out = set()
        for b in branches:
            keys = self.anchored_keys(b + rest)
            if keys is None:
                return None
            out |= keys
        return out

    def _flagged(self, av):
        return len(av) == 4 and (av[1] or av[2])

    def _excludes_alnum(self, sub):
        C = self.C
        data = list(sub.data)
        if len(data) != 1:
            return False
        op, av = data[0]
        chars = set()
        if op is C.LITERAL:
            return False
        if op is not C.IN:
            return False
        for o, a in av:
            if o is C.NEGATE:
                return False
            if o is C.LITERAL:
                chars.add(chr(a))
            elif o is C.RANGE:
                chars.update(chr(c) for c in range(a[0], a[1] + 1))
            elif o is C.CATEGORY and a in (C.CATEGORY_WORD, C.CATEGORY_UNI_WORD):
                return True
        return _ALNUM <= chars

    def seq(self, items):
        out = {""}
        for op, av in items:
            nxt = self.item(op, av)
            if nxt is None:
                # unknown item: the prefixes so far may be followed by anything,
                # so nothing that comes after this sequence may be appended
                return {a if (len(a) >= K or a[-1:] == _END) else a + _END for a in out}
            new = set()
            for a in out:
                if len(a) >= K or (a and a[-1] == _END):
                    new.add(a)
                    continue
                for b in nxt:
                    new.add((a + b)[:K])
            out = _shrink(new)
            if all(len(a) >= K or a[-1:] == _END for a in out):
                break
        return out

    def item(self, op, av):
        C = self.C
        if op is C.LITERAL:
            return {chr(av)}
        if op is C.IN:
            chars = set()
            for o, a in av:
                if o is C.LITERAL:
                    chars.add(chr(a))
                elif o is C.RANGE:
                    if a[1] - a[0] > 64:
                        return None
                    chars.update(chr(c) for c in range(a[0], a[1] + 1))
                elif o is C.CATEGORY and a in (C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT):
                    chars.update("0123456789")
                    chars.add(_UDIGIT + _END)
                elif o is C.CATEGORY and a in (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE):
                    chars.add(" ")
                else:
                    return None
            return chars
        if op is C.SUBPATTERN:
            if self._flagged(av):
                raise _GiveUp
            return self.seq(list(av[-1].data))
        if op is C.BRANCH:
            out = set()
            for b in av[1]:
                out |= self.seq(list(b.data))
            return _shrink(out)
        if op in self.repeats:
            lo, hi, sub = av
            one = self.seq(list(sub.data))
            res = set()
            cur = {""}
            top = min(hi, max(lo, K + 1))
            for n in range(top + 1):
                if n >= lo:
                    res |= cur
                if n == top:
                    break
                cur = _shrink({a if (a and a[-1] == _END) else (a + b)[:K] for a in cur for b in one})
            if hi > top and "" not in one and any(len(x) < K for x in res):
                # longer runs of a non-empty item reach K characters within K + 1 repeats
                pass
            return res
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return {""}
        if op is getattr(C, "ATOMIC_GROUP", None):
            return self.seq(list(av.data))
        return None


# --------------------------------------------------------------- scanning

def _register(scanner, keys) -> int:
    """Index ``scanner`` under its keys; its id, or -1 (no keys: scanned plainly)."""
    if keys is None:
        return -1
    rid = len(_REGISTRY)
    _REGISTRY.append(scanner)
    _STARTS[0] = None
    for k in keys:
        if k[:1] not in _ALNUM:
            _SYMBOLS.add(k[:1])
        if len(k) > K:  # from a cache made with longer keys: its prefix is still sound
            k = k[:K]
        d = _BY_KEY[len(k)]
        old = d.get(k)
        if old is None:
            d[k] = rid
        elif old.__class__ is int:
            if old != rid:
                d[k] = (old, rid)
        elif rid not in old:
            d[k] = old + (rid,)
    _TRI_CACHE.clear()
    return rid


class Scanner:
    """A compiled regex plus the keys that say where it can match."""

    __slots__ = ("rx", "keys", "id", "match", "finditer_plain", "search_plain")

    def __init__(self, pattern, flags: int = 0, prefilter: bool = True) -> None:
        if isinstance(pattern, re.Pattern):
            rx = pattern
        else:
            rx = _rx(pattern, flags)
        self.rx = rx
        self.match = rx.match
        self.finditer_plain = rx.finditer
        self.search_plain = rx.search
        # without prefilter: keys that start with almost any word (``[a-z]+ street``) would
        # make every run start a candidate; such a regex is cheaper run plainly, within the
        # windows its caller cares about
        keys = _keys_of(rx.pattern, rx.flags & ~re.UNICODE) if prefilter else None
        self.keys = keys
        self.id = _register(self, keys)

    def finditer(self, doc, view: str, pos: int = 0, endpos: int | None = None, stop: int | None = None):
        """Same matches as ``rx.finditer(view, pos, endpos)``; ``view`` belongs to ``doc``.

        ``stop``: only matches that start before it are wanted (unlike ``endpos``, a
        match may run past it). A plain regex then ends its scan at ``stop`` + the
        longest plausible match, so callers pass ``endpos`` for those instead.
        """
        if self.id < 0:
            if endpos is None:
                return self.rx.finditer(view, pos)
            return self.rx.finditer(view, pos, endpos)
        cands = candidates(doc, view).get(self.id)
        if not cands:
            return iter(())
        end = len(view) if endpos is None else endpos
        if stop is not None:
            cands = cands[bisect.bisect_left(cands, pos):bisect.bisect_left(cands, stop)]
        return _iter(self.match, view, cands, pos, end)

    def search(self, doc, view: str, pos: int = 0, endpos: int | None = None):
        """Same as ``rx.search(view, pos, endpos)``."""
        if self.id < 0:
            if endpos is None:
                return self.rx.search(view, pos)
            return self.rx.search(view, pos, endpos)
        cands = candidates(doc, view).get(self.id)
        if not cands:
            return None
        end = len(view) if endpos is None else endpos
        match = self.match
        if pos:
            i = bisect.bisect_left(cands, pos)
        else:
            i = 0
        n = len(cands)
        while i < n:
            p = cands[i]
            if p > end:
                return None
            m = match(view, p, end)
            if m is not None:
                return m
            i += 1
        return None

    def findspans(self, doc, view: str) -> list:
        return [m.span() for m in self.finditer(doc, view)]


class Text:
    """A bare text for the scanners: what they need of a :class:`~pycore.normalize.Doc`
    (the text, as ``norm``, and a cache for its candidate positions)."""

    __slots__ = ("norm", "cache")

    def __init__(self, text: str) -> None:
        self.norm = text
        self.cache = {}


def _keys_of(src: str, flags: int = 0):
    """The keys of a pattern, from the generated cache when it has them (None with flags:
    such a pattern is scanned plainly); the pattern is recorded for the generator."""
    _ALL[src] = flags
    if flags:
        return None
    keys = _CACHED.get(src, False)
    if isinstance(keys, str):
        return tuple(keys.split(_SEP)) if keys else None
    _MISSED.append(src)
    return analyse(src)


class Alternatives:
    """``prefix + "(?:" + "|".join(alternatives) + ")"`` scanned one alternative at a time.

    A candidate position (from the keys of the whole alternation) is tried only
    with the alternatives that can start with the text's first three characters
    there, in their order, and the first that matches wins: exactly what the
    whole alternation would match there, without making the regex engine walk
    every other alternative first (about twice as fast for the category word
    lists). The whole alternation is never compiled unless some alternative has
    no keys (then it is scanned the ordinary way) or ``rx`` is asked for: in the
    browser every megabyte counts, because the runtime's memory snapshot must fit
    in the heap Pyodide starts with.
    """

    __slots__ = ("src", "_rx", "keys", "id", "_matches", "_starts", "_fit", "_plain")

    def __init__(self, prefix: str, alternatives: list) -> None:
        self.src = prefix + "(?:" + "|".join(alternatives) + ")"
        self._rx = None
        self._fit: dict = {}
        self._plain = None
        each = [prefix + "(?:" + alt + ")" for alt in alternatives]
        keys = _keys_of(self.src)
        starts = []
        for src in each:
            ks = _keys_of(src)
            if ks is None:
                keys = None
                break
            # the first one to three characters of each key ("\s" is keyed as " ")
            starts.append(frozenset(k[:3] for k in ks))
        self.keys = keys
        if keys is None:
            self.id = -1
            self._matches = None
            self._plain = Scanner(self.src)
            return
        self._matches = tuple(_rx(src).match for src in each)
        self._starts = tuple(starts)
        self.id = _register(self, keys)

    @property
    def rx(self):
        """The whole alternation, compiled on first use."""
        if self._rx is None:
            self._rx = _rx(self.src)
        return self._rx

    def _fitting(self, head: str) -> tuple:
        t = "".join(" " if c.isspace() else c for c in head)  # \s is keyed as " "
        heads = {t[:1], t[:2], t[:3]}
        if not t[0].isascii() and t[0].isdecimal():
            heads.add(_UDIGIT)
        got = tuple(m for m, st in zip(self._matches, self._starts) if not heads.isdisjoint(st))
        if len(self._fit) > 20_000:
            self._fit.clear()
        self._fit[head] = got
        return got

    def finditer(self, doc, view: str, pos: int = 0):
        """Same matches as ``self.rx.finditer(view, pos)``."""
        if self._matches is None:
            yield from self._plain.finditer(doc, view, pos)
            return
        cands = candidates(doc, view).get(self.id)
        if not cands:
            return
        fit = self._fit.get
        end = len(view)
        last = pos
        for p in cands:
            if p < last:
                continue
            head = view[p:p + 3]
            ms = fit(head)
            if ms is None:
                ms = self._fitting(head)
            for match in ms:
                m = match(view, p, end)
                if m is not None:
                    yield m
                    last = m.end()
                    break


def _iter(match, view, cands, pos, end):
    last = pos
    for p in cands:
        if p < last:
            continue
        if p > end:
            return
        m = match(view, p, end)
        if m is not None:
            yield m
            last = m.end()
            if last == p:  # empty match: cannot happen with keys, but be safe
                last = p + 1


def _rids(tri: str) -> tuple:
    r = _TRI_CACHE.get(tri)
    if r is None:
        raw = tri
        tri = "".join(" " if c.isspace() else c for c in tri)  # \s is keyed as " "
        found = [d.get(tri[:n]) for n, d in enumerate(_BY_KEY) if n and n <= len(tri)]
        if not tri[0].isascii() and tri[0].isdecimal():
            found.append(_BY_KEY[1].get(_UDIGIT))
        ids = set()
        for x in found:
            if x is None:
                continue
            if x.__class__ is int:
                ids.add(x)
            else:
                ids.update(x)
        r = tuple(sorted(ids))
        tri = raw
        if len(_TRI_CACHE) > 200_000:
            _TRI_CACHE.clear()
        _TRI_CACHE[tri] = r
    return r


def sentences_with(doc, scanner: "Scanner", view: str) -> list[int]:
    """Indices of the sentences of ``doc`` where ``scanner`` could match in ``view``.

    A superset: every sentence holding one of the scanner's candidate positions
    (every sentence, for a scanner without keys). Rules that search sentence by
    sentence visit only these instead of all of them.
    """
    n = len(doc.sentences)
    if scanner.id < 0:
        return list(range(n))
    cands = candidates(doc, view).get(scanner.id)
    if not cands:
        return []
    index = doc.sentence_index
    out = []
    last = -1
    for p in cands:
        i = index(p)
        if i != last:
            out.append(i)
            last = i
    return sorted(set(out)) if out != sorted(out) else out


def candidates(doc, view: str) -> dict:
    """Per registered scanner id: sorted run starts of ``view`` that begin with one of its keys."""
    cache = doc.cache
    key = ("scan", id(view))
    entry = cache.get(key)
    if entry is not None and entry[0] is view:
        return entry[1]
    norm = doc.norm
    if view is not norm and len(view) == len(norm):
        # a de-leeted view differs from the normalized text in a few characters:
        # start from the text's candidates and redo only around those characters
        out = _derived(norm, view, candidates(doc, norm))
    else:
        out = _direct(view)
    cache[key] = (view, out)
    return out


def _direct(view: str, pos: int = 0, endpos: int | None = None) -> dict:
    out: dict[int, list[int]] = {}
    get = _TRI_CACHE.get
    starts = _STARTS[0]
    if starts is None:
        chars = sorted(_SYMBOLS - {_UDIGIT})
        starts = _STARTS[0] = _rx(
            r"(?<![a-z0-9])[a-z0-9]"
            + ("|[" + "".join(re.escape(c) for c in chars) + "]" if chars else "")
            + (r"|(?![0-9])\d" if _UDIGIT in _SYMBOLS else ""))  # any non-ASCII digit
    for m in starts.finditer(view, pos, len(view) if endpos is None else endpos):
        p = m.start()
        tri = view[p:p + K]
        rids = get(tri)
        if rids is None:
            rids = _rids(tri)
        for rid in rids:
            lst = out.get(rid)
            if lst is None:
                out[rid] = [p]
            else:
                lst.append(p)
    return out


def _derived(norm: str, view: str, base: dict) -> dict:
    """``_direct(view)``, worked out from ``base = _direct(norm)`` (same length, few differences)."""
    n = len(view)
    changed = []
    for i in range(0, n, 64):
        if norm[i:i + 64] != view[i:i + 64]:
            changed.extend(j for j in range(i, min(n, i + 64)) if norm[j] != view[j])
    if not changed:
        return base
    # a run start's key covers K characters, and whether it is a run start depends on
    # the character before it: these are the starts that may differ
    ranges: list[list[int]] = []
    for c in changed:
        a, b = max(0, c - K + 1), min(n, c + 2)
        if ranges and a <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], b)
        else:
            ranges.append([a, b])
    out = {}
    for rid, lst in base.items():
        for a, b in ranges:
            i = bisect.bisect_left(lst, a)
            j = bisect.bisect_left(lst, b, i)
            if i < j:
                lst = lst[:i] + lst[j:]
        if lst:
            out[rid] = lst
    for a, b in ranges:
        for rid, lst in _direct(view, a, b).items():
            cur = out.get(rid)
            out[rid] = sorted(cur + lst) if cur else lst
    return out


_MISSED: list[str] = []   # patterns analysed at import (not in the cache)
_ALL: dict = {}


def _generate(path) -> int:
    """Write :mod:`pycore._scankeys` for every pattern registered so far."""
    import pycore.engine  # noqa: F401  (registers every scanner)
    keys = {src: analyse(src, flags) for src, flags in _ALL.items()}  # fresh, not from the cache
    lines = ['"""Generated by ``python3 -m pycore.scan``: regex keys for pycore.scan. Do not edit."""',
             "", "KEYS = {"]
    for src in sorted(keys, key=str):
        k = keys[src]
        lines.append(f"    {src!r}: {_SEP.join(k) if k else ''!r},")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(keys)


if __name__ == "__main__":  # pragma: no cover
    from pathlib import Path
    import pycore.scan as _real
    n = _real._generate(Path(__file__).with_name("_scankeys.py"))
    print(f"wrote {n} patterns to pycore/_scankeys.py")
