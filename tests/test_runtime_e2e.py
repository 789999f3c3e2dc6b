"""A check travels from a content script on x.com to Python (Pyodide in the
offscreen document) and back, survives a service-worker stop without reloading
Python, and nothing leaves the browser."""
from urllib.parse import urlparse

import pytest

from tests.harness import SITE_HOSTS, categories, findings, send_from_extension, settle

pytestmark = pytest.mark.browser

EDITOR = '[data-testid="tweetTextarea_0"]'
LEAK = "Session today with my client Maria, a 34-year-old teacher at Lincoln High, was hard."
CLEAN = "Therapy works best when you feel safe. Our office reopens on Monday, call us to book."


def runtime_status(browser):
    popup = browser.extension_page("popup/popup.html")
    try:
        return send_from_extension(popup, {"to": "background", "type": "runtime-status"})
    finally:
        popup.close()


def test_extension_loads_with_its_service_worker(browser):
    sw = browser.service_worker()
    assert sw.url == browser.ext_url("background/service_worker.js")


def test_content_script_gets_pycore_findings_back(browser, page):
    page.goto("https://x.com/home")
    page.click(EDITOR)
    page.keyboard.insert_text(LEAK)
    assert "confidentiality" in categories(page)
    # Replacing the text with a clean post clears every mark.
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(CLEAN)
    page.wait_for_selector('[data-second-look="inline"] .mark', state="detached", timeout=10000)
    assert findings(page, min_count=0) == []


def test_check_after_service_worker_stop_does_not_reload_python(browser, page):
    page.goto("https://x.com/home")
    page.click(EDITOR)
    page.keyboard.insert_text(LEAK)
    findings(page)
    before = runtime_status(browser)
    assert before["state"] == "ready" and before["loads"] == 1

    browser.stop_service_workers(page)
    page.wait_for_timeout(300)
    page.keyboard.press("Control+a")
    page.keyboard.insert_text("Friend me on my personal page, clients welcome!")
    page.wait_for_selector('[data-second-look="inline"] .mark[data-sl-category="dual-relationship"]', state="attached", timeout=15000)

    after = runtime_status(browser)
    assert after["state"] == "ready"
    assert after["bootId"] == before["bootId"] and after["loads"] == 1


def test_concurrent_tabs_share_one_runtime(browser):
    pages = [browser.context.new_page() for _ in range(3)]
    try:
        for p in pages:
            p.goto("https://x.com/home")
        for p in pages:
            p.click(EDITOR)
            p.keyboard.insert_text(LEAK)
        for p in pages:
            assert "confidentiality" in categories(p)
        status = runtime_status(browser)
        assert status["loads"] == 1
    finally:
        for p in pages:
            p.close()


def test_no_request_leaves_the_browser(browser, page):
    page.goto("https://x.com/home")
    page.click(EDITOR)
    page.keyboard.insert_text(LEAK)
    findings(page)
    settle(page)
    assert browser.recorder.requests, "the recorder saw nothing: the route is not installed"
    assert browser.recorder.refused == []
    for url in browser.recorder.requests:
        parsed = urlparse(url)
        assert parsed.scheme == "chrome-extension" or parsed.hostname in SITE_HOSTS, url


def test_restarted_browser_starts_python_from_its_snapshot(playwright_instance, tmp_path):
    """The first start saves a memory snapshot (before any settings reach
    Python); the next browser start loads it and still checks correctly."""
    from tests.harness import ExtensionBrowser

    profile = str(tmp_path / "profile")
    first = ExtensionBrowser(playwright_instance, user_data_dir=profile)
    try:
        status = first.warm_up()
        assert status["timings"]["fromSnapshot"] is False
        first.extension_page("popup/popup.html").wait_for_timeout(1500)  # let the snapshot be stored
    finally:
        first.context.close()
    second = ExtensionBrowser(playwright_instance, user_data_dir=profile)
    try:
        status = second.warm_up()
        assert status["timings"]["fromSnapshot"] is True
        popup = second.extension_page("popup/popup.html")
        reply = send_from_extension(popup, {"to": "runtime", "type": "check", "text": LEAK, "context": "post"})
        assert reply["ok"] and "confidentiality" in {f["category"] for f in reply["findings"]}
        # the statistical layer reads its weights after the snapshot: still there after a restart
        text = "I'll always see her as a man, whatever she calls herself now."
        reply = send_from_extension(popup, {"to": "runtime", "type": "check", "text": text, "context": "post"})
        assert reply["ok"] and "AFFM900" in {f["rule"] for f in reply["findings"]}, reply
    finally:
        second.context.close()
