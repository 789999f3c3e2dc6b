"""The demo: Chromium with the built extension on an X-style compose page.

With a display: a real window to type into (close it to end the demo).
Without one (or with --headless): types two sample posts, prints what Second
Look showed, and saves screenshots to dist/demo/.
"""
from __future__ import annotations

import argparse
import os
import sys

from tests.harness import ROOT, UI, ExtensionBrowser

DEMO_URL = "https://x.com/second-look/demo"
EDITOR = '[data-testid="tweetTextarea_0"]'
SAMPLES = [
    ("clean", "Feeling stuck this winter? Short daylight hours affect mood for many people. "
              "Our practice offers evening telehealth sessions; call the office to learn more."),
    ("confidentiality", "Rough session today with my client Maria, a 34-year-old teacher at Lincoln High "
                        "who finally told me about her divorce."),
]
OUT = ROOT / "dist" / "demo"


def shown_findings(page) -> list[dict]:
    return page.eval_on_selector_all(
        f"{UI} .panel .finding",
        "els => els.map(e => ({rule: e.dataset.slRule, category: e.dataset.slCategory, severity: e.dataset.slSeverity,"
        " message: e.querySelector('.msg').textContent, quote: (e.querySelector('.quote')||{}).textContent || ''}))",
    )


def run_headless(browser) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    page = browser.context.new_page()
    page.goto(DEMO_URL)
    page.wait_for_selector(EDITOR)
    for name, text in SAMPLES:
        page.click(EDITOR)
        page.keyboard.press("Control+a")
        page.keyboard.press("Delete")
        page.keyboard.type(text, delay=4)
        page.wait_for_timeout(1500)
        badge = page.locator(f"{UI} .badge")
        print(f"\nPost ({name}): {text}")
        if not badge.is_visible():
            print("  Second Look: no concerns.")
            page.screenshot(path=str(OUT / f"{name}.png"))
            continue
        page.screenshot(path=str(OUT / f"{name}-inline.png"))
        badge.click()
        page.wait_for_timeout(300)
        for f in shown_findings(page):
            print(f"  {f['severity']:<7} {f['rule']} [{f['category']}] {f['quote']} {f['message']}")
        page.screenshot(path=str(OUT / f"{name}-popover.png"))
        page.keyboard.press("Escape")
        page.click('[data-testid="tweetButtonInline"]')
        page.wait_for_selector('[data-second-look="pause"] dialog[open]')
        page.wait_for_timeout(300)
        page.screenshot(path=str(OUT / f"{name}-pause.png"))
        page.get_by_role("button", name="Edit").click()
    print(f"\nScreenshots: {OUT.relative_to(ROOT)}/")
    return 0


def run_window(browser) -> int:
    page = browser.context.new_page()
    page.goto(DEMO_URL)
    print("Second Look demo: a Chromium window with the extension is open on an X-style compose page.")
    print("Type a post (for example about 'my client' with a name and an age) and press Post. Close the window to end.")
    page.wait_for_event("close", timeout=0)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--headless", action="store_true")
    args = parser.parse_args()
    headless = args.headless or not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = ExtensionBrowser(p, headless=headless)
        try:
            return run_headless(browser) if headless else run_window(browser)
        finally:
            browser.close()


if __name__ == "__main__":
    sys.exit(main())
