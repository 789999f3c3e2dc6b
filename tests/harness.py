"""Drives real Chromium with the real, built extension (dist/chrome/).

Fixture pages are served at the sites' real URLs through Playwright's
context.route, with the sites' strict CSP, so the manifest's match patterns are
exercised. Every request is recorded; anything that is neither a fixture nor the
extension's own file is refused and reported.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DIST_CHROME = ROOT / "dist" / "chrome"

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-gpu",
]

# Strict CSPs like the real sites': same-origin scripts only, no eval, no wasm.
CSP = {
    "x": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
         "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
    "facebook": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                "connect-src 'self'; object-src 'none'; base-uri 'self'",
}

SITE_HOSTS = {
    "x.com": "x", "twitter.com": "x", "mobile.x.com": "x", "mobile.twitter.com": "x",
    "www.facebook.com": "facebook", "web.facebook.com": "facebook", "m.facebook.com": "facebook",
}

# Path patterns -> fixture page, per site. The first match wins.
PAGES = {
    "x": [
        (r"^/second-look/demo", "demo.html"),
        (r"^/search", "timeline.html"),
        (r"^/compose/post", "compose.html"),
        (r"^/messages", "messages.html"),
        (r"^/i/chat", "messages.html"),
        (r"^/JoLeeLMFT/status/", "overshare.html"),
        (r"^/[^/]+/status/", "status.html"),
        (r"^/(home)?$", "home.html"),
    ],
    "facebook": [
        (r"^/messages", "messages.html"),
        (r"^/groups/", "group.html"),
        (r"^/JoLeeLMFT/posts/", "overshare.html"),
        (r"^/[^/]+/posts/", "post.html"),
        (r"^/page", "page.html"),
        (r"^/?$", "home.html"),
    ],
}
MOBILE_PAGES = {"x": [(r".*", "mobile.html")], "facebook": []}

CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".css": "text/css; charset=utf-8", ".png": "image/png", ".svg": "image/svg+xml", ".json": "application/json"}


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise RuntimeError("Chromium not found: install Debian's chromium or set CHROMIUM.")
    return path


@dataclass
class Recorder:
    """What the browser asked for and what the fake back ends received."""
    requests: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    published: list[dict] = field(default_factory=list)
    likes: list[dict] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def clear_site_events(self) -> None:
        with self.lock:
            self.published.clear()
            self.likes.clear()


def fixture_for(url: str) -> Path | None:
    parsed = urlparse(url)
    site = SITE_HOSTS.get(parsed.hostname or "")
    if not site:
        return None
    if parsed.path.startswith("/__fixtures/"):
        return FIXTURES / parsed.path[len("/__fixtures/"):]
    table = MOBILE_PAGES[site] if (parsed.hostname or "").startswith("mobile.") or (parsed.hostname or "").startswith("m.") else PAGES[site]
    for pattern, page in table:
        if re.search(pattern, parsed.path):
            return FIXTURES / site / page
    return FIXTURES / site / PAGES[site][-1][1]


def install_routes(context, recorder: Recorder) -> None:
    def handle(route, request):
        url = request.url
        with recorder.lock:
            recorder.requests.append(url)
        parsed = urlparse(url)
        if parsed.scheme == "chrome-extension":
            return route.continue_()  # the extension's own files
        site = SITE_HOSTS.get(parsed.hostname or "")
        if site is None:
            with recorder.lock:
                recorder.refused.append(url)
            return route.abort("blockedbyclient")
        if parsed.path in ("/__fixtures/publish", "/__fixtures/like") and request.method == "POST":
            body = json.loads(request.post_data or "{}")
            with recorder.lock:
                (recorder.published if parsed.path.endswith("publish") else recorder.likes).append(body)
            return route.fulfill(status=200, content_type="application/json", body='{"ok":true}')
        path = fixture_for(url)
        if path is None or not path.is_file():
            return route.fulfill(status=404, content_type="text/plain", body="no such fixture")
        headers = {"content-security-policy": CSP[site]} if path.suffix == ".html" else {}
        return route.fulfill(status=200, headers=headers, content_type=CONTENT_TYPES.get(path.suffix, "application/octet-stream"),
                             body=path.read_bytes())

    context.route("**/*", handle)


class ExtensionBrowser:
    """One Chromium with dist/chrome loaded, a persistent profile, routed fixtures."""

    def __init__(self, playwright, extension: Path = DIST_CHROME, user_data_dir: str | None = None,
                 headless: bool = True, extra_args: list[str] | None = None, load_extension: bool = True):
        if load_extension and not (extension / "manifest.json").exists():
            raise RuntimeError(f"{extension} is not built: run `python3 build.py` first.")
        self.recorder = Recorder()
        self._own_dir = user_data_dir is None
        self.user_data_dir = user_data_dir or tempfile.mkdtemp(prefix="second-look-profile-")
        args = list(CHROMIUM_FLAGS) + list(extra_args or [])
        if load_extension:
            args += [f"--disable-extensions-except={extension}", f"--load-extension={extension}"]
        self.context = playwright.chromium.launch_persistent_context(
            self.user_data_dir, executable_path=chromium_path(), headless=headless, args=args,
            viewport={"width": 1200, "height": 820}, locale="en-US",
        )
        install_routes(self.context, self.recorder)
        self.extension_id = None
        if load_extension:
            sw = self.service_worker(timeout=20)
            self.extension_id = sw.url.split("/")[2]

    def service_worker(self, timeout: float = 10):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for sw in self.context.service_workers:
                if sw.url.startswith("chrome-extension://"):
                    return sw
            try:
                return self.context.wait_for_event("serviceworker", timeout=1000)
            except Exception:  # noqa: BLE001 - keep polling until the deadline
                pass
        raise RuntimeError("The extension's service worker never started: the manifest may be invalid "
                           "(launch Chromium with --enable-logging=stderr to read why).")

    def warm_up(self, timeout_ms: int = 60000) -> dict:
        """Starts the rule engine and waits until it answers (as opening x.com would)."""
        page = self.extension_page("popup/popup.html")
        try:
            status = send_from_extension(page, {"to": "background", "type": "warmup"}, timeout_ms)
        finally:
            page.close()
        if not status or status.get("state") != "ready":
            raise RuntimeError(f"The rule engine did not start: {status}")
        return status

    def ext_url(self, path: str) -> str:
        return f"chrome-extension://{self.extension_id}/{path}"

    def extension_page(self, path: str = "popup/popup.html"):
        page = self.context.new_page()
        page.goto(self.ext_url(path))
        return page

    def stop_service_workers(self, page) -> None:
        cdp = self.context.new_cdp_session(page)
        cdp.send("ServiceWorker.enable")
        cdp.send("ServiceWorker.stopAllWorkers")
        cdp.detach()

    def close(self) -> None:
        try:
            self.context.close()
        finally:
            if self._own_dir:
                shutil.rmtree(self.user_data_dir, ignore_errors=True)


# ------------------------------------------------------------------ page helpers

UI = '[data-second-look="inline"]'


def send_from_extension(page, message: dict, timeout_ms: int = 30000):
    """Sends a runtime message from an extension page (popup/options) and returns the reply."""
    return page.evaluate(
        """async ([msg, t]) => await Promise.race([
              chrome.runtime.sendMessage(msg),
              new Promise((_, rej) => setTimeout(() => rej(new Error('no reply')), t))])""",
        [message, timeout_ms],
    )


def type_into(page, selector: str, text: str, delay: float = 0) -> None:
    page.click(selector)
    page.keyboard.type(text, delay=delay) if delay else page.keyboard.insert_text(text)


def findings(page, timeout: float = 15000, min_count: int = 1) -> list[dict]:
    """The findings Second Look renders for the page (from its open shadow roots)."""
    if min_count:
        page.wait_for_selector(f"{UI} .mark[data-sl-rule]", state="attached", timeout=timeout)
    return page.eval_on_selector_all(
        f"{UI} .mark[data-sl-rule]",
        "els => els.map(e => ({rule: e.dataset.slRule, category: e.dataset.slCategory, severity: e.dataset.slSeverity}))",
    )


def categories(page, **kw) -> set[str]:
    return {f["category"] for f in findings(page, **kw)}


def settle(page, ms: int = 700) -> None:
    """Waits past the typing debounce and a round trip."""
    page.wait_for_timeout(ms)


def kill_runtime(browser, page, seconds: float) -> int:
    """Closes the offscreen document (the Pyodide runtime) through CDP, again
    each time the extension starts a new one, for `seconds`: no verdict can
    arrive in that time. Returns how many times it was closed."""
    cdp = browser.context.browser.new_browser_cdp_session()
    closed = 0
    deadline = time.time() + seconds
    try:
        while time.time() < deadline:
            for t in cdp.send("Target.getTargets")["targetInfos"]:
                if t["url"].endswith("/background/offscreen.html"):
                    try:
                        cdp.send("Target.closeTarget", {"targetId": t["targetId"]})
                        closed += 1
                    except Exception:  # noqa: BLE001 - it may be gone already
                        pass
            page.wait_for_timeout(40)
    finally:
        cdp.detach()
    return closed



def start(page, kind) -> None:
    """Opens a composer kind (anything with .url, .open(page) and .editor) and focuses its editor."""
    page.goto(kind.url)
    kind.open(page)
    page.click(kind.editor)


def type_text(page, kind, text: str) -> None:
    page.click(kind.editor)
    page.keyboard.insert_text(text)


# ------------------------------------------------------------------ the pause and the fake back ends

PAUSE = '[data-second-look="pause"] dialog[role="alertdialog"]'


def wait_for_records(page, records: list, n: int = 1, timeout_ms: int = 5000) -> list:
    """Waits until a fake back end has recorded n items (published posts, likes) and returns them."""
    waited = 0
    while len(records) < n and waited < timeout_ms:
        page.wait_for_timeout(100)
        waited += 100
    return list(records)


def pause_dialog(page, timeout: float = 10000):
    """The open pause: an alertdialog whose accessible name begins "Second Look"."""
    import re as _re

    page.wait_for_selector(PAUSE, timeout=timeout)
    dialog = page.get_by_role("alertdialog", name=_re.compile(r"^Second Look"))
    assert dialog.count() == 1 and dialog.is_visible()
    return dialog


def pause_categories(page) -> list[str]:
    return page.eval_on_selector_all(f"{PAUSE} [data-sl-category]", "els => els.map(e => e.dataset.slCategory)")


def no_pause(page, ms: int = 700) -> None:
    page.wait_for_timeout(ms)
    assert page.locator(PAUSE).count() == 0


NOTICE = '[data-second-look="notice"] .notice'
