"""The options page and the toolbar popup, in real Chromium with dist/chrome.

Issue 6's contract: turning a category off stops its warnings in an already
open x.com tab without reload and turning it on brings them back; an added
client name makes a post that mentions it warn under confidentiality and no
storage area holds the plain name; export, import and reset round-trip; a
corrupt stored value shows a notice and the defaults.
"""
import json
import time

import pytest

from tests.harness import UI, findings, settle

pytestmark = pytest.mark.browser

EDITOR = '[data-testid="tweetTextarea_0"]'
LEAK = "Session today with my client Maria, a 34-year-old teacher at Lincoln High, was hard."
CLIENT = "Rosalind Okafor"
MENTION = "So proud of Rosalind this week: she finally got the job she wanted."
CATEGORY_IDS = ["confidentiality", "profanity", "informal-tone", "personal-content", "distress-risk",
                "stigmatizing-language", "non-affirming-language", "victim-blaming", "political",
                "dual-relationship", "sensitive-contact", "testimonial", "misleading-claim", "public-diagnosis"]


# ------------------------------------------------------------------ helpers

def storage(page, area: str, key=None):
    return page.evaluate("async ([a, k]) => await chrome.storage[a].get(k)", [area, key])


def set_storage(page, area: str, items: dict):
    page.evaluate("async ([a, i]) => await chrome.storage[a].set(i)", [area, items])


def wait_for(predicate, timeout: float = 10, what: str = "condition"):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def stored_settings(page):
    return storage(page, "sync", "settings").get("settings")


def defaults(page):
    return page.evaluate("() => JSON.parse(JSON.stringify(SecondLookSettings.DEFAULTS))")


def open_options(browser, catalogue: bool = True):
    page = browser.extension_page("options/options.html")
    page.wait_for_selector("html[data-sl-ready]")
    if catalogue:
        page.wait_for_selector('input[type=checkbox][data-sl-toggle="confidentiality"]', timeout=45000)
    return page


def open_x(browser, text: str | None = None):
    page = browser.context.new_page()
    page.goto("https://x.com/home")
    page.wait_for_selector(EDITOR)
    if text:
        page.click(EDITOR)
        page.keyboard.insert_text(text)
    return page


def marks(page, selector: str = "") -> int:
    return page.eval_on_selector_all(f"{UI} .mark[data-sl-rule]{selector}", "els => els.length")


@pytest.fixture(autouse=True)
def clean_storage(browser):
    """Each test starts and ends with default settings and no client list."""
    def wipe():
        p = browser.extension_page("popup/popup.html")
        try:
            p.evaluate("""async () => { await chrome.storage.sync.clear(); await chrome.storage.local.clear();
                                        await chrome.storage.session.clear(); }""")
        finally:
            p.close()
    wipe()
    yield
    wipe()


# ------------------------------------------------------------------ categories and rules

def test_catalogue_renders_every_category_and_rule_toggle(browser, page):
    opts = open_options(browser)
    try:
        reply = opts.evaluate("async () => await chrome.runtime.sendMessage({to: 'runtime', type: 'catalogue'})")
        cat = reply.get("catalogue", reply)
        assert [c["id"] for c in cat["categories"]] == CATEGORY_IDS
        for c in cat["categories"]:
            box = opts.locator(f'input[type=checkbox][data-sl-toggle="{c["id"]}"]')
            assert box.count() == 1 and box.is_checked()
        for r in cat["rules"]:
            box = opts.locator(f'input[type=checkbox][data-sl-toggle="{r["id"]}"]')
            assert box.count() == 1, r["id"]
            # Title and description come from the catalogue.
            row = opts.locator(f'[data-sl-rule-row="{r["id"]}"]')
            assert r["title"] in row.text_content() and r["description"] in row.text_content()
    finally:
        opts.close()


def test_category_off_and_on_in_an_open_x_tab_without_reload(browser, page):
    page.goto("https://x.com/home")
    page.click(EDITOR)
    page.keyboard.insert_text(LEAK)
    findings(page, timeout=45000)
    assert marks(page, '[data-sl-category="confidentiality"]')
    page.evaluate("() => { window.__secondLookNoReload = 42; }")

    opts = open_options(browser)
    try:
        opts.uncheck('input[data-sl-toggle="confidentiality"]')
        wait_for(lambda: "confidentiality" in (stored_settings(opts) or {}).get("disabledCategories", []), what="saved")
        page.wait_for_selector(f'{UI} .mark[data-sl-category="confidentiality"]', state="detached", timeout=10000)

        opts.check('input[data-sl-toggle="confidentiality"]')
        page.wait_for_selector(f'{UI} .mark[data-sl-category="confidentiality"]', state="attached", timeout=10000)
        assert page.evaluate("() => window.__secondLookNoReload") == 42, "the x.com tab was reloaded"
    finally:
        opts.close()


