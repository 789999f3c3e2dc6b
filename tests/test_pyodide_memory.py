"""pycore's import fits in the heap Pyodide starts with, so the runtime's memory snapshot
can be restored (the restarted browser starts in well under a second, not 2-3 s).

Pyodide restores a snapshot into a heap of its initial size: if ``import pycore`` grew the
heap, every later start silently falls back to the slow path. The end-to-end test
(test_runtime_e2e) sees that from the outside; this one says why, in seconds. A restored
snapshot also has no files: the second test restores one the runtime's way and checks that
the statistical layer, which reads its weights after the snapshot, still works.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYODIDE = ROOT / "node_modules" / "pyodide"


NEEDS_NODE = pytest.mark.skipif(shutil.which("node") is None or not (PYODIDE / "pyodide.mjs").exists(),
                                reason="needs node and the vendored Pyodide (python3 build.py installs both)")


def _wheel(tmp_path) -> Path:
    wheel = tmp_path / "pycore-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for p in sorted((ROOT / "pycore").rglob("*.py")):
            zf.write(p, p.relative_to(ROOT).as_posix())
    return wheel


def _node(script: str, tmp_path) -> dict:
    """Runs tests/node/<script> on the vendored Pyodide and a wheel of this pycore; its JSON line."""
    out = subprocess.run(["node", str(ROOT / "tests" / "node" / script), str(PYODIDE), str(_wheel(tmp_path))],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@NEEDS_NODE
def test_import_fits_in_the_initial_pyodide_heap(tmp_path):
    got = _node("pyodide_heap.mjs", tmp_path)
    assert "CONF001" in got["rules"]
    assert got["afterImport"] == got["initial"], (
        f"import pycore grew Pyodide's heap from {got['initial']:,} to {got['afterImport']:,} bytes: "
        "the memory snapshot can no longer be restored. Keep import-time data small "
        "(compile lazily, fewer scan keys).")


@NEEDS_NODE
def test_statistical_layer_works_after_a_snapshot_restore(tmp_path):
    # a restored snapshot has no files; the runtime unpacks the wheel again so that the model's
    # weights, read on the first check, are there: every model rule must still fire
    got = _node("pyodide_restore.mjs", tmp_path)
    assert got["weights"] > 1000
    for rid, rules in got["found"].items():
        assert rid in rules, f"{rid}'s first example is not flagged after a snapshot restore: {rules}"
