"""The build: both unpacked extensions and their zips, with only what they need."""
import json
import zipfile

from tests.harness import ROOT

DIST = ROOT / "dist"


def manifest(browser):
    return json.loads((DIST / browser / "manifest.json").read_text())


def test_chrome_manifest_is_mv3_with_service_worker_and_offscreen():
    m = manifest("chrome")
    assert m["manifest_version"] == 3
    assert m["background"]["service_worker"] == "background/service_worker.js"
    assert "offscreen" in m["permissions"]
    assert m["content_security_policy"]["extension_pages"] == "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'"
    # Narrowest permissions: no hosts, no tabs, no scripting, no network.
    assert set(m["permissions"]) == {"storage", "offscreen"}
    assert "host_permissions" not in m


def test_firefox_manifest_uses_module_background_and_says_no_data_collected():
    m = manifest("firefox")
    assert m["background"] == {"scripts": ["background/firefox.js"], "type": "module"}
    gecko = m["browser_specific_settings"]["gecko"]
    assert gecko["id"]
    assert gecko["data_collection_permissions"] == {"required": ["none"]}
    assert "offscreen" not in m["permissions"]
    assert not (DIST / "firefox" / "background" / "service_worker.js").exists()


def test_only_the_pyodide_files_the_runtime_needs_are_shipped():
    for browser in ("chrome", "firefox"):
        files = sorted(p.name for p in (DIST / browser / "vendor" / "pyodide").iterdir())
        assert files == sorted(["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"])
        info = json.loads((DIST / browser / "vendor" / "build-info.json").read_text())
        wheel = DIST / browser / "vendor" / info["wheel"]
        with zipfile.ZipFile(wheel) as zf:
            names = zf.namelist()
        assert "pycore/__init__.py" in names and "pycore/bridge.py" in names
        assert any(n.endswith(".dist-info/RECORD") for n in names)


def test_zips_hold_the_unpacked_extensions():
    version = json.loads((ROOT / "manifest.json").read_text())["version"]
    for browser in ("chrome", "firefox"):
        z = DIST / f"second-look-{version}-{browser}.zip"
        with zipfile.ZipFile(z) as zf:
            names = set(zf.namelist())
        unpacked = {p.relative_to(DIST / browser).as_posix() for p in (DIST / browser).rglob("*") if p.is_file()}
        assert names == unpacked


def test_every_file_the_manifest_names_exists():
    for browser in ("chrome", "firefox"):
        m = manifest(browser)
        named = [m["options_ui"]["page"], m["action"]["default_popup"], *m["icons"].values()]
        named += m["background"].get("scripts", []) + ([m["background"]["service_worker"]] if "service_worker" in m["background"] else [])
        for cs in m["content_scripts"]:
            named += cs["js"] + cs.get("css", [])
        missing = [n for n in named if not (DIST / browser / n).is_file()]
        assert not missing, missing
