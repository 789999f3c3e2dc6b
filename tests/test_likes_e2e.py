"""A pause before liking, on X and Facebook: it pauses exactly when the liked
post carries something a public endorsement would share."""
import pytest

from tests.harness import PAUSE, pause_dialog

pytestmark = pytest.mark.browser


def likes_of(browser, post):
    return [l for l in browser.recorder.likes if l["post"] == post]


def wait_likes(page, browser, post, n, timeout_ms=5000):
    waited = 0
    while len(likes_of(browser, post)) < n and waited < timeout_ms:
        page.wait_for_timeout(100)
        waited += 100
    return likes_of(browser, post)


def open_pause(page):
    return pause_dialog(page)


# ------------------------------------------------------------------------ X

def test_x_political_public_post_pauses_then_like_anyway_likes_once(browser, page):
    page.goto("https://x.com/search?q=therapy")
    page.click('#political [data-testid="like"]')
    dialog = open_pause(page)
    assert dialog.get_attribute("aria-labelledby")
    assert page.get_by_role("alertdialog", name="Second Look").count() == 1
    cats = page.eval_on_selector_all(f"{PAUSE} [data-sl-category]", "els => els.map(e => e.dataset.slCategory)")
    assert "political" in cats
    assert likes_of(browser, "political") == []
    page.get_by_role("button", name="Like anyway").click()
    likes = wait_likes(page, browser, "political", 1)
    page.wait_for_timeout(500)
    assert len(likes_of(browser, "political")) == 1 and likes[0]["action"] == "like"
    assert page.locator('#political [data-testid="unlike"]').count() == 1


def test_x_cancel_likes_nothing(browser, page):
    page.goto("https://x.com/search?q=therapy")
    page.click('#political [data-testid="like"]')
    open_pause(page)
    page.get_by_role("button", name="Cancel").click()
    page.wait_for_timeout(600)
    assert likes_of(browser, "political") == []
    assert page.locator(PAUSE).count() == 0
    # Escape means Cancel too.
    page.click('#political [data-testid="like"]')
    open_pause(page)
    page.keyboard.press("Escape")
    page.wait_for_timeout(500)
    assert likes_of(browser, "political") == []


def test_x_professional_post_likes_without_pause(browser, page):
    page.goto("https://x.com/search?q=therapy")
    page.click('#professional [data-testid="like"]')
    likes = wait_likes(page, browser, "professional", 1)
    assert len(likes) == 1
    assert page.locator(PAUSE).count() == 0


def test_x_protected_post_with_profanity_does_not_pause(browser, page):
    page.goto("https://x.com/search?q=therapy")
    page.click('#protected [data-testid="like"]')
    assert len(wait_likes(page, browser, "protected", 1)) == 1
    assert page.locator(PAUSE).count() == 0


def test_x_quoted_post_is_not_judged_as_the_liked_post(browser, page):
    page.goto("https://x.com/search?q=therapy")
    page.click('#quoting [data-testid="like"]')
    assert len(wait_likes(page, browser, "quoting", 1)) == 1
    assert page.locator(PAUSE).count() == 0


def test_x_oversharing_post_pauses_for_confidentiality(browser, page):
    page.goto("https://x.com/search?q=therapy")
    page.click('#overshare [data-testid="like"]')
    open_pause(page)
    cats = page.eval_on_selector_all(f"{PAUSE} [data-sl-category]", "els => els.map(e => e.dataset.slCategory)")
    assert "confidentiality" in cats
    page.get_by_role("button", name="Cancel").click()


def test_x_unlike_never_pauses(browser, page):
    page.goto("https://x.com/search?q=therapy")
    page.click('#liked [data-testid="unlike"]')
    likes = wait_likes(page, browser, "liked", 1)
    assert len(likes) == 1 and likes[0]["action"] == "unlike"
    assert page.locator(PAUSE).count() == 0


def test_x_l_shortcut_is_paused_too(browser, page):
    page.goto("https://x.com/search?q=therapy")
    page.focus("#political")
    page.keyboard.press("l")
    open_pause(page)
    assert likes_of(browser, "political") == []
    page.get_by_role("button", name="Like anyway").click()
    assert len(wait_likes(page, browser, "political", 1)) == 1
    page.wait_for_timeout(400)
    assert len(likes_of(browser, "political")) == 1


# ------------------------------------------------------------------ Facebook

def test_facebook_political_public_post_pauses_and_like_anyway_likes_once(browser, page):
    page.goto("https://www.facebook.com/groups/therapists")
    page.click('#fb-political [aria-label="Like"]')
    open_pause(page)
    cats = page.eval_on_selector_all(f"{PAUSE} [data-sl-category]", "els => els.map(e => e.dataset.slCategory)")
    assert "political" in cats
    page.get_by_role("button", name="Like anyway").click()
    assert len(wait_likes(page, browser, "fb-political", 1)) == 1
    page.wait_for_timeout(400)
    assert len(likes_of(browser, "fb-political")) == 1


def test_facebook_cancel_and_reactions(browser, page):
    page.goto("https://www.facebook.com/groups/therapists")
    page.click('#fb-political [aria-label="Love"]')
    open_pause(page)
    page.get_by_role("button", name="Cancel").click()
    page.wait_for_timeout(500)
    assert likes_of(browser, "fb-political") == []


