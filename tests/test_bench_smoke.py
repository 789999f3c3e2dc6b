"""The benchmark code must keep running (no timing is asserted here: see tests/bench.py)."""
import json

from tests import bench


def test_cpython_bench_runs_with_tiny_counts(tmp_path):
    out = tmp_path / "bench.json"
    assert bench.main(["--quick", "--only", "cpython", "--json", str(out)]) == 0
    result = json.loads(out.read_text())
    cpy = result["cpython"]
    assert {"280", "5000"} <= set(cpy["check"])
    assert cpy["check"]["280"]["n"] > 0 and cpy["import"]["import_ms"] > 0
    assert [c["n"] for c in cpy["custom_scaling"]] == [0, 100]
    assert cpy["custom_scaling"][1]["effective_client_hashes"] == 100
    assert any(row[0] == "CPython" for row in result["rows"])


def test_text_maker_gives_exact_lengths():
    for n in (280, 1000, 5000):
        assert len(bench.make_text(n, seed=1)) == n
    assert len(set(bench.fake_names(500, seed=3))) == 500
