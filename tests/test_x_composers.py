"""X, every composer kind: the home composer, the /compose/post modal, a thread
of two posts, the inline reply on a post's page, the reply modal, the quote
modal, legacy DMs, the chat composer (in an open shadow root) and the mobile
web textarea. Inline warnings while typing, the pause before publishing (mouse
and keyboard), "Post anyway" publishing exactly once, "Edit" and Escape
publishing nothing, the re-check at the moment of publishing, suggestions
applied through the editor's own input path, fail-open when the rule engine
does not answer, and React replacing the editors' nodes.

The fixture app (tests/fixtures/x/x_app.js) keeps its own state like DraftJS
and publishes what that state holds, not what the DOM shows."""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Callable

import pytest

from tests.harness import (NOTICE, PAUSE, UI, categories, findings, kill_runtime, no_pause, pause_categories,
                           pause_dialog, start, type_text, wait_for_records)

pytestmark = pytest.mark.browser

MARK = f"{UI} .mark[data-sl-rule]"
BADGE = f"{UI} .badge:not([hidden])"
STATUS_URL = "https://x.com/JordanMillsLMHC/status/1790000000000000001"
# Every editor the fixture can render (Playwright's CSS pierces open shadow roots).
ANY_EDITOR = ('[data-testid^="tweetTextarea_"][contenteditable="true"], textarea[data-testid^="tweetTextarea_"], '
              '[data-testid="dmComposerTextInput"], [data-testid="dm-composer-textarea"]')

LEAK = "Rough session today with my client Maria, a 34-year-old teacher at Lincoln High"
SWEAR = "This week was f*cking exhausting"
CLEAN = "Our office is closed on Monday for the holiday. Call 555-0100 to reschedule."
THREAD_FIRST = "A short thread on what to expect from a first therapy session."


@dataclass
class Kind:
    name: str
    url: str
    editor: str
    button: str
    violating: str
    expect: str  # a category the violating text must show
    clean: str = CLEAN
    enter_submits: bool = False
    open: Callable = lambda page: None
    before: list[str] = field(default_factory=list)  # texts of the composer's other editors, published first


def _open_thread(page):
    page.click('[role="dialog"] [data-testid="tweetTextarea_0"]')
    page.keyboard.insert_text(THREAD_FIRST)
    page.get_by_role("button", name="Add post").click()
    page.wait_for_selector('[role="dialog"] [data-testid="tweetTextarea_1"]')


def _open_reply_modal(page):
    page.click('main [data-testid="reply"]')
    page.wait_for_selector('[role="dialog"] [data-testid="tweetTextarea_0"]')


def _open_quote(page):
    page.click('main [data-testid="retweet"]')
    page.get_by_role("menuitem", name="Quote").click()
    page.wait_for_selector('[role="dialog"] [data-testid="tweetTextarea_0"]')


DIALOG_EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"]'
DIALOG_BUTTON = '[role="dialog"] [data-testid="tweetButton"]'

