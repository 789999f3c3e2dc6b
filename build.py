#!/usr/bin/env python3
"""Build, demo, test and benchmark Second Look. Standard library only.

    python3 build.py          build dist/chrome, dist/firefox and their zips
    python3 build.py demo     build, then show the extension on a demo X compose page
    python3 build.py test     install what the tests need, build, run the whole test suite
    python3 build.py bench    build, then run the benchmarks (prints a table, writes dist/bench.json)
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
EXTENSION = ROOT / "extension"
NODE_MODULES = ROOT / "node_modules"
# The only Pyodide files the runtime loads (no packages: pycore is pure Python).
PYODIDE_FILES = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]
FIREFOX_ONLY = {"background/firefox.js"}
CHROME_ONLY = {"background/service_worker.js", "background/offscreen.html", "background/offscreen.js"}
GECKO_ID = "second-look@secondlook.invalid"
TEST_REQUIREMENTS = ["pytest>=8", "playwright>=1.45", "websockets>=12"]


def say(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def fail(msg: str) -> "NoReturn":  # noqa: F821
    print(f"build.py: {msg}", file=sys.stderr)
    sys.exit(2)


def project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


# --------------------------------------------------------------------------- npm

def npm_install() -> None:
    """`npm ci` when node_modules does not match package-lock.json (cheap when it does)."""
    lock = json.loads((ROOT / "package-lock.json").read_text())
    wanted = {k.removeprefix("node_modules/"): v.get("version") for k, v in lock.get("packages", {}).items()
              if k.startswith("node_modules/") and "/node_modules/" not in k[len("node_modules/"):]}
    missing = []
    for name, version in wanted.items():
        pkg = NODE_MODULES / name / "package.json"
        if not pkg.exists() or json.loads(pkg.read_text()).get("version") != version:
            missing.append(name)
    if not missing:
        return
    npm = shutil.which("npm")
    if not shutil.which("node") or not npm:
        fail("Node.js and npm are needed to fetch Pyodide: install them (on Debian or Ubuntu: "
             "`apt-get install -y nodejs npm`; elsewhere from https://nodejs.org) and run this command again.")
    say(f"npm ci ({len(missing)} package(s) missing or out of date)")
    subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=ROOT, check=True)


# --------------------------------------------------------------------------- wheel

def build_wheel(out_dir: Path) -> Path:
    """A pure-Python wheel of pycore, written with zipfile (no build backend needed)."""
    version = project_version()
    name = f"pycore-{version}-py3-none-any.whl"
    dist_info = f"pycore-{version}.dist-info"
    files: list[tuple[str, bytes]] = []
    for path in sorted((ROOT / "pycore").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".pyc"}:
            files.append((path.relative_to(ROOT).as_posix(), path.read_bytes()))
    files.append((f"{dist_info}/METADATA",
                  f"Metadata-Version: 2.1\nName: pycore\nVersion: {version}\n"
                  "Summary: Second Look rule core\nRequires-Python: >=3.11\n".encode()))
    files.append((f"{dist_info}/WHEEL",
                  b"Wheel-Version: 1.0\nGenerator: second-look build.py\nRoot-Is-Purelib: true\nTag: py3-none-any\n"))
    record = []
    for arc, data in files:
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{arc},sha256={digest},{len(data)}")
    record.append(f"{dist_info}/RECORD,,")
    files.append((f"{dist_info}/RECORD", ("\n".join(record) + "\n").encode()))
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / name
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for arc, data in files:
            info = zipfile.ZipInfo(arc, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return target


# --------------------------------------------------------------------------- assemble

def manifest_for(browser: str) -> dict:
    manifest = json.loads((ROOT / "manifest.json").read_text())
    version = project_version()
    if manifest["version"] != version:
        fail(f"manifest.json says version {manifest['version']} but pyproject.toml says {version}: make them equal.")
    if browser == "firefox":
        manifest["background"] = {"scripts": ["background/firefox.js"], "type": "module"}
        manifest["permissions"] = [p for p in manifest["permissions"] if p != "offscreen"]
        manifest["browser_specific_settings"] = {
            "gecko": {
                "id": GECKO_ID,
                "strict_min_version": "140.0",
                "data_collection_permissions": {"required": ["none"]},
            }
        }
    return manifest


def assemble(browser: str, wheel: Path) -> Path:
    out = DIST / browser
    if out.exists():
        shutil.rmtree(out)
    skip = CHROME_ONLY if browser == "firefox" else FIREFOX_ONLY
    for path in sorted(EXTENSION.rglob("*")):
        rel = path.relative_to(EXTENSION).as_posix()
        if path.is_dir() or rel in skip or rel.startswith("vendor/"):
            continue
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, dest)
    vendor = out / "vendor"
    (vendor / "pyodide").mkdir(parents=True)
    for name in PYODIDE_FILES:
        src = NODE_MODULES / "pyodide" / name
        if not src.exists():
            fail(f"{src} is missing: delete node_modules and run `python3 build.py` again.")
        shutil.copy2(src, vendor / "pyodide" / name)
    shutil.copy2(wheel, vendor / wheel.name)
    pyodide_version = json.loads((NODE_MODULES / "pyodide" / "package.json").read_text())["version"]
    (vendor / "build-info.json").write_text(json.dumps(
        {"version": project_version(), "wheel": wheel.name, "wheelSha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
         "pyodide": pyodide_version, "browser": browser}, indent=2))
    (out / "manifest.json").write_text(json.dumps(manifest_for(browser), indent=2, ensure_ascii=False))
    return out


def zip_dir(src: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(src.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(src).as_posix())


def build() -> None:
    npm_install()
    DIST.mkdir(exist_ok=True)
    wheel = build_wheel(DIST / "wheel")
    version = project_version()
    for browser in ("chrome", "firefox"):
        out = assemble(browser, wheel)
        zip_path = DIST / f"second-look-{version}-{browser}.zip"
        zip_dir(out, zip_path)
        say(f"{out.relative_to(ROOT)}/ and {zip_path.name} ({zip_path.stat().st_size / 1e6:.1f} MB)")


# --------------------------------------------------------------------------- set-up for demo/test

def find_chromium() -> str | None:
    env = os.environ.get("CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def is_debian_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get") is not None


def ensure_chromium() -> str:
    found = find_chromium()
    if found:
        return found
    if is_debian_root():
        say("installing Debian's chromium (apt-get)")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env)
        found = find_chromium()
        if found:
            return found
    fail("Chromium is needed: install it (on Debian or Ubuntu: `apt-get install -y chromium`) "
         "or set the CHROMIUM environment variable to a Chromium or Chrome executable.")


def find_firefox() -> str | None:
    env = os.environ.get("FIREFOX")
    if env:
        return env
    for name in ("firefox-esr", "firefox"):
        found = shutil.which(name)
        if found:
            return found
    return None


def ensure_firefox() -> str | None:
    """Firefox ESR for the Firefox tests (WebDriver BiDi); optional: without it they skip."""
    found = find_firefox()
    if found:
        return found
    if is_debian_root():
        say("installing Debian's firefox-esr (apt-get)")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        install = ["apt-get", "install", "-y", "-qq", "firefox-esr"]
        if subprocess.run(install, env=env).returncode != 0:
            subprocess.run(["apt-get", "update", "-qq"], env=env)
            subprocess.run(install, env=env)
        found = find_firefox()
        if found:
            return found
    say("Firefox not found: the Firefox tests will be skipped (install firefox-esr, "
        "or set the FIREFOX environment variable to a Firefox executable)")
    return None


def ensure_python_deps() -> None:
    missing = []
    for module, requirement in (("pytest", TEST_REQUIREMENTS[0]), ("playwright", TEST_REQUIREMENTS[1]),
                                ("websockets", TEST_REQUIREMENTS[2])):
        try:
            __import__(module)
        except ImportError:
            missing.append(requirement)
    if missing:
        say(f"pip install {' '.join(missing)}")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", *missing], check=True)


def setup(firefox: bool = False) -> str:
    """Installs what is missing (Chromium, the Python test packages; Firefox for the tests), then builds."""
    chromium = ensure_chromium()
    if firefox:
        found = ensure_firefox()
        if found:
            os.environ.setdefault("FIREFOX", found)
    ensure_python_deps()
    build()
    return chromium


# --------------------------------------------------------------------------- commands

def cmd_build(_args) -> int:
    build()
    return 0


def cmd_demo(args) -> int:
    chromium = setup()
    env = dict(os.environ, CHROMIUM=chromium, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "tests.demo"]
    if args.headless:
        cmd.append("--headless")
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


def cmd_test(args) -> int:
    chromium = setup(firefox=True)
    env = dict(os.environ, CHROMIUM=chromium)
    return subprocess.run([sys.executable, "-m", "pytest", *args.pytest_args], cwd=ROOT, env=env).returncode


def cmd_bench(args) -> int:
    chromium = setup()
    env = dict(os.environ, CHROMIUM=chromium, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "tests.bench", *args.bench_args], cwd=ROOT, env=env).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build, demo, test and benchmark Second Look.")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("build", help="build dist/chrome, dist/firefox and their zips (the default)")
    demo = sub.add_parser("demo", help="build, then show the extension on a demo X compose page")
    demo.add_argument("--headless", action="store_true", help="no window, even when a display is available")
    sub.add_parser("test", help="install what the tests need, build, and run the whole test suite "
                                "(further arguments go to pytest)")
    sub.add_parser("bench", help="build, then run the benchmarks (further arguments go to tests/bench.py)")
    args, extra = parser.parse_known_args(argv)
    if extra and args.command not in ("test", "bench"):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.pytest_args = args.bench_args = extra
    handlers = {None: cmd_build, "build": cmd_build, "demo": cmd_demo, "test": cmd_test, "bench": cmd_bench}
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
