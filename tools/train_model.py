#!/usr/bin/env python3
"""Train the statistical back-up rules of pycore (pycore/rules/model.py).

Standard library only and deterministic (fixed seed, fixed fold assignment,
sorted iteration): running it twice writes the same ``pycore/_model_weights.py`` and
``pycore/_model_data.py``.

Training data: the corpora in CORPORA (every file of ``tests/corpus`` but the hold-outs, which
this script refuses to read), plus every pattern rule's documented examples
(flag examples are positives of their rule's category; every example also
carries whatever categories the pattern rules find in it).

Model: one-vs-rest L2 logistic regression per category, trained by SGD over
binary features (normalised words, word pairs, ``^context``), pruned to the
heaviest weights per category, averaged over three SGD runs. Thresholds: 5-fold
cross-validation by author (each corpus is one author's; a fold holds whole corpora, so
each score is on an unseen author); per category the threshold is lowered greedily while the
combined engine (pattern rules + model) keeps its clean false-positive rate
within budget and the model's own precision high.

    python3 tools/train_model.py            # train, report, write the weights
    python3 tools/train_model.py --check    # exit 1 if the shipped weights differ
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import multiprocessing
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pycore.categories import CATEGORY_IDS  # noqa: E402
from pycore.normalize import Doc  # noqa: E402
from pycore.rules import model as M  # noqa: E402

CORPORA = ("tests/corpus/labelled.jsonl", "tests/corpus/second-dev.jsonl", "tests/corpus/third.jsonl",
           "tests/corpus/fourth.jsonl", "tests/corpus/sixth.jsonl",
           "tests/corpus/seventh.jsonl", "tests/corpus/eighth.jsonl", "tests/corpus/ninth.jsonl",
           "tests/corpus/tenth.jsonl", "tests/corpus/eleventh.jsonl", "tests/corpus/twelfth.jsonl",
           "tests/corpus/thirteenth.jsonl", "tests/corpus/fourteenth.jsonl", "tests/corpus/fifteenth.jsonl",
           "tests/corpus/sixteenth.jsonl", "tests/corpus/seventeenth.jsonl", "tests/corpus/eighteenth.jsonl",
           "tests/corpus/nineteenth.jsonl", "tests/corpus/twentieth.jsonl", "tests/corpus/twentyfirst.jsonl",
           "tests/corpus/twentysecond.jsonl", "tests/corpus/twentythird.jsonl", "tests/corpus/twentyfourth.jsonl",
           "tests/corpus/twentyfifth.jsonl", "tests/corpus/twentyseventh.jsonl", "tests/corpus/twentyeighth.jsonl",
           "tests/corpus/twentyninth.jsonl", "tests/corpus/thirtieth.jsonl", "tests/corpus/thirtyfirst.jsonl",
           "tests/corpus/thirtythird.jsonl", "tests/corpus/thirtyfourth.jsonl", "tests/corpus/thirtyfifth.jsonl",
           "tests/corpus/thirtysixth.jsonl", "tests/corpus/thirtyseventh.jsonl", "tests/corpus/thirtyeighth.jsonl",
           "tests/corpus/thirtyninth.jsonl", "tests/corpus/fortieth.jsonl")
OUT = ROOT / "pycore" / "_model_weights.py"
OUT_DATA = ROOT / "pycore" / "_model_data.py"
SEED = 20240611
SEEDS = (SEED, SEED + 1, SEED + 2)  # models averaged; each SGD run sees the items in its own order
EPOCHS = 20
LR = 0.2
L2 = 1e-4
POS_WEIGHT = 3.0
MIN_DF = 3
KEEP_PER_CAT = 6000
FOLDS = 5
CLEAN_FP_BUDGET = 0.013   # combined clean false-positive rate allowed in CV
MIN_PRECISION = 0.85     # the model's own precision (items it flags that carry the category)
MARGIN = 0.25            # threshold sits this far above the last false alarm allowed
# CV false alarms one category may cost, as shares so that they keep their meaning as the
# corpora grow (about 12 clean posts and 19 posts of other categories at 12,600 items)
MAX_CLEAN_FP_PER_CAT = 0.002  # share of the clean items
# lexical or structural categories the patterns own (and where the model found little in CV)
EXCLUDE = {"profanity", "informal-tone"}
MIN_MODEL_RECALL = 0.1    # a category ships only if the model alone finds this share in CV
MAX_FP_PER_CAT = 0.0015   # share of all items: false alarms on items of other categories
CATS = CATEGORY_IDS
NC = len(CATS)


def load_items():
    items = []
    for rel in CORPORA:
        assert "holdout" not in rel
        with open(ROOT / rel, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    it = json.loads(line)
                    it["_corpus"] = Path(rel).name
                    items.append(it)
    return items


def rule_categories(text, context):
    """Categories the pattern rules find (model rules switched off)."""
    import pycore
    saved = (M.CATEGORIES, M.BIAS, M.THRESHOLD, M.W)
    M.load(None)
    try:
        return {f.category for f in pycore.check(text, context)}
    finally:
        M.CATEGORIES, M.BIAS, M.THRESHOLD, M.W = saved


def aux_examples():
    """Every rule's own examples, labelled with what the pattern rules find plus the rule's category."""
    from pycore.rules import RULES
    # pattern rules from RULES; the model rules' examples from the spec table, whether or not
    # the shipped weights give their category a threshold (so training never depends on the
    # weights it replaces)
    sets = [(r.id, r.category, r.examples_flag, r.examples_clean) for r in RULES if r.id not in M.MODEL_IDS]
    from pycore.model import Example
    as_ex = lambda xs: [x if isinstance(x, Example) else Example(*x) if isinstance(x, tuple) else Example(x)  # noqa: E731
                        for x in xs]
    sets += [(M._SPECS[cat][0], cat, as_ex(flag), as_ex(clean)) for cat, (flag, clean) in M._EXAMPLES.items()]
    out = []
    for rid, category, flags, cleans in sets:
        for ex, is_flag in [(e, True) for e in flags] + [(e, False) for e in cleans]:
            if ex.settings or ex.parent:
                continue
            cats = rule_categories(ex.text, ex.context)
            if is_flag:
                cats.add(category)
            out.append({"id": f"rule:{rid}", "text": ex.text, "context": ex.context,
                        "expect": sorted(cats), "_clean": not is_flag})
    return out


def featurize(items):
    for it in items:
        it["_f"] = sorted(M.features(Doc(it["text"]), it.get("context", "post")))
        it["_y"] = [1 if c in (it.get("expect") or []) else 0 for c in CATS]


def train(items):
    """SGD logistic regression, all categories at once, averaged over the SEEDS (the order
    SGD sees the items in moves single weights; the average is steadier); returns
    (bias, {feature: [w per cat]})."""
    df = {}
    for it in items:
        for f in it["_f"]:
            df[f] = df.get(f, 0) + 1
    vocab = sorted(f for f, n in df.items() if n >= MIN_DF)
    index = {f: i for i, f in enumerate(vocab)}
    X = [[index[f] for f in it["_f"] if f in index] for it in items]
    Y = [it["_y"] for it in items]
    W = [[0.0] * len(vocab) for _ in range(NC)]
    b = [0.0] * NC
    for seed in SEEDS:
        ws, bs = _sgd(X, Y, len(vocab), seed)
        for c in range(NC):
            W[c] = [x + y / len(SEEDS) for x, y in zip(W[c], ws[c])]
            b[c] += bs[c] / len(SEEDS)
    # prune: per category keep the heaviest weights
    weights = {}
    for c in range(NC):
        wc = W[c]
        top = sorted(range(len(vocab)), key=lambda j: (-abs(wc[j]), vocab[j]))[:KEEP_PER_CAT]
        for j in top:
            w = round(wc[j], 3)
            if w:
                weights.setdefault(vocab[j], [0.0] * NC)[c] = w
    return [round(x, 3) for x in b], weights


def _sgd(X, Y, nv, seed):
    """One SGD run over feature-index lists ``X`` and label rows ``Y``; returns (W, b)."""
    W = [[0.0] * nv for _ in range(NC)]
    b = [0.0] * NC
    rng = random.Random(seed)
    order = list(range(len(X)))
    step = 0
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            step += 1
            lr = LR / (1.0 + 0.0005 * step)
            x, y = X[i], Y[i]
            if not x:
                continue
            for c in range(NC):
                wc = W[c]
                z = b[c] + sum([wc[j] for j in x])
                p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
                g = (p - y[c]) * (POS_WEIGHT if y[c] else 1.0)
                if -1e-4 < g < 1e-4:
                    continue
                b[c] -= lr * g
                for j in x:
                    wc[j] -= lr * (g + L2 * wc[j])
    return W, b


def score(bias, weights, feats):
    acc = list(bias)
    for f in feats:
        w = weights.get(f)
        if w:
            for c in range(NC):
                acc[c] += w[c]
    return acc


def fold_of(item):
    """Cross-validation folds by author: each corpus was written by a different author, and
    all of a corpus falls in one fold, so every out-of-fold score is the model's score on
    an author it never saw (what happens with a new user), not on a sibling of a training post."""
    return _AUTHORS.index(item["_corpus"]) % FOLDS


_AUTHORS = sorted(Path(rel).name for rel in CORPORA)


def choose_thresholds(items, oof, rule_found):
    """Greedy: lower per-category thresholds while CV precision and the clean budget hold."""
    clean = [i for i, it in enumerate(items) if not it.get("expect")]
    budget = int(CLEAN_FP_BUDGET * len(clean))
    thr = {}
    for c, cat in enumerate(CATS):
        if cat in EXCLUDE:
            continue
        # candidate thresholds: the positive items' scores, highest first
        cands = sorted({oof[i][c] for i, it in enumerate(items) if it["_y"][c]}, reverse=True)
        best = None
        for t in cands:
            fired = [i for i in range(len(items)) if oof[i][c] >= t and cat not in rule_found[i]]
            tp = sum(1 for i in fired if items[i]["_y"][c])
            fp = len(fired) - tp
            clean_fp = sum(1 for i in fired if not items[i].get("expect"))
            # model-alone precision over all items (what it would add if the rules were silent)
            all_fired = [i for i in range(len(items)) if oof[i][c] >= t]
            all_tp = sum(1 for i in all_fired if items[i]["_y"][c])
            prec = all_tp / len(all_fired) if all_fired else 1.0
            if (prec < MIN_PRECISION or clean_fp > max(1, int(MAX_CLEAN_FP_PER_CAT * len(clean)))
                    or fp > max(2, int(MAX_FP_PER_CAT * len(items)))):
                break
            best = (t, all_tp)
        if best is not None and best[1] < MIN_MODEL_RECALL * sum(it["_y"][c] for it in items):
            best = None  # too little to add for the risk of a false alarm
        if best is not None:
            # the threshold sits just above the highest-scoring negative below it
            t = best[0]
            neg_below = [oof[i][c] for i in range(len(items)) if not items[i]["_y"][c] and oof[i][c] < t]
            floor = max(neg_below) if neg_below else t - MARGIN
            thr[cat] = round(max(t - MARGIN, (t + floor) / 2), 3) if t - floor > 1e-9 else round(t, 3)
            thr[cat] = max(thr[cat], floor + 1e-3)
    # a shared clean budget: drop the categories that cost clean false positives first
    while True:
        fp_items = _clean_fp(items, oof, rule_found, thr, clean)
        if len(fp_items) <= budget:
            break
        worst = max(thr, key=lambda k: sum(1 for i in fp_items if oof[i][CATS.index(k)] >= thr[k]))
        thr[worst] = round(thr[worst] + 0.25, 3)
    # weights have three decimals, so scores fall on a 0.001 grid (up to float rounding,
    # which differs with the order of the sum): half a step below, a threshold never ties
    return {k: round(v - 0.0005, 4) for k, v in thr.items()}


def _clean_fp(items, oof, rule_found, thr, clean):
    return [i for i in clean if any(oof[i][CATS.index(k)] >= t and k not in rule_found[i]
                                    for k, t in thr.items())]


def report(title, items, oof, rule_found, thr):
    print(f"\n{title}")
    print(f"{'category':<24}{'items':>6}{'rules':>8}{'model':>8}{'both':>8}{'prec r+m':>10}{'thr':>8}")
    tot = [0, 0, 0]
    for c, cat in enumerate(CATS):
        pos = [i for i, it in enumerate(items) if it["_y"][c]]
        t = thr.get(cat)
        fm = (lambda i: t is not None and oof[i][c] >= t)
        r = sum(1 for i in pos if cat in rule_found[i])
        m = sum(1 for i in pos if fm(i))
        both = sum(1 for i in pos if cat in rule_found[i] or fm(i))
        flagged = [i for i in range(len(items)) if cat in rule_found[i] or fm(i)]
        prec = sum(1 for i in flagged if items[i]["_y"][c]) / len(flagged) if flagged else 1.0
        n = len(pos) or 1
        tot[0] += r; tot[1] += m; tot[2] += both
        print(f"{cat:<24}{len(pos):>6}{r / n:>8.3f}{m / n:>8.3f}{both / n:>8.3f}{prec:>10.3f}"
              f"{(f'{t:.2f}' if t is not None else '-'):>8}")
    npos = sum(sum(it["_y"]) for it in items)
    clean = [i for i, it in enumerate(items) if not it.get("expect")]
    rfp = sum(1 for i in clean if rule_found[i])
    cfp = len(set(_clean_fp(items, oof, rule_found, thr, clean)) | {i for i in clean if rule_found[i]})
    print(f"recall: rules {tot[0] / npos:.3f}, model alone {tot[1] / npos:.3f}, rules+model {tot[2] / npos:.3f}"
          f" ({npos} labels)")
    print(f"clean FP: rules {rfp}/{len(clean)} = {rfp / len(clean):.3f}, rules+model {cfp}/{len(clean)} = "
          f"{cfp / len(clean):.3f}")


def render(bias, weights, thr):
    """The two generated modules: ``_model_weights.py`` (read at import) and
    ``_model_data.py`` (the feature weights, read on the first check)."""
    cats = [c for c in CATS]
    lines = []
    for f in sorted(weights):
        w = weights[f]
        ent = " ".join(f"{c}:{w[c]:g}" for c in range(NC) if w[c] and CATS[c] in thr)
        if ent:
            lines.append(f"{f}\t{ent}")
    data = "\n".join(lines)
    digest = hashlib.sha256(json.dumps([bias, thr, data], sort_keys=True).encode()).hexdigest()
    head = [
        '"""Thresholds and biases of the statistical back-up rules (pycore/rules/model.py).',
        "",
        "Generated by tools/train_model.py; do not edit by hand. The feature weights are in",
        "pycore/_model_data.py (HASH covers both).",
        '"""',
        "",
        f"VERSION = {digest[:12]!r}",
        f"HASH = {digest!r}",
        f"CATEGORIES = {tuple(cats)!r}",
        f"BIAS = {tuple(bias)!r}",
        f"THRESHOLD = {dict(sorted(thr.items()))!r}",
        "",
    ]
    body = [
        '"""Feature weights of the statistical back-up rules (pycore/rules/model.py).',
        "",
        "Generated by tools/train_model.py; do not edit by hand. One line per feature:",
        "``feature<TAB>category_index:weight ...``. Imported on the first check, not at",
        "``import pycore`` (see pycore/rules/model.py, _Weights).",
        '"""',
        "",
        f"VERSION = {digest[:12]!r}",
        "DATA = " + repr(data),
        "",
    ]
    return "\n".join(head), "\n".join(body)