def test_rule_toggle_turns_one_rule_off(browser, page):
    page.goto("https://x.com/home")
    page.click(EDITOR)
    page.keyboard.insert_text(LEAK)
    rules = {f["rule"] for f in findings(page, timeout=45000) if f["category"] == "confidentiality"}
    rule = sorted(rules)[0]
    opts = open_options(browser)
    try:
        opts.locator('[data-sl-category-row="confidentiality"] summary').click()
        opts.uncheck(f'input[data-sl-toggle="{rule}"]')
        page.wait_for_selector(f'{UI} .mark[data-sl-rule="{rule}"]', state="detached", timeout=10000)
        assert rule in stored_settings(opts)["disabledRules"]
        opts.check(f'input[data-sl-toggle="{rule}"]')
        page.wait_for_selector(f'{UI} .mark[data-sl-rule="{rule}"]', state="attached", timeout=10000)
    finally:
        opts.close()


# ------------------------------------------------------------------ clients

def test_client_name_warns_and_is_never_stored_in_plain_text(browser, page):
    page.goto("https://x.com/home")
    page.click(EDITOR)
    page.keyboard.insert_text(MENTION)
    settle(page, 1500)
    assert marks(page, '[data-sl-rule="CONF009"]') == 0

    opts = open_options(browser)
    try:
        opts.fill("#client-input", f"{CLIENT}, Rosalind, R.O.")
        opts.click("#client-add")
        opts.wait_for_selector('#client-count[data-sl-client-count="3"]', timeout=30000)
        assert opts.input_value("#client-input") == "", "the plain names stay in the field"
        assert "3 identifiers stored" in opts.inner_text("#client-count")

        # The open tab warns under confidentiality, without reload.
        page.wait_for_selector(f'{UI} .mark[data-sl-rule="CONF009"][data-sl-category="confidentiality"]',
                               state="attached", timeout=15000)

        # "Would this text match?"
        opts.fill("#client-test", "Lunch with Rosalind tomorrow")
        opts.click("#client-test-form button")
        opts.wait_for_selector('#client-test-result[data-sl-match="yes"]', timeout=10000)
        opts.fill("#client-test", "Lunch with Bernadette tomorrow")
        opts.click("#client-test-form button")
        opts.wait_for_selector('#client-test-result[data-sl-match="no"]', timeout=10000)

        # Nowhere in plain text: not in any storage area, not on the page.
        areas = {area: storage(opts, area) for area in ("sync", "local", "session")}
        areas["localStorage"] = opts.evaluate("() => JSON.stringify({...localStorage})")
        dump = json.dumps(areas).lower()
        for part in ("rosalind", "okafor", "r.o."):
            assert part not in dump, f"{part!r} is stored in plain text"
        local = areas["local"]["clients"]
        assert len(local["hashes"]) == 3 and all(len(h) == 64 for h in local["hashes"])
        assert len(local["salt"]) >= 32 and "clients" not in areas["sync"]
        assert "rosalind" not in opts.content().lower()

        # A second page of the extension sees the same count, never the names.
        opts.reload()
        opts.wait_for_selector('#client-count[data-sl-client-count="3"]')
        assert "rosalind" not in opts.content().lower()

        # Clear all: the warning goes away; the salt of this install stays.
        opts.click("#client-clear")
        opts.click("#client-clear-yes")
        opts.wait_for_selector('#client-count[data-sl-client-count="0"]')
        page.wait_for_selector(f'{UI} .mark[data-sl-rule="CONF009"]', state="detached", timeout=15000)
        assert storage(opts, "local", "clients")["clients"] == {"salt": local["salt"], "hashes": []}
    finally:
        opts.close()


def test_each_install_gets_its_own_random_salt(browser, page):
    opts = open_options(browser, catalogue=False)
    try:
        salts = opts.evaluate("() => [SecondLookSettings.newSalt(), SecondLookSettings.newSalt()]")
        assert salts[0] != salts[1] and all(len(s) == 32 for s in salts)
    finally:
        opts.close()


# ------------------------------------------------------------------ export, import, reset