def test_facebook_keyboard_like_is_paused(browser, page):
    page.goto("https://www.facebook.com/groups/therapists")
    page.focus('#fb-political [aria-label="Like"]')
    page.keyboard.press("Enter")
    open_pause(page)
    assert likes_of(browser, "fb-political") == []
    page.keyboard.press("Escape")


def test_facebook_professional_and_friends_only_posts_like_without_pause(browser, page):
    page.goto("https://www.facebook.com/groups/therapists")
    page.click('#fb-professional [aria-label="Like"]')
    assert len(wait_likes(page, browser, "fb-professional", 1)) == 1
    page.click('#fb-friends-only [aria-label="Like"]')
    assert len(wait_likes(page, browser, "fb-friends-only", 1)) == 1
    assert page.locator(PAUSE).count() == 0


def test_facebook_oversharing_post_pauses(browser, page):
    page.goto("https://www.facebook.com/groups/therapists")
    page.click('#fb-overshare [aria-label="Like"]')
    open_pause(page)
    cats = page.eval_on_selector_all(f"{PAUSE} [data-sl-category]", "els => els.map(e => e.dataset.slCategory)")
    assert "confidentiality" in cats


# ------------------------------------------------- replies under oversharing

REPLY_TEXT = "Thank you for sharing this!"
MARK = '[data-second-look="inline"] .mark[data-sl-rule="CONF014"]'


def test_facebook_comment_under_oversharing_post_suggests_a_private_word(browser, page):
    page.goto("https://www.facebook.com/JoLeeLMFT/posts/1")
    page.click('[aria-label="Comment as Dana Reyes"]')
    page.keyboard.type(REPLY_TEXT)
    mark = page.wait_for_selector(MARK, state="attached", timeout=10000)
    assert mark.get_attribute("data-sl-category") == "confidentiality"
    page.click('[data-second-look="inline"] .badge')
    panel = page.locator('[data-second-look="inline"] .panel')
    assert "private message" in panel.inner_text()


def test_facebook_comment_under_ordinary_post_does_not_warn(browser, page):
    page.goto("https://www.facebook.com/HarborCounseling/posts/1")
    page.click('[aria-label="Comment as Dana Reyes"]')
    page.keyboard.type(REPLY_TEXT)
    page.wait_for_timeout(1200)
    assert page.locator(MARK).count() == 0


def test_x_reply_under_oversharing_post_suggests_a_private_word(browser, page):
    page.goto("https://x.com/JoLeeLMFT/status/1861")
    page.click('[data-testid="tweetTextarea_0"]')
    page.keyboard.type(REPLY_TEXT)
    mark = page.wait_for_selector(MARK, state="attached", timeout=10000)
    assert mark.get_attribute("data-sl-category") == "confidentiality"
    # The reply itself is harmless, yet publishing it pauses with that advice.
    page.click('[data-testid="tweetButtonInline"]')
    page.wait_for_selector(PAUSE, timeout=10000)
    assert "private message" in page.locator(PAUSE).inner_text()
    page.get_by_role("button", name="Edit").click()
    assert browser.recorder.published == []


def test_x_reply_under_ordinary_post_does_not_warn(browser, page):
    page.goto("https://x.com/JordanMillsLMHC/status/1860")
    page.click('[data-testid="tweetTextarea_0"]')
    page.keyboard.type(REPLY_TEXT)
    page.wait_for_timeout(1200)
    assert page.locator(MARK).count() == 0


def _set_strict_likes(browser, on: bool):
    page = browser.extension_page("popup/popup.html")
    try:
        page.evaluate(
            """async (on) => {
                 const { settings } = await chrome.storage.sync.get("settings");
                 const next = SecondLookSettings.normalize(settings).settings;
                 next.strictLikes = on;
                 await chrome.storage.sync.set({ settings: next });
               }""",
            on,
        )
    finally:
        page.close()


def test_x_stricter_like_mode_pauses_off_topic_posts_only_when_on(browser, page):
    page.goto("https://x.com/search?q=therapy")
    page.click('#offtopic [data-testid="like"]')
    assert len(wait_likes(page, browser, "offtopic", 1)) == 1  # off by default: no pause
    page.click('#offtopic [data-testid="unlike"]')
    assert len(wait_likes(page, browser, "offtopic", 2)) == 2
    _set_strict_likes(browser, True)
    try:
        page.wait_for_timeout(800)  # the background reconfigures the engine
        page.click('#offtopic [data-testid="like"]')
        open_pause(page)
        rules = page.eval_on_selector_all(f"{PAUSE} [data-sl-rule]", "els => els.map(e => e.dataset.slRule)")
        assert "PERS007" in rules
        page.get_by_role("button", name="Cancel").click()
        # A mental-health post still likes without a pause in the stricter mode.
        page.click('#professional [data-testid="like"]')
        assert len(wait_likes(page, browser, "professional", 1)) == 1
        assert page.locator(PAUSE).count() == 0
    finally:
        _set_strict_likes(browser, False)
        page.wait_for_timeout(500)
