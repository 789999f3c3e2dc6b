// Chrome service worker: routes messages and owns the one offscreen document
// that hosts the Pyodide runtime. It holds no Python itself, so Chrome may stop
// it when idle at no cost: the offscreen document (and Python) lives on.
import "../shared/protocol.js";
import "../shared/settings.js";
import { notifyTabs, readConfig, watchConfig } from "./config.js";

const P = globalThis.SecondLookProtocol;
const OFFSCREEN_URL = chrome.runtime.getURL("background/offscreen.html");
let creating = null; // the one in-flight createDocument, shared by all callers

async function hasOffscreen() {
  const contexts = await chrome.runtime.getContexts({
    contextTypes: ["OFFSCREEN_DOCUMENT"],
    documentUrls: [OFFSCREEN_URL],
  });
  return contexts.length > 0;
}

async function ensureOffscreen() {
  if (await hasOffscreen()) return;
  if (!creating) {
    creating = chrome.offscreen
      .createDocument({
        url: OFFSCREEN_URL,
        reasons: ["WORKERS"],
        justification: "Runs the Second Look rule engine (Python compiled to WebAssembly) on this device.",
      })
      .catch((err) => {
        // Another path created it first: that is fine.
        if (!/single offscreen/i.test(String(err && err.message))) throw err;
      })
      .finally(() => {
        creating = null;
      });
  }
  await creating;
}

function toRuntime(message) {
  return chrome.runtime.sendMessage({ ...message, to: P.TO.RUNTIME });
}

async function warmup() {
  await ensureOffscreen();
  // The document may still be loading its script: retry until it answers.
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      const status = await toRuntime({ type: P.MSG.STATUS, wait: true });
      if (status) return status;
    } catch (err) {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { ok: false, state: "failed", error: "The rule engine did not answer." };
}

async function runtimeStatus() {
  if (!(await hasOffscreen())) return { ok: true, state: "idle", loads: 0 };
  try {
    return await toRuntime({ type: P.MSG.STATUS });
  } catch (err) {
    return { ok: true, state: "starting", loads: 0 };
  }
}

async function handle(msg) {
  switch (msg.type) {
    case P.MSG.WARMUP:
      return warmup();
    case P.MSG.RUNTIME_STATUS:
      return runtimeStatus();
    case P.MSG.GET_CONFIG:
      return { ok: true, settings: await readConfig() };
    default:
      return { ok: false, error: `The background does not answer ${msg.type}.` };
  }
}

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || msg.to !== P.TO.BACKGROUND) return false; // runtime messages: the offscreen document answers
  const problem = P.validate(msg);
  if (problem) {
    sendResponse({ ok: false, error: problem });
    return false;
  }
  handle(msg).then(sendResponse, (err) => sendResponse({ ok: false, error: String(err && err.message) }));
  return true;
});

// Settings changed (options page, another device): reconfigure Python at once.
watchConfig(async (settings) => {
  if (!(await hasOffscreen())) return; // a runtime that starts later reads the settings itself
  await toRuntime({ type: P.MSG.CONFIGURE, settings }).catch(() => {});
  await notifyTabs();
});