_JOB: list = []  # [items, aux] for the training jobs (a forked worker inherits them)


def _train_job(k):
    """Fold ``k``'s model (trained without that fold's corpora), or with ``k=None`` the final
    model on everything."""
    items, aux = _JOB
    return train([it for it in items if k is None or fold_of(it) != k] + aux)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the shipped weights, write nothing")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--jobs", type=int, default=min(6, os.cpu_count() or 1),
                    help="training processes (the result is the same for any number)")
    args = ap.parse_args(argv)
    out = (lambda *a, **k: None) if args.quiet else print

    items = load_items()
    aux = aux_examples()
    featurize(items)
    featurize(aux)
    rule_found = [rule_categories(it["text"], it.get("context", "post")) for it in items]

    # 5-fold cross-validation on the corpus items (rule examples always train)
    # (the five fold models and the final one are independent: trained in parallel)
    _JOB[:] = [items, aux]
    jobs = list(range(FOLDS)) + [None]
    if args.jobs > 1:
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            done = pool.map(_train_job, jobs, chunksize=1)
    else:
        done = [_train_job(k) for k in jobs]
    oof = [None] * len(items)
    for k, (bias, weights) in zip(jobs, done):
        if k is not None:
            for i, it in enumerate(items):
                if fold_of(it) == k:
                    oof[i] = score(bias, weights, it["_f"])
    thr = choose_thresholds(items, oof, rule_found)
    if not args.quiet:
        report("5-fold cross-validation by author (rules were tuned on all of it; each fold holds whole corpora)",
               items, oof, rule_found, thr)

    bias, weights = done[-1]
    # the rules' documented clean examples are promises: no model rule may fire on them
    for ex in aux:
        if ex["id"].startswith("rule:") and ex.get("_clean"):
            sc = score(bias, weights, ex["_f"])
            for cat, t in list(thr.items()):
                c = CATS.index(cat)
                if sc[c] >= t and cat not in ex["expect"]:
                    thr[cat] = round(sc[c] + 0.05, 3)
    head, body = render(bias, weights, thr)
    if args.check:
        same = all(p.exists() and p.read_text(encoding="utf-8") == t for p, t in ((OUT, head), (OUT_DATA, body)))
        out("shipped weights match" if same else "shipped weights differ from a fresh training run")
        return 0 if same else 1
    OUT.write_text(head, encoding="utf-8")
    OUT_DATA.write_text(body, encoding="utf-8")
    out(f"\nwrote {OUT.relative_to(ROOT)} and {OUT_DATA.relative_to(ROOT)} ({len(body.encode()) // 1024} KB, "
        f"{body.count(chr(10))} lines, thresholds for {len(thr)} categories)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
