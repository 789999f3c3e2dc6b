// Firefox: the background page (an event page with a DOM) hosts the Pyodide
// runtime itself; Firefox has no offscreen documents and needs none.
import "../shared/protocol.js";
import { createRuntime, listen } from "./runtime.js";
import { notifyTabs, readConfig, watchConfig } from "./config.js";

const P = globalThis.SecondLookProtocol;
const runtime = createRuntime({ getConfig: readConfig });

listen(runtime, { trusted: (sender) => !sender.tab && sender.id === chrome.runtime.id });

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || msg.to !== P.TO.BACKGROUND) return false;
  if (msg.type === P.MSG.WARMUP) {
    runtime.start().then(() => sendResponse(runtime.status()), () => sendResponse(runtime.status()));
    return true;
  }
  if (msg.type === P.MSG.RUNTIME_STATUS) {
    sendResponse(runtime.status());
    return false;
  }
  sendResponse({ ok: false, error: `The background does not answer ${msg.type}.` });
  return false;
});

watchConfig(async (settings) => {
  await runtime.handleMessage({ to: P.TO.RUNTIME, type: P.MSG.CONFIGURE, settings }).catch(() => {});
  await notifyTabs();
});
