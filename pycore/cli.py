"""Command line: ``python -m pycore check|eval|rules|docs``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .categories import CATEGORY_IDS
from .engine import check
from .model import CONTEXTS
from .offsets import utf16_slice

DEFAULT_CORPUS = Path("tests") / "corpus" / "labelled.jsonl"


def _print_human(text: str, findings, out) -> None:
    if not findings:
        print("No findings.", file=out)
        return
    for f in findings:
        span = utf16_slice(text, f.start, f.end)
        line = f"{f.severity:<7} {f.rule:<10} {f.category:<22} \"{span}\"  {f.message}"
        if f.suggestions:
            line += "  Try: " + " / ".join(f.suggestions)
        print(line, file=out)


def _cmd_check(args) -> int:
    if args.jsonl:
        return _check_jsonl(args)
    if args.text is None:
        print("error: give the text to check, or --jsonl - to read JSON lines.", file=sys.stderr)
        return 2
    text = sys.stdin.read() if args.text == "-" else args.text
    findings = check(text, args.context)
    if args.json:
        print(json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        _print_human(text, findings, sys.stdout)
    return 0


def _check_jsonl(args) -> int:
    src = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")
    bad = 0
    try:
        for n, line in enumerate(src, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                print(f"line {n}: invalid JSON ({exc.msg}).", file=sys.stderr)
                bad += 1
                continue
            if not isinstance(obj, dict):
                print(f"line {n}: expected a JSON object.", file=sys.stderr)
                bad += 1
                continue
            text = obj.get("text")
            if not isinstance(text, str):
                print(f"line {n}: missing \"text\" string.", file=sys.stderr)
                bad += 1
                continue
            context = obj.get("context", args.context)
            if context not in CONTEXTS:
                print(f"line {n}: unknown context {context!r}; use one of "
                      f"{', '.join(CONTEXTS)}.", file=sys.stderr)
                bad += 1
                continue
            findings = check(text, context)
            out = {"id": obj.get("id"), "findings": [
                {"rule": f.rule, "category": f.category, "severity": f.severity,
                 "start": f.start, "end": f.end, "message": f.message} for f in findings]}
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    finally:
        if src is not sys.stdin:
            src.close()
    return 1 if bad else 0


def evaluate(path: Path):
    """Per-category recall/precision and clean false-positive rate on a corpus."""
    items = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                items.append(json.loads(line))
    labelled = {c: 0 for c in CATEGORY_IDS}
    hit = {c: 0 for c in CATEGORY_IDS}
    flagged = {c: 0 for c in CATEGORY_IDS}
    flagged_ok = {c: 0 for c in CATEGORY_IDS}
    clean = clean_fp = 0
    misses, fps = [], []
    for it in items:
        expect = set(it.get("expect") or [])
        found = {f.category for f in check(it["text"], it.get("context", "post"))}
        for c in expect:
            labelled[c] = labelled.get(c, 0) + 1
            if c in found:
                hit[c] = hit.get(c, 0) + 1
            else:
                misses.append((it.get("id"), c))
        for c in found:
            flagged[c] = flagged.get(c, 0) + 1
            if c in expect:
                flagged_ok[c] = flagged_ok.get(c, 0) + 1
            elif expect:
                fps.append((it.get("id"), c))
        if not expect:
            clean += 1
            if found:
                clean_fp += 1
                fps.append((it.get("id"), ",".join(sorted(found))))
    total_l = sum(labelled.values())
    total_h = sum(hit.values())
    return {
        "items": len(items), "labelled": labelled, "hit": hit, "flagged": flagged,
        "flagged_ok": flagged_ok, "clean": clean, "clean_fp": clean_fp,
        "recall": total_h / total_l if total_l else 1.0,
        "clean_fp_rate": clean_fp / clean if clean else 0.0,
        "misses": misses, "false_positives": fps,
    }


def _cmd_eval(args) -> int:
    path = Path(args.corpus)
    if not path.exists():
        print(f"error: corpus not found: {path}", file=sys.stderr)
        return 2
    r = evaluate(path)
    print(f"{'category':<24}{'items':>6}{'recall':>8}{'flagged':>9}{'precision':>11}")
    for c in CATEGORY_IDS:
        n, h, fl, ok = r["labelled"][c], r["hit"][c], r["flagged"][c], r["flagged_ok"][c]
        rec = f"{h / n:.3f}" if n else "-"
        prec = f"{ok / fl:.3f}" if fl else "-"
        print(f"{c:<24}{n:>6}{rec:>8}{fl:>9}{prec:>11}")
    print(f"\noverall recall: {r['recall']:.3f} on {sum(r['labelled'].values())} labels "
          f"({r['items']} items)")
    print(f"clean false-positive rate: {r['clean_fp_rate']:.3f} "
          f"({r['clean_fp']} of {r['clean']} clean items)")
    if args.verbose:
        for i, c in r["misses"]:
            print(f"MISS {i} {c}")
        for i, c in r["false_positives"]:
            print(f"FP   {i} {c}")
    return 0


def _cmd_rules(args) -> int:
    from .catalogue import catalogue
    cat = catalogue()
    if args.json:
        print(json.dumps(cat, ensure_ascii=False, indent=2))
        return 0
    for c in cat["categories"]:
        print(f"{c['id']} ({c['default_severity']}): {c['title']}")
        for r in cat["rules"]:
            if r["category"] == c["id"]:
                print(f"  {r['id']:<11}{r['severity']:<8}{r['title']}")
    return 0


def _cmd_docs(args) -> int:
    from .docgen import write
    path = write(Path(args.output) if args.output else None)
    print(f"wrote {path}")
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m pycore",
                                description="Second Look: check social-media text against "
                                            "therapists' ethics guidance.")
    sub = p.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check", help="check a text, or JSON lines with --jsonl")
    c.add_argument("text", nargs="?", help="the text to check (- reads stdin)")
    c.add_argument("--context", default="post", choices=CONTEXTS)
    c.add_argument("--jsonl", metavar="FILE", help="read {id,text,context} lines (- for stdin)")
    c.add_argument("--json", action="store_true", help="print findings as JSON")
    c.set_defaults(func=_cmd_check)
    e = sub.add_parser("eval", help="recall/precision on a labelled corpus")
    e.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    e.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")
    e.set_defaults(func=_cmd_eval)
    r = sub.add_parser("rules", help="print the rule catalogue")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=_cmd_rules)
    d = sub.add_parser("docs", help="regenerate docs/rules.md")
    d.add_argument("--output")
    d.set_defaults(func=_cmd_docs)
    args = p.parse_args(argv)
    return args.func(args)
