"""The Firefox build (dist/firefox/) in real Firefox ESR, driven over its
built-in WebDriver BiDi (Playwright cannot drive stock Firefox).

The fixture pages are served at the sites' real URLs (https://x.com/home) with
the sites' strict CSP through BiDi network interception, like the Chromium
tests' context.route: every request is intercepted before it is sent; fixture
hosts get their fixture, anything else is refused (network.failRequest) and
recorded. BiDi does not see requests from an extension's background page, so
Firefox's proxy is also pointed at a local trap that refuses and records every
connection: whatever escapes interception still cannot leave.

A content script on x.com sends the composer's text to the Firefox background
page (extension/background/firefox.js), which runs pycore in Pyodide, and
renders the findings in its open shadow root.

Skips when no Firefox is found (install firefox-esr, or set FIREFOX to a
Firefox executable); `python3 build.py test` installs firefox-esr on Debian.
"""
from __future__ import annotations

import json
import os
import threading
import time
from urllib.parse import urlparse

import pytest

from tests.firefox_bidi import CONTROL, Firefox, TrapProxy, body_bytes, find_firefox, header
from tests.harness import CONTENT_TYPES, CSP, ROOT, SITE_HOSTS, fixture_for

pytestmark = pytest.mark.browser

DIST_FIREFOX = ROOT / "dist" / "firefox"
EDITOR = '[data-testid="tweetTextarea_0"]'
UI = '[data-second-look="inline"]'
LEAK = "Rough session today with my client Maria, a 34-year-old teacher at Lincoln High"
CLEAN = "Our office reopens on Monday; call us to book."
# Pyodide's cold start in a fresh Firefox profile takes a few seconds; be generous.
FIRST_CHECK_TIMEOUT = 40
CHECK_TIMEOUT = 15

# The marks Second Look renders, read from the open shadow roots of its hosts.
MARKS_JS = """(() => Array.from(document.querySelectorAll(%s)).flatMap((host) =>
  host.shadowRoot ? Array.from(host.shadowRoot.querySelectorAll('.mark[data-sl-rule]'), (m) =>
    ({rule: m.dataset.slRule, category: m.dataset.slCategory, severity: m.dataset.slSeverity})) : []))()""" % json.dumps(UI)


class Interceptor:
    """Serves fixtures for the fixture hosts, refuses and records everything else."""

    def __init__(self, ff: Firefox):
        self.ff = ff
        self.lock = threading.Lock()
        self.requests: list[str] = []  # every request Firefox reported, intercepted or not
        self.served: list[str] = []
        self.refused: list[str] = []
        self.errors: list[str] = []
        ff.bidi.on("network.beforeRequestSent", self.handle)
        ff.command("session.subscribe", {"events": ["network.beforeRequestSent"]})
        self.intercept = ff.command("network.addIntercept", {"phases": ["beforeRequestSent"]})["intercept"]

    def handle(self, params: dict) -> None:
        request = params["request"]
        url = request["url"]
        with self.lock:
            self.requests.append(url)
        if not params.get("isBlocked"):
            return
        rid = request["request"]
        parsed = urlparse(url)
        site = SITE_HOSTS.get(parsed.hostname or "")
        if parsed.scheme == "moz-extension":
            self._reply(url, "network.continueRequest", {"request": rid})
            return
        if site is None or parsed.scheme != "https":
            with self.lock:
                self.refused.append(url)
            self._reply(url, "network.failRequest", {"request": rid})
            return
        path = fixture_for(url)
        if path is None or not path.is_file():
            status, headers, body = 404, [header("content-type", "text/plain")], b"no such fixture"
        else:
            headers = [header("content-type", CONTENT_TYPES.get(path.suffix, "application/octet-stream"))]
            if path.suffix == ".html":
                headers.append(header("content-security-policy", CSP[site]))
            status, body = 200, path.read_bytes()
        headers.append(header("content-length", str(len(body))))
        with self.lock:
            self.served.append(url)
        self._reply(url, "network.provideResponse", {
            "request": rid, "statusCode": status, "reasonPhrase": "OK" if status == 200 else "Not Found",
            "headers": headers, "body": body_bytes(body)})

    def _reply(self, url: str, method: str, params: dict) -> None:
        def done(fut):
            if fut.exception() is not None:
                with self.lock:
                    self.errors.append(f"{method} {url}: {fut.exception()}")
        self.ff.bidi.send(method, params).add_done_callback(done)


@pytest.fixture(scope="module")
def firefox():
    if not find_firefox():
        if os.environ.get("FIREFOX"):
            pytest.skip(f"FIREFOX={os.environ['FIREFOX']!r} is not an executable: point the FIREFOX environment "
                        "variable at a Firefox (ESR 140 or later) executable, or unset it to use firefox-esr.")
        pytest.skip("Firefox not found: install Firefox ESR (Debian: `apt-get install -y firefox-esr`; "
                    "`python3 build.py test` does it when run as root) or set the FIREFOX environment variable "
                    "to a Firefox executable.")
    if not (DIST_FIREFOX / "manifest.json").exists():
        raise RuntimeError(f"{DIST_FIREFOX} is not built: run `python3 build.py` first.")
    started = time.monotonic()
    proxy = TrapProxy()
    ff = None
    try:
        ff = Firefox(prefs=proxy.prefs())
        ff.proxy = proxy
        ff.interceptor = Interceptor(ff)
        ff.extension_id = ff.install_extension(DIST_FIREFOX)
        ff.started_in = time.monotonic() - started
        yield ff
    finally:
        if ff is not None:
            ff.close()
        proxy.close()