def test_export_import_reset_round_trip(browser, page, tmp_path):
    opts = open_options(browser)
    try:
        opts.uncheck('input[data-sl-toggle="political"]')
        opts.check("#pause-error")
        opts.uncheck("#site-facebook")
        opts.check("#strict-likes")
        opts.fill("#flag-input", "Lincoln High")
        opts.select_option("#flag-category", "confidentiality")
        opts.click("#flag-form button")
        opts.fill("#allow-input", "Second Look Counseling")
        opts.click("#allow-form button")
        opts.fill("#acc-x-input", "@DanaReyesLPC")
        opts.click("#acc-x-form button")
        opts.check('input[data-sl-personal="profanity"]')
        opts.select_option('select[data-sl-severity-for="political"]', "info")
        opts.fill("#client-input", CLIENT)
        opts.click("#client-add")
        opts.wait_for_selector('#client-count[data-sl-client-count="1"]', timeout=30000)

        def complete():
            s = stored_settings(opts) or {}
            return s if s.get("severityOverrides") == {"political": "info"} else None
        changed = wait_for(complete, what="all changes saved")
        assert changed["disabledCategories"] == ["political"]
        assert changed["pauseOn"] == "error" and changed["strictLikes"] is True
        assert changed["sites"] == {"x": True, "facebook": False}
        assert changed["flagTerms"] == [{"term": "Lincoln High", "category": "confidentiality"}]
        assert changed["allowTerms"] == ["Second Look Counseling"]
        assert changed["accounts"] == {"x": ["@DanaReyesLPC"], "facebook": []}
        assert changed["personalCategories"] == ["confidentiality", "profanity"]
        clients = storage(opts, "local", "clients")["clients"]

        # Export without the client list (the default).
        with opts.expect_download() as info:
            opts.click("#export")
        plain = info.value.path().read_text()
        exported = json.loads(plain)
        assert exported["settings"] == changed and "clients" not in exported
        assert "rosalind" not in plain.lower()

        # Export with the client hashes, on request.
        opts.check("#export-clients")
        with opts.expect_download() as info:
            opts.click("#export")
        with_clients_text = info.value.path().read_text()
        with_clients = json.loads(with_clients_text)
        assert with_clients["clients"] == clients and "rosalind" not in with_clients_text.lower()

        # Reset: every option back to its default; the client list is kept.
        opts.click("#reset")
        opts.click("#reset-yes")
        wait_for(lambda: stored_settings(opts) == defaults(opts), what="defaults stored")
        assert opts.is_checked('input[data-sl-toggle="political"]')
        assert opts.is_checked("#pause-warning") and opts.is_checked("#site-facebook")
        assert not opts.is_checked("#strict-likes")
        assert opts.input_value('select[data-sl-severity-for="political"]') == ""
        assert "Lincoln High" not in opts.inner_text("#flag-list")
        assert storage(opts, "local", "clients")["clients"] == clients

        # Import the settings-only file: the settings come back exactly.
        opts.set_input_files("#import-file", files=[{"name": "s.json", "mimeType": "application/json",
                                                      "buffer": plain.encode()}])
        wait_for(lambda: stored_settings(opts) == changed, what="imported settings stored")
        assert not opts.is_checked('input[data-sl-toggle="political"]') and opts.is_checked("#pause-error")
        assert "Lincoln High" in opts.inner_text("#flag-list")

        # Import with client hashes after clearing them: the hashes come back.
        opts.click("#client-clear")
        opts.click("#client-clear-yes")
        opts.wait_for_selector('#client-count[data-sl-client-count="0"]')
        opts.set_input_files("#import-file", files=[{"name": "c.json", "mimeType": "application/json",
                                                      "buffer": with_clients_text.encode()}])
        opts.wait_for_selector('#client-count[data-sl-client-count="1"]')
        assert storage(opts, "local", "clients")["clients"] == clients

        # A file that is not settings changes nothing and says so.
        opts.set_input_files("#import-file", files=[{"name": "x.json", "mimeType": "application/json",
                                                      "buffer": b"not json at all"}])
        opts.wait_for_selector("#import-result.error")
        assert "not JSON" in opts.inner_text("#import-result")
        assert stored_settings(opts) == changed
    finally:
        opts.close()


# ------------------------------------------------------------------ corrupt values

def test_corrupt_settings_show_a_notice_and_the_defaults(browser, page):
    setup = browser.extension_page("popup/popup.html")
    set_storage(setup, "sync", {"settings": "garbage"})
    setup.close()

    opts = open_options(browser)
    try:
        opts.wait_for_selector("#notices:not([hidden])")
        assert "could not be read" in opts.inner_text("#notices")
        for cid in CATEGORY_IDS:
            assert opts.is_checked(f'input[data-sl-toggle="{cid}"]'), cid
        assert opts.is_checked("#pause-warning") and opts.is_checked("#enabled")
        assert opts.input_value("#debounce") == "300"

        # One bad value: only that one falls back, and the notice names it.
        set_storage(opts, "sync", {"settings": {"schema": 1, "pauseOn": 42, "strictLikes": True,
                                               "disabledCategories": ["political"]}})
        opts.reload()
        opts.wait_for_selector("#notices:not([hidden])")
        assert "When to pause" in opts.inner_text("#notices")
        assert opts.is_checked("#pause-warning")
        assert opts.is_checked("#strict-likes")
        assert not opts.is_checked('input[data-sl-toggle="political"]')

        # The popup says so too.
        popup = browser.extension_page("popup/popup.html")
        popup.wait_for_selector("html[data-sl-ready]")
        assert popup.is_visible("#notice") and "When to pause" in popup.inner_text("#notice")
        popup.close()

        # Any change saves repaired settings and the notice goes away.
        opts.check("#pause-error")
        opts.wait_for_selector("#notices", state="hidden")
        wait_for(lambda: (stored_settings(opts) or {}).get("pauseOn") == "error", what="repaired settings saved")
        assert stored_settings(opts)["strictLikes"] is True

        # A corrupt client list: a notice, never a crash.
        set_storage(opts, "local", {"clients": "nope"})
        opts.reload()
        opts.wait_for_selector("#notices:not([hidden])")
        assert "client identifiers" in opts.inner_text("#notices")
        assert opts.get_attribute("#client-count", "data-sl-client-count") == "0"
    finally:
        opts.close()