KINDS = [
    Kind("home", "https://x.com/home", 'main [data-testid="tweetTextarea_0"]', 'main [data-testid="tweetButtonInline"]',
         LEAK, "confidentiality"),
    Kind("compose-modal", "https://x.com/compose/post", DIALOG_EDITOR, DIALOG_BUTTON, SWEAR, "profanity"),
    Kind("thread", "https://x.com/compose/post", '[role="dialog"] [data-testid="tweetTextarea_1"]', DIALOG_BUTTON,
         "My client Maria, a 34-year-old teacher at Lincoln High, asked me the same thing today.", "confidentiality",
         clean="Most first sessions are about getting to know each other. Bring your questions.",
         open=_open_thread, before=[THREAD_FIRST]),
    Kind("reply-inline", STATUS_URL, 'main [data-testid="tweetTextarea_0"]', 'main [data-testid="tweetButtonInline"]',
         "Honestly, my client Maria, a 34-year-old teacher at Lincoln High, said the same thing last week.",
         "confidentiality",
         clean="Great question. Clients often wish they knew that the first session is mostly getting to know each other."),
    Kind("reply-modal", STATUS_URL, DIALOG_EDITOR, DIALOG_BUTTON,
         "Friend me on my personal page and we can grab a coffee sometime.", "dual-relationship",
         clean="Great question. Clients often wish they knew that the first session is mostly getting to know each other.",
         open=_open_reply_modal),
    Kind("quote", STATUS_URL, DIALOG_EDITOR, DIALOG_BUTTON,
         "Our program is guaranteed to cure your anxiety in just three sessions.", "misleading-claim",
         open=_open_quote),
    Kind("dm-legacy", "https://x.com/messages/1290-4411", '[data-testid="dmComposerTextInput"]',
         '[data-testid="dmComposerSendButton"]',
         "Ugh, this week was f*cking exhausting. Can we move your session to Friday?", "profanity",
         clean="Hi Alex, I have openings on Tuesday at 4 pm and Thursday at 10 am. Please call the office to book.",
         enter_submits=True),
    Kind("dm-chat", "https://x.com/i/chat/1290-4411", '[data-testid="dm-composer-textarea"]',
         '[data-testid="dm-composer-send-button"]',
         "Add me on my personal Facebook and we can meet up for drinks after your session.", "dual-relationship",
         clean="Hi Alex, I have openings on Tuesday at 4 pm and Thursday at 10 am. Please call the office to book.",
         enter_submits=True),
    Kind("mobile", "https://mobile.x.com/compose/post", 'textarea[data-testid="tweetTextarea_0"]',
         '[data-testid="tweetButton"]', LEAK, "confidentiality"),
]
IDS = [k.name for k in KINDS]


# ------------------------------------------------------------------ helpers


def site_texts(page) -> list[str]:
    return [s["text"] for s in page.evaluate("window.__xState()") if s["connected"]]


def editor_focused(page, kind: Kind) -> bool:
    return page.eval_on_selector(kind.editor, """el => {
        let a = document.activeElement;
        while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
        return a === el;
    }""")


def submit_keys(kind: Kind) -> str:
    return "Enter" if kind.enter_submits else "Control+Enter"


def hosts_match_editors(page) -> tuple[int, int]:
    return page.locator(UI).count(), page.locator(ANY_EDITOR).count()


# ------------------------------------------------------------------ inline warnings

@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_violating_text_shows_warnings_and_clean_text_none(browser, page, kind):
    start(page, kind)
    type_text(page, kind, kind.violating)
    assert kind.expect in categories(page)
    marks = findings(page)
    assert all(m["rule"] and m["category"] for m in marks)
    page.wait_for_selector(BADGE, state="visible")
    # Replacing the text (DraftJS re-renders the blocks: no input event) clears every mark.
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(kind.clean)
    page.wait_for_selector(MARK, state="detached", timeout=10000)
    page.wait_for_timeout(700)
    assert findings(page, min_count=0) == []
    assert page.locator(BADGE).count() == 0
    assert kind.clean in site_texts(page)


# ------------------------------------------------------------------ the pause

