"""extension/shared/settings.js, run where it runs: in an extension page of
the built extension (no Node, no copy of the logic in Python)."""
import pytest

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def ext(browser):
    page = browser.extension_page("popup/popup.html")
    yield page
    page.close()


def normalize(ext, raw):
    return ext.evaluate("raw => SecondLookSettings.normalize(raw)", raw)


def test_missing_settings_are_the_defaults_without_notice(ext):
    out = normalize(ext, None)
    assert out["notices"] == []
    assert out["settings"] == ext.evaluate("() => SecondLookSettings.DEFAULTS")
    assert out["settings"]["pauseOn"] == "warning" and out["settings"]["debounceMs"] == 300


@pytest.mark.parametrize("raw", ["garbage", 42, [1, 2], True])
def test_unreadable_settings_fall_back_with_one_notice(ext, raw):
    out = normalize(ext, raw)
    assert out["settings"] == ext.evaluate("() => SecondLookSettings.DEFAULTS")
    assert len(out["notices"]) == 1 and "could not be read" in out["notices"][0]


def test_one_bad_value_resets_only_that_value(ext):
    out = normalize(ext, {"schema": 1, "pauseOn": 42, "strictLikes": True, "debounceMs": 9999})
    s = out["settings"]
    assert s["pauseOn"] == "warning" and s["strictLikes"] is True and s["debounceMs"] == 300
    assert any("When to pause" in n for n in out["notices"])
    assert any("Typing delay" in n for n in out["notices"])


def test_lists_keep_their_valid_entries(ext):
    out = normalize(ext, {"schema": 1,
                          "flagTerms": [{"term": "Lincoln High", "category": "confidentiality"}, {"term": 3}, "x"],
                          "allowTerms": ["Second Look Counseling", "", None, "Second Look Counseling"],
                          "sites": {"x": False, "facebook": "maybe"},
                          "accounts": {"x": ["@DanaReyesLPC", 7]}})
    s = out["settings"]
    assert s["flagTerms"] == [{"term": "Lincoln High", "category": "confidentiality"}]
    assert s["allowTerms"] == ["Second Look Counseling"]
    assert s["sites"] == {"x": False, "facebook": True}
    assert s["accounts"] == {"x": ["@DanaReyesLPC"], "facebook": []}
    assert len(out["notices"]) == 4


def test_schema_zero_is_migrated(ext):
    out = normalize(ext, {"pauseOn": "error", "disabledCategories": ["political"]})
    assert out["notices"] == []
    assert out["settings"]["schema"] == 1
    assert out["settings"]["pauseOn"] == "error" and out["settings"]["disabledCategories"] == ["political"]


def test_a_newer_schema_is_read_with_a_notice(ext):
    out = normalize(ext, {"schema": 99, "pauseOn": "info", "somethingNew": {"a": 1}})
    assert out["settings"]["pauseOn"] == "info" and "somethingNew" not in out["settings"]
    assert any("newer version" in n for n in out["notices"])


def test_client_records(ext):
    good = {"salt": "ab" * 16, "hashes": ["0" * 64, "f" * 64]}
    assert ext.evaluate("r => SecondLookSettings.normalizeClients(r)", good) == {"clients": good, "notices": []}
    assert ext.evaluate("r => SecondLookSettings.normalizeClients(r)", None) == {"clients": None, "notices": []}
    bad = ext.evaluate("r => SecondLookSettings.normalizeClients(r)", "nope")
    assert bad["clients"] is None and bad["notices"]
    # Something that is not a hash (a plain name, say) is never passed on.
    mixed = ext.evaluate("r => SecondLookSettings.normalizeClients(r)", {"salt": "ab" * 16, "hashes": ["0" * 64, "Maria"]})
    assert mixed["clients"]["hashes"] == ["0" * 64] and mixed["notices"]


def test_to_pycore_and_accounts(ext):
    out = ext.evaluate("""() => {
        const S = SecondLookSettings;
        const s = S.normalize({schema: 1, accounts: {x: ['@DanaReyesLPC'], facebook: []}, disabledRules: ['CONF002']}).settings;
        return {py: S.toPycore(s, {salt: 'ab', hashes: ['h']}),
                pro: S.isProfessional(s, 'x', 'danareyeslpc'), personal: S.isProfessional(s, 'x', 'dana_home'),
                anyFb: S.isProfessional(s, 'facebook', 'Someone')};
    }""")
    assert out["py"]["disabled_rules"] == ["CONF002"] and out["py"]["client_salt"] == "ab"
    assert out["py"]["client_hashes"] == ["h"] and out["py"]["personal_categories"] == ["confidentiality"]
    assert out["pro"] is True and out["personal"] is False and out["anyFb"] is True
