"""Targets on the labelled corpus: recall >= 0.95, clean false-positive rate <= 2%."""

from pathlib import Path

import pytest

from pycore.cli import evaluate

CORPUS = Path(__file__).resolve().parent / "corpus" / "labelled.jsonl"


@pytest.mark.skipif(not CORPUS.exists(), reason="labelled corpus not present")
def test_corpus_targets():
    r = evaluate(CORPUS)
    assert r["recall"] >= 0.95, f"recall {r['recall']:.3f}; misses: {r['misses'][:20]}"
    assert r["clean_fp_rate"] <= 0.02, f"clean FP {r['clean_fp_rate']:.3f}: {r['false_positives'][:20]}"
    for cat, n in r["labelled"].items():
        if n >= 10:
            assert r["hit"][cat] / n >= 0.8, f"{cat} recall {r['hit'][cat] / n:.2f}"