@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_pause_then_post_anyway_publishes_exactly_once(browser, page, kind):
    start(page, kind)
    type_text(page, kind, kind.violating)
    findings(page)
    page.click(kind.button)
    pause_dialog(page)
    assert kind.expect in pause_categories(page)
    page.wait_for_timeout(300)
    assert browser.recorder.published == []
    page.get_by_role("button", name="Post anyway").click()
    got = wait_for_records(page, browser.recorder.published)
    page.wait_for_timeout(600)
    assert len(browser.recorder.published) == 1, browser.recorder.published
    assert got[0]["texts"] == kind.before + [kind.violating]
    assert page.locator(PAUSE).count() == 0


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_edit_and_escape_publish_nothing_and_return_to_the_text(browser, page, kind):
    start(page, kind)
    type_text(page, kind, kind.violating)
    findings(page)
    page.click(kind.button)
    dialog = pause_dialog(page)
    # "Edit" is the default: it has the focus.
    assert page.evaluate("""() => { const h = document.querySelector('[data-second-look="pause"]');
        return h.shadowRoot.activeElement && h.shadowRoot.activeElement.textContent; }""") == "Edit"
    dialog.get_by_role("button", name="Edit").click()
    page.wait_for_selector(PAUSE, state="detached")
    assert editor_focused(page, kind)
    # Escape means Edit, and does not reach X (which would close its modal).
    page.click(kind.button)
    pause_dialog(page)
    page.keyboard.press("Escape")
    page.wait_for_selector(PAUSE, state="detached")
    assert editor_focused(page, kind)
    page.wait_for_timeout(600)
    assert browser.recorder.published == []
    assert page.locator(kind.editor).count() == 1
    assert kind.violating in site_texts(page)


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_keyboard_path_is_paused(browser, page, kind):
    start(page, kind)
    type_text(page, kind, kind.violating)
    findings(page)
    if kind.enter_submits:
        # Shift+Enter is a new line: no pause, nothing sent.
        page.keyboard.press("Shift+Enter")
        no_pause(page)
        assert browser.recorder.published == []
        page.keyboard.press("Backspace")
        page.wait_for_timeout(500)
        assert kind.violating in site_texts(page)
    # Ctrl+Enter (and Enter in DMs) is paused; Escape goes back to the text.
    keys = ["Control+Enter", "Enter"] if kind.enter_submits else ["Control+Enter"]
    for key in keys:
        page.keyboard.press(key)
        pause_dialog(page)
        page.keyboard.press("Escape")
        page.wait_for_selector(PAUSE, state="detached")
        page.wait_for_timeout(300)
        assert browser.recorder.published == []
        assert editor_focused(page, kind)
    # Enter on the focused Post button is paused as well.
    page.focus(kind.button)
    page.keyboard.press("Enter")
    pause_dialog(page)
    page.get_by_role("button", name="Edit").click()
    page.wait_for_selector(PAUSE, state="detached")
    page.wait_for_timeout(300)
    assert browser.recorder.published == []
    # The keyboard path with "Post anyway" publishes once.
    page.click(kind.editor)
    page.keyboard.press(submit_keys(kind))
    pause_dialog(page)
    page.get_by_role("button", name="Post anyway").click()
    got = wait_for_records(page, browser.recorder.published)
    page.wait_for_timeout(600)
    assert len(browser.recorder.published) == 1, browser.recorder.published
    assert got[0]["texts"] == kind.before + [kind.violating]


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_clean_text_publishes_without_a_dialog(browser, page, kind):
    start(page, kind)
    type_text(page, kind, kind.clean)
    page.wait_for_timeout(900)
    assert findings(page, min_count=0) == []
    page.click(kind.button)
    got = wait_for_records(page, browser.recorder.published)
    assert page.locator(PAUSE).count() == 0
    assert len(got) == 1 and got[0]["texts"] == kind.before + [kind.clean]
    # And by keyboard, where the composer stays (X closes its modals after posting).
    if not kind.editor.startswith('[role="dialog"]'):
        type_text(page, kind, kind.clean)
        page.wait_for_timeout(900)
        page.keyboard.press(submit_keys(kind))
        got = wait_for_records(page, browser.recorder.published, 2)
        assert page.locator(PAUSE).count() == 0
        assert len(got) == 2 and got[1]["texts"] == [kind.clean]


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_publishing_before_the_check_answers_still_pauses(browser, page, kind):
    """The text is checked again at the moment of publishing: typing and
    clicking Post at once (before the debounce) must still pause."""
    start(page, kind)
    type_text(page, kind, kind.clean)
    page.wait_for_timeout(900)
    assert findings(page, min_count=0) == []
    # A clean verdict is known; now the text changes and Post follows at once.
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(kind.violating)
    page.click(kind.button)
    pause_dialog(page)
    assert kind.expect in pause_categories(page)
    page.keyboard.press("Escape")
    page.wait_for_selector(PAUSE, state="detached")
    # The same with the keyboard: type and press the keys in one go.
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(kind.clean)
    page.wait_for_timeout(900)
    page.keyboard.press("End")
    page.keyboard.insert_text(" " + SWEAR)
    page.keyboard.press(submit_keys(kind))
    pause_dialog(page)
    assert "profanity" in pause_categories(page)
    page.keyboard.press("Escape")
    page.wait_for_timeout(500)
    assert browser.recorder.published == []


