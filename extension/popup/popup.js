// Toolbar popup: on/off for the current site, the runtime's status ("ready",
// "starting", "not checking: reason"), and a link to the options.
(function () {
  "use strict";
  const P = globalThis.SecondLookProtocol;
  const S = globalThis.SecondLookSettings;
  const $ = (id) => document.getElementById(id);

  const SITES = [
    { id: "x", name: "X", hosts: /(^|\.)(x|twitter)\.com$/ },
    { id: "facebook", name: "Facebook", hosts: /(^|\.)facebook\.com$/ },
  ];

  let settings = S.normalize(undefined).settings;
  let site = null;
  let runtime = { ok: true, state: "idle" };

  // Which supported site the active tab shows. Without the "tabs" permission
  // the URL is not readable, so the tab's content script is asked; it only
  // exists on X and Facebook. (?tab=<id> names the tab when the popup is opened
  // as a page, e.g. by the tests.)
  async function currentSite() {
    try {
      const param = new URLSearchParams(location.search).get("tab");
      const tab = param ? { id: Number(param) } : (await chrome.tabs.query({ active: true, currentWindow: true }))[0];
      if (!tab) return null;
      if (tab.url) {
        const host = new URL(tab.url).hostname;
        const byUrl = SITES.find((s) => s.hosts.test(host));
        if (byUrl) return byUrl;
      }
      const reply = await chrome.tabs.sendMessage(tab.id, { type: P.MSG.WHICH_SITE }).catch(() => null);
      if (reply && reply.site) return SITES.find((s) => s.id === reply.site) || null;
    } catch (err) {
      /* no tab */
    }
    return null;
  }

  async function readSettings() {
    try {
      const { settings: raw } = await chrome.storage.sync.get("settings");
      const n = S.normalize(raw);
      settings = n.settings;
      const notice = $("notice");
      notice.hidden = n.notices.length === 0;
      notice.textContent = n.notices.length
        ? `${n.notices[0]}${n.notices.length > 1 ? ` (and ${n.notices.length - 1} more)` : ""} Open the options to review.`
        : "";
    } catch (err) {
      settings = S.normalize(undefined).settings;
    }
  }

  async function save(mutate) {
    const { settings: raw } = await chrome.storage.sync.get("settings");
    const next = S.normalize(raw).settings;
    mutate(next);
    await chrome.storage.sync.set({ settings: next });
  }

  function render() {
    if (site) {
      $("site-line").textContent = `You are on ${site.name}.`;
      $("site-row").hidden = false;
      $("site-label").textContent = `Check my posts and likes on ${site.name}`;
      $("site-toggle").checked = settings.sites[site.id] !== false;
      $("site-toggle").setAttribute("data-sl-site", site.id);
      $("site-toggle").disabled = !settings.enabled;
    } else {
      $("site-line").textContent = "Second Look works on X and Facebook.";
      $("site-row").hidden = true;
    }
    $("off-row").hidden = settings.enabled;

    const state = runtime && runtime.ok ? runtime.state : "failed";
    const error = (runtime && runtime.error) || "the rule engine did not start.";
    let dot = state;
    let text = {
      ready: "Ready: checks run on this device.",
      starting: "Starting… (a few seconds after the browser opens)",
      idle: "Ready to start: it starts when you open X or Facebook.",
      failed: `Not checking: ${error.replace(/\.?$/, ".")} Posts are never blocked by this.`,
    }[state] || `Not checking: ${error}`;
    if (!settings.enabled) {
      dot = "off";
      text = "Not checking: Second Look is turned off.";
    } else if (site && settings.sites[site.id] === false) {
      dot = "off";
      text = `Not checking: switched off for ${site.name}.`;
    }
    $("status-dot").className = `dot ${dot}`;
    $("status-dot").setAttribute("data-sl-state", state);
    $("status-text").textContent = text;
  }

  async function refreshStatus() {
    runtime = await chrome.runtime
      .sendMessage({ to: P.TO.BACKGROUND, type: P.MSG.RUNTIME_STATUS })
      .catch((e) => ({ ok: false, error: String(e && e.message) }));
    if (!runtime) runtime = { ok: false, error: "no answer from the background." };
    render();
    return runtime.ok ? runtime.state : "failed";
  }

  async function init() {
    $("open-options").addEventListener("click", (e) => {
      e.preventDefault();
      chrome.runtime.openOptionsPage();
      window.close();
    });
    $("site-toggle").addEventListener("change", async () => {
      const on = $("site-toggle").checked;
      await save((s) => (s.sites[site.id] = on));
    });
    $("turn-on").addEventListener("click", () => save((s) => (s.enabled = true)));
    chrome.storage.onChanged.addListener(async (changes, area) => {
      if (area === "sync" && changes.settings) {
        await readSettings();
        render();
      }
    });
    await readSettings();
    site = await currentSite();
    render();
    let state = await refreshStatus();
    document.documentElement.setAttribute("data-sl-ready", "");
    // Follow a starting runtime until it is ready.
    for (let i = 0; i < 60 && state === "starting"; i += 1) {
      await new Promise((r) => setTimeout(r, 250));
      state = await refreshStatus();
    }
  }

  init();
})();
