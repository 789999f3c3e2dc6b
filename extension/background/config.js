// Reads the stored settings and client hashes and turns them into the settings
// pycore understands. Shared by the Chrome service worker and the Firefox
// background page (the only contexts that pass client hashes to Python).
import "../shared/settings.js";
import "../shared/protocol.js";

const S = globalThis.SecondLookSettings;

export async function readConfig() {
  const [{ settings: rawSettings }, { clients: rawClients }] = await Promise.all([
    chrome.storage.sync.get("settings"),
    chrome.storage.local.get("clients"),
  ]);
  const { settings } = S.normalize(rawSettings);
  const { clients } = S.normalizeClients(rawClients);
  return S.toPycore(settings, clients);
}

export function watchConfig(onChange) {
  chrome.storage.onChanged.addListener((changes, area) => {
    if ((area === "sync" && changes.settings) || (area === "local" && changes.clients)) {
      readConfig().then(onChange, () => {});
    }
  });
}

// Tells open tabs that the rule engine now uses the new settings, so their
// content scripts check again (no "tabs" permission needed: only ids are read).
export async function notifyTabs() {
  const tabs = await chrome.tabs.query({});
  for (const tab of tabs) {
    chrome.tabs.sendMessage(tab.id, { type: globalThis.SecondLookProtocol.MSG.SETTINGS_APPLIED }).catch(() => {});
  }
}