def test_content_script_keeps_checking_with_corrupt_settings(browser, page):
    setup = browser.extension_page("popup/popup.html")
    set_storage(setup, "sync", {"settings": {"schema": 1, "sites": 7, "debounceMs": "soon", "disabledCategories": 3}})
    setup.close()
    page.goto("https://x.com/home")
    page.click(EDITOR)
    page.keyboard.insert_text(LEAK)
    assert "confidentiality" in {f["category"] for f in findings(page, timeout=45000)}


# ------------------------------------------------------------------ popup

def x_tab_id(ext_page):
    return ext_page.evaluate("""async () => {
        for (const t of await chrome.tabs.query({})) {
          try { const r = await chrome.tabs.sendMessage(t.id, {type: 'which-site'}); if (r && r.site === 'x') return t.id; }
          catch (e) { /* not one of ours */ }
        }
        return null; }""")


def test_popup_turns_the_current_site_off_and_on(browser, page):
    page.goto("https://x.com/home")
    page.click(EDITOR)
    page.keyboard.insert_text(LEAK)
    findings(page, timeout=45000)
    probe = browser.extension_page("popup/popup.html")
    tab = x_tab_id(probe)
    probe.close()
    assert tab is not None

    popup = browser.extension_page(f"popup/popup.html?tab={tab}")
    try:
        popup.wait_for_selector("html[data-sl-ready]")
        assert popup.is_visible("#site-toggle") and popup.is_checked("#site-toggle")
        assert "X" in popup.inner_text("#site-label")
        popup.wait_for_selector('#status-dot[data-sl-state="ready"]', timeout=30000)
        assert "Ready" in popup.inner_text("#status-text")

        popup.uncheck("#site-toggle")
        page.wait_for_selector(f"{UI} .mark", state="detached", timeout=10000)
        wait_for(lambda: "switched off for X" in popup.inner_text("#status-text"), what="the popup's status")
        assert stored_settings(popup)["sites"] == {"x": False, "facebook": True}

        popup.check("#site-toggle")
        page.wait_for_selector(f'{UI} .mark[data-sl-category="confidentiality"]', state="attached", timeout=15000)
    finally:
        popup.close()


def test_popup_links_to_the_options(browser, page):
    popup = browser.extension_page("popup/popup.html")
    try:
        popup.wait_for_selector("html[data-sl-ready]")
        assert popup.get_attribute("#open-options", "href").endswith("options/options.html")
        with browser.context.expect_page() as info:
            popup.click("#open-options")
        opened = info.value
        opened.wait_for_load_state()
        assert opened.url == browser.ext_url("options/options.html")
        opened.close()
    finally:
        if not popup.is_closed():
            popup.close()


# ------------------------------------------------------------------ try it, accessibility

def test_try_it_box_shows_the_inline_ui(browser, page):
    opts = open_options(browser)
    try:
        opts.fill("#try-text", LEAK)
        opts.wait_for_selector(f'{UI} .mark[data-sl-category="confidentiality"]', state="attached", timeout=15000)
        assert "to review" in opts.inner_text("#try-status")
        assert opts.locator("#try-findings li.finding").count() >= 1
        # The same badge as on X.
        opts.wait_for_selector(f"{UI} .badge:not([hidden])", state="attached")
    finally:
        opts.close()


def test_every_control_has_a_label_and_a_natural_tab_order(browser, page):
    opts = open_options(browser)
    try:
        unlabeled = opts.evaluate("""() => [...document.querySelectorAll('input, select, textarea, button')]
            .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby')
                         && !(e.tagName === 'BUTTON' && e.textContent.trim()))
            .map(e => e.id || e.outerHTML.slice(0, 80))""")
        assert unlabeled == []
        assert opts.evaluate("() => [...document.querySelectorAll('[tabindex]')].filter(e => e.tabIndex > 0).length") == 0
        opts.keyboard.press("Tab")
        assert opts.evaluate("() => document.activeElement.className") == "skip"
    finally:
        opts.close()
