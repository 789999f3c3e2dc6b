// Toolbar popup: on/off for the current site, the runtime's status, and a
// link to the options.
(function () {
  "use strict";
  const P = globalThis.SecondLookProtocol;
  const S = globalThis.SecondLookSettings;
  const $ = (id) => document.getElementById(id);

  const SITES = [
    { id: "x", name: "X", hosts: /(^|\.)(x|twitter)\.com$/ },
    { id: "facebook", name: "Facebook", hosts: /(^|\.)facebook\.com$/ },
  ];

  async function currentSite() {
    // activeTab is not requested: the URL is only readable for our own sites
    // through the content script, so ask the tab; fall back to "unknown".
    try {
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      if (tab && tab.url) {
        const host = new URL(tab.url).hostname;
        return SITES.find((s) => s.hosts.test(host)) || null;
      }
      if (tab) {
        const reply = await chrome.tabs.sendMessage(tab.id, { type: P.MSG.WHICH_SITE }).catch(() => null);
        if (reply && reply.site) return SITES.find((s) => s.id === reply.site) || null;
      }
    } catch (err) {
      /* no tab */
    }
    return null;
  }

  async function showStatus() {
    const reply = await chrome.runtime.sendMessage({ to: P.TO.BACKGROUND, type: P.MSG.RUNTIME_STATUS }).catch((e) => ({ ok: false, error: String(e.message) }));
    const state = reply && reply.ok ? reply.state : "failed";
    const words = {
      ready: "Ready: checks run on this device.",
      starting: "Starting… (a few seconds after the browser opens)",
      idle: "Ready to start: it starts when you open X or Facebook.",
      failed: `Not checking: ${(reply && reply.error) || "the rule engine did not start."} Posts are not blocked.`,
    };
    $("status-dot").className = `dot ${state}`;
    $("status-text").textContent = words[state] || words.failed;
    return state;
  }

  async function init() {
    $("open-options").addEventListener("click", (e) => {
      e.preventDefault();
      chrome.runtime.openOptionsPage();
      window.close();
    });
    const { settings: raw } = await chrome.storage.sync.get("settings");
    const settings = S.normalize(raw).settings;
    const site = await currentSite();
    if (site) {
      $("site-line").textContent = `You are on ${site.name}.`;
      $("site-row").hidden = false;
      $("site-label").textContent = `Check my posts and likes on ${site.name}`;
      $("site-toggle").checked = settings.sites[site.id] !== false;
      $("site-toggle").setAttribute("data-sl-site", site.id);
      $("site-toggle").addEventListener("change", async () => {
        const { settings: latest } = await chrome.storage.sync.get("settings");
        const next = S.normalize(latest).settings;
        next.sites[site.id] = $("site-toggle").checked;
        await chrome.storage.sync.set({ settings: next });
      });
    } else {
      $("site-line").textContent = "Second Look works on X and Facebook.";
    }
    let state = await showStatus();
    // Follow a starting runtime until it is ready.
    for (let i = 0; i < 40 && state === "starting"; i += 1) {
      await new Promise((r) => setTimeout(r, 250));
      state = await showStatus();
    }
  }

  init();
})();
