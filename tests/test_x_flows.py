"""X, across composers: single-page navigation that swaps composers for new
ones, modals that open and close, threads whose pause covers every post, and a
site that ignores synthetic clicks (the person's next real click passes)."""
from __future__ import annotations

import pytest

from tests.harness import PAUSE, UI, categories, findings, pause_categories, pause_dialog, wait_for_records
from tests.test_x_composers import ANY_EDITOR, CLEAN, LEAK, SWEAR, hosts_match_editors

pytestmark = pytest.mark.browser

MAIN_EDITOR = 'main [data-testid="tweetTextarea_0"]'
MAIN_BUTTON = 'main [data-testid="tweetButtonInline"]'
DIALOG = '#layers [role="dialog"]'


def assert_no_stale_ui(page):
    page.wait_for_timeout(400)  # the scan after DOM changes is batched
    hosts, editors = hosts_match_editors(page)
    assert hosts == editors, (hosts, editors)


def test_spa_navigation_swaps_composers_without_stale_ui(browser, page):
    page.goto("https://x.com/home")
    page.click(MAIN_EDITOR)
    page.keyboard.insert_text(LEAK)
    assert "confidentiality" in categories(page)
    assert_no_stale_ui(page)

    # The side navigation's Post: pushState to /compose/post, the main column
    # is rendered again (new nodes) and the compose modal opens.
    page.click('[data-testid="SideNav_NewTweet_Button"]')
    page.wait_for_selector(f'{DIALOG} [data-testid="tweetTextarea_0"]')
    assert page.url.endswith("/compose/post")
    assert_no_stale_ui(page)
    assert findings(page, min_count=0) == []  # the old editor's marks went with it
    page.keyboard.insert_text(SWEAR)
    assert categories(page) == {"profanity"}
    page.click(f'{DIALOG} [data-testid="tweetButton"]')
    pause_dialog(page)
    page.keyboard.press("Escape")
    page.wait_for_selector(PAUSE, state="detached")

    # Closing the modal goes back to /home: the modal's editor and its UI are gone.
    page.get_by_role("button", name="Close").click()
    page.wait_for_selector(DIALOG, state="detached")
    assert page.url.endswith("/home")
    assert_no_stale_ui(page)
    assert findings(page, min_count=0) == []

    # A link to a post: the main column becomes the post's page with its reply box.
    page.get_by_role("link", name="Show replies").click()
    page.wait_for_selector('main [data-testid="tweetButtonInline"]:has-text("Reply")')
    assert "/status/" in page.url
    assert_no_stale_ui(page)
    page.click(MAIN_EDITOR)
    page.keyboard.insert_text("Honestly, my client Maria, a 34-year-old teacher at Lincoln High, said the same last week.")
    assert "confidentiality" in categories(page)
    page.click(MAIN_BUTTON)
    pause_dialog(page)
    assert "confidentiality" in pause_categories(page)
    page.get_by_role("button", name="Post anyway").click()
    got = wait_for_records(page, browser.recorder.published)
    page.wait_for_timeout(500)
    assert len(browser.recorder.published) == 1
    assert got[0]["kind"] == "reply-inline" and "/status/" in got[0]["path"]

    # Back: popstate renders the home column again.
    page.go_back()
    page.wait_for_selector('main [data-testid="tweetButtonInline"]:has-text("Post")')
    assert_no_stale_ui(page)
    page.click(MAIN_EDITOR)
    page.keyboard.insert_text(CLEAN)
    page.wait_for_timeout(900)
    assert findings(page, min_count=0) == []
    page.click(MAIN_BUTTON)
    assert len(wait_for_records(page, browser.recorder.published, 2)) == 2
    assert page.locator(PAUSE).count() == 0


def test_modals_opening_and_closing_leave_no_stale_ui(browser, page):
    page.goto("https://x.com/JordanMillsLMHC/status/1790000000000000001")
    for _ in range(3):
        page.click('main [data-testid="reply"]')
        page.wait_for_selector(f'{DIALOG} [data-testid="tweetTextarea_0"]')
        page.keyboard.insert_text("Friend me on my personal page and we can grab a coffee sometime.")
        assert "dual-relationship" in categories(page)
        assert_no_stale_ui(page)
        page.get_by_role("button", name="Close").click()
        page.wait_for_selector(DIALOG, state="detached")
        assert_no_stale_ui(page)
        page.wait_for_selector(f"{UI} .mark", state="detached", timeout=5000)
    assert page.locator(UI).count() == 1 == page.locator(ANY_EDITOR).count()


def test_thread_pauses_for_a_problem_in_any_post(browser, page):
    page.goto("https://x.com/compose/post")
    page.click(f'{DIALOG} [data-testid="tweetTextarea_0"]')
    page.keyboard.insert_text(LEAK)
    page.get_by_role("button", name="Add post").click()
    page.wait_for_selector(f'{DIALOG} [data-testid="tweetTextarea_1"]')
    page.keyboard.insert_text(CLEAN)
    button = page.locator(f'{DIALOG} [data-testid="tweetButton"]')
    assert button.inner_text() == "Post all"
    assert "confidentiality" in categories(page)
    assert_no_stale_ui(page)
    # The problem is in the first post; the focus is in the second: still paused.
    page.keyboard.press("Control+Enter")
    pause_dialog(page)
    assert "confidentiality" in pause_categories(page)
    page.get_by_role("button", name="Edit").click()
    page.wait_for_selector(PAUSE, state="detached")
    # "Edit" returns to the post that needs it.
    assert page.eval_on_selector(f'{DIALOG} [data-testid="tweetTextarea_0"]', "el => document.activeElement === el")
    button.click()
    pause_dialog(page)
    page.get_by_role("button", name="Post anyway").click()
    got = wait_for_records(page, browser.recorder.published)
    page.wait_for_timeout(500)
    assert len(browser.recorder.published) == 1
    assert got[0]["texts"] == [LEAK, CLEAN]


