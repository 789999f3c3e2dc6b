import pytest

from tests.harness import ExtensionBrowser


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright_instance):
    """One Chromium for the whole session, with dist/chrome loaded."""
    b = ExtensionBrowser(playwright_instance)
    b.warm_up()  # tests start with a ready engine; the cold start is measured by the benchmark
    yield b
    b.close()


@pytest.fixture
def page(browser):
    """A fresh tab; the fake back ends start empty for each test."""
    browser.recorder.clear_site_events()
    p = browser.context.new_page()
    yield p
    p.close()
    refused, browser.recorder.refused[:] = list(browser.recorder.refused), []
    assert not refused, f"requests left the browser: {refused}"