# ------------------------------------------------------------------ suggestions, fail-open, re-rendering

SUGGESTION_TEXT = "It is heartbreaking when someone committed suicide, and the people left behind need support."


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_applying_a_suggestion_changes_what_x_publishes(browser, page, kind):
    start(page, kind)
    type_text(page, kind, SUGGESTION_TEXT)
    findings(page)
    page.wait_for_selector(BADGE, state="visible")
    page.click(BADGE)
    apply = page.locator(f"{UI} .panel .finding[data-sl-category='stigmatizing-language'] button.apply").first
    apply.wait_for(state="visible")
    label = apply.inner_text()
    assert label.startswith("Replace with")
    replacement = re.search(r"“(.+)”", label).group(1)
    assert replacement == "died by suicide"
    apply.click()
    page.wait_for_timeout(400)
    texts = site_texts(page)
    expected = SUGGESTION_TEXT.replace("committed suicide", replacement)
    assert expected in texts, texts
    page.wait_for_selector(f"{MARK}[data-sl-category='stigmatizing-language']", state="detached", timeout=10000)
    page.wait_for_timeout(700)
    page.click(kind.button)
    page.wait_for_timeout(800)
    if page.locator(PAUSE).count():  # something else may still be worth a look
        assert "stigmatizing-language" not in pause_categories(page)
        page.get_by_role("button", name="Post anyway").click()
    got = wait_for_records(page, browser.recorder.published)
    assert len(got) == 1
    assert got[0]["texts"] == kind.before + [expected]


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_fails_open_when_the_rule_engine_does_not_answer(browser, page, kind):
    start(page, kind)
    type_text(page, kind, "Warming up.")
    page.wait_for_timeout(900)  # the runtime is up
    assert kill_runtime(browser, page, 0.3) >= 1
    page.keyboard.press("End")
    page.keyboard.insert_text(" " + kind.violating)
    page.click(kind.button)
    t0 = time.time()
    kill_runtime(browser, page, 2.6)  # keeps it down past the 2 s limit
    got = wait_for_records(page, browser.recorder.published, timeout_ms=3000)
    assert len(got) == 1, got
    assert got[0]["texts"] == kind.before + ["Warming up. " + kind.violating]
    assert page.locator(PAUSE).count() == 0
    notice = page.locator(NOTICE)
    notice.wait_for(state="visible", timeout=2000)
    assert "could not check" in notice.inner_text()
    assert time.time() - t0 < 6


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_rerendered_editors_keep_working_without_leaking_ui(browser, page, kind):
    start(page, kind)
    type_text(page, kind, kind.violating)
    findings(page)
    for _ in range(3):
        page.evaluate("window.postMessage('fixture:rerender', '*')")
        page.wait_for_timeout(300)
    page.wait_for_timeout(400)
    # The new editor node is checked and marked like the old one.
    assert kind.expect in categories(page)
    hosts, editors = hosts_match_editors(page)
    assert hosts == editors, (hosts, editors)
    assert page.eval_on_selector_all(MARK, "els => els.every(e => parseFloat(e.style.width) > 0)")
    page.click(kind.button)
    pause_dialog(page)
    page.get_by_role("button", name="Post anyway").click()
    got = wait_for_records(page, browser.recorder.published)
    page.wait_for_timeout(500)
    assert len(browser.recorder.published) == 1
    assert got[0]["texts"] == kind.before + [kind.violating]