def test_ignored_synthetic_click_lets_the_next_real_click_through(browser, page):
    page.goto("https://x.com/home")
    page.evaluate("window.postMessage('fixture:ignore-untrusted', '*')")
    page.click(MAIN_EDITOR)
    page.keyboard.insert_text(LEAK)
    findings(page)
    page.click(MAIN_BUTTON)
    pause_dialog(page)
    page.get_by_role("button", name="Post anyway").click()
    page.wait_for_timeout(800)
    assert browser.recorder.published == []  # X ignored the replayed click
    # The person clicks Post again: no second pause, published once.
    page.click(MAIN_BUTTON)
    got = wait_for_records(page, browser.recorder.published)
    page.wait_for_timeout(600)
    assert page.locator(PAUSE).count() == 0
    assert len(browser.recorder.published) == 1
    assert got[0]["texts"] == [LEAK] and got[0]["via"] == "click"

    # The same by keyboard: Ctrl+Enter, "Post anyway", then Ctrl+Enter again.
    page.click(MAIN_EDITOR)
    page.keyboard.insert_text(SWEAR)
    findings(page)
    page.keyboard.press("Control+Enter")
    pause_dialog(page)
    page.get_by_role("button", name="Post anyway").click()
    page.wait_for_timeout(800)
    assert len(browser.recorder.published) == 1
    page.click(MAIN_EDITOR)
    page.keyboard.press("Control+Enter")
    got = wait_for_records(page, browser.recorder.published, 2)
    page.wait_for_timeout(600)
    assert page.locator(PAUSE).count() == 0
    assert len(browser.recorder.published) == 2
    assert got[1]["texts"] == [SWEAR] and got[1]["via"] == "ctrl-enter"

    # The pass is for that text only: a changed text pauses again.
    page.keyboard.insert_text(" " + LEAK)
    page.keyboard.press("Control+Enter")
    pause_dialog(page)
    page.keyboard.press("Escape")
    page.wait_for_timeout(400)
    assert len(browser.recorder.published) == 2


def test_hover_popover_gives_way_to_the_post_button(browser, page):
    page.goto("https://x.com/home")
    page.click(MAIN_EDITOR)
    page.keyboard.insert_text("It is heartbreaking when someone committed suicide, and the people left behind need support.")
    page.wait_for_selector(f"{UI} .mark[data-sl-rule='STIG001']", state="attached")
    page.wait_for_timeout(300)
    mark = page.locator(f"{UI} .mark[data-sl-rule='STIG001']").first.bounding_box()
    page.mouse.move(mark["x"] + mark["width"] / 2, mark["y"] + mark["height"] / 2)
    panel = page.locator(f"{UI} .panel:popover-open")
    panel.wait_for(state="visible")
    # The popover is below the text, never over it.
    editor = page.locator(MAIN_EDITOR).bounding_box()
    assert panel.bounding_box()["y"] >= editor["y"] + editor["height"]
    # Moving to the site's Post button: the hover popover goes away and the click lands.
    post = page.locator(MAIN_BUTTON).bounding_box()
    page.mouse.move(post["x"] + post["width"] / 2, post["y"] + post["height"] / 2, steps=8)
    panel.wait_for(state="detached", timeout=3000)
    page.mouse.down()
    page.mouse.up()
    pause_dialog(page)
    page.keyboard.press("Escape")
    # Escape in the editor closes an open popover and nothing else.
    page.mouse.move(mark["x"] + mark["width"] / 2, mark["y"] + mark["height"] / 2)
    panel.wait_for(state="visible")
    page.keyboard.press("Escape")
    panel.wait_for(state="detached", timeout=2000)
    assert browser.recorder.published == []


def test_mobile_badge_does_not_sit_on_the_post_button(browser, page):
    page.set_viewport_size({"width": 390, "height": 700})
    page.goto("https://mobile.x.com/compose/post")
    page.click('[data-testid="tweetTextarea_0"]')
    page.keyboard.insert_text(LEAK)
    findings(page)
    page.wait_for_selector(f"{UI} .badge:not([hidden])")
    page.wait_for_timeout(300)
    badge = page.locator(f"{UI} .badge:not([hidden])").bounding_box()
    post = page.locator('[data-testid="tweetButton"]').bounding_box()
    overlap = not (badge["x"] + badge["width"] <= post["x"] or post["x"] + post["width"] <= badge["x"]
                   or badge["y"] + badge["height"] <= post["y"] or post["y"] + post["height"] <= badge["y"])
    assert not overlap, (badge, post)
    page.click('[data-testid="tweetButton"]')
    pause_dialog(page)