@pytest.fixture
def tab(firefox):
    context = firefox.new_tab()
    yield context
    try:
        firefox.command("browsingContext.close", {"context": context})
    except Exception:  # noqa: BLE001 - the browser may be gone already
        pass


def marks(ff: Firefox, context: str) -> list[dict]:
    return ff.evaluate(context, MARKS_JS) or []


def wait_for(predicate, timeout: float, what: str, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


def open_x_home(ff: Firefox, context: str) -> None:
    ff.navigate(context, "https://x.com/home")
    wait_for(lambda: ff.evaluate(context, f"!!document.querySelector({json.dumps(EDITOR)})"), 10, "the X editor")
    ff.click(context, EDITOR)
    wait_for(lambda: ff.evaluate(context, f"!!document.activeElement?.closest({json.dumps(EDITOR)})"), 5,
             "the X editor to have focus")


def test_extension_installs_with_its_gecko_id(firefox):
    assert firefox.extension_id == "second-look@secondlook.invalid"


def test_content_script_gets_pycore_findings_back(firefox, tab):
    open_x_home(firefox, tab)
    assert firefox.evaluate(tab, "document.location.href") == "https://x.com/home"
    started = time.monotonic()
    firefox.type_text(tab, LEAK)
    typed = firefox.evaluate(tab, f"document.querySelector({json.dumps(EDITOR)}).textContent")
    assert typed == LEAK, "the key actions did not reach the editor"
    found = wait_for(lambda: marks(firefox, tab), FIRST_CHECK_TIMEOUT, "Second Look's marks")
    first_check = time.monotonic() - started
    assert "confidentiality" in {m["category"] for m in found}, found
    print(f"\nFirefox started + extension installed in {firefox.started_in:.1f} s; "
          f"first findings {first_check:.1f} s after typing began")

    # Replacing the text with a clean post clears every mark.
    firefox.press(tab, CONTROL, "a")
    firefox.type_text(tab, CLEAN)
    wait_for(lambda: marks(firefox, tab) == [], CHECK_TIMEOUT, "the marks to go away")
    time.sleep(1)  # past the debounce and another round trip: still nothing
    assert marks(firefox, tab) == []
    assert firefox.evaluate(tab, f"document.querySelector({json.dumps(EDITOR)}).textContent") == CLEAN


def test_clean_text_on_a_fresh_page_shows_nothing(firefox, tab):
    open_x_home(firefox, tab)
    firefox.type_text(tab, CLEAN)
    time.sleep(1.5)
    assert marks(firefox, tab) == []
    # The engine did answer: a leak typed after it is marked.
    firefox.type_text(tab, " " + LEAK)
    found = wait_for(lambda: marks(firefox, tab), CHECK_TIMEOUT, "Second Look's marks")
    assert "confidentiality" in {m["category"] for m in found}


def test_no_request_leaves_the_browser(firefox, tab):
    interceptor = firefox.interceptor
    open_x_home(firefox, tab)
    firefox.type_text(tab, LEAK)
    wait_for(lambda: marks(firefox, tab), FIRST_CHECK_TIMEOUT, "Second Look's marks")
    time.sleep(1)
    with interceptor.lock:
        requests, served, refused, errors = list(interceptor.requests), list(interceptor.served), \
            list(interceptor.refused), list(interceptor.errors)
    assert served, f"the interceptor served nothing: is it installed? saw {requests}"
    assert "https://x.com/home" in served
    assert errors == []
    assert firefox.bidi.handler_errors == []
    assert refused == [], f"requests left the browser: {refused}"
    for url in requests:
        parsed = urlparse(url)
        assert parsed.scheme == "moz-extension" or parsed.hostname in SITE_HOSTS, url
    with firefox.proxy.lock:
        escaped = list(firefox.proxy.attempts)
    assert escaped == [], f"connections tried past the interception (background page?): {escaped}"


LEAKY_MANIFEST = {
    "manifest_version": 3, "name": "leak probe", "version": "1",
    "background": {"scripts": ["bg.js"], "type": "module"},
    "host_permissions": ["<all_urls>"],
    "browser_specific_settings": {"gecko": {"id": "leak-probe@secondlook.invalid",
                                            "data_collection_permissions": {"required": ["none"]}}},
}


def test_both_nets_catch_a_leak(firefox, tab, tmp_path):
    """The control for the test above: a page request to another host is refused
    by the interceptor, and a background page's fetch (invisible to BiDi) ends at
    the trap proxy."""
    interceptor, proxy = firefox.interceptor, firefox.proxy
    with pytest.raises(Exception):
        firefox.navigate(tab, "https://leak-page.invalid/")
    wait_for(lambda: "https://leak-page.invalid/" in interceptor.refused, 5, "the interceptor to refuse the page")

    (tmp_path / "manifest.json").write_text(json.dumps(LEAKY_MANIFEST))
    (tmp_path / "bg.js").write_text('fetch("https://leak-background.invalid/x").catch(() => {});\n')
    probe = firefox.install_extension(tmp_path)
    try:
        wait_for(lambda: "leak-background.invalid:443" in proxy.attempts, 10, "the trap proxy to see the background fetch")
        assert "https://leak-background.invalid/x" not in interceptor.requests  # why the proxy is needed
    finally:
        firefox.command("webExtension.uninstall", {"extension": probe})
        with interceptor.lock:
            interceptor.refused[:] = [u for u in interceptor.refused if "leak-" not in u]
        with proxy.lock:
            proxy.attempts[:] = [a for a in proxy.attempts if "leak-" not in a]
