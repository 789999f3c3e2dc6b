"""pycore's import fits in the heap Pyodide starts with, so the runtime's memory snapshot
can be restored (the restarted browser starts in well under a second, not 2-3 s).

Pyodide restores a snapshot into a heap of its initial size: if ``import pycore`` grew the
heap, every later start silently falls back to the slow path. The end-to-end test
(test_runtime_e2e) sees that from the outside; this one says why, in seconds.
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


@pytest.mark.skipif(shutil.which("node") is None or not (PYODIDE / "pyodide.mjs").exists(),
                    reason="needs node and the vendored Pyodide (python3 build.py installs both)")
def test_import_fits_in_the_initial_pyodide_heap(tmp_path):
    wheel = tmp_path / "pycore-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for p in sorted((ROOT / "pycore").rglob("*.py")):
            zf.write(p, p.relative_to(ROOT).as_posix())
    out = subprocess.run(["node", str(ROOT / "tests" / "node" / "pyodide_heap.mjs"), str(PYODIDE), str(wheel)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert "CONF001" in got["rules"]
    assert got["afterImport"] == got["initial"], (
        f"import pycore grew Pyodide's heap from {got['initial']:,} to {got['afterImport']:,} bytes: "
        "the memory snapshot can no longer be restored. Keep import-time data small "
        "(compile lazily, fewer scan keys).")
