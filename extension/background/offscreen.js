// Chrome: the offscreen document that owns the Pyodide runtime. It outlives
// service-worker restarts, so Python is loaded once per browser session.
import "../shared/protocol.js";
import { createRuntime, listen } from "./runtime.js";

const P = globalThis.SecondLookProtocol;

const runtime = createRuntime({
  getConfig: async () => {
    const reply = await chrome.runtime.sendMessage({ to: P.TO.BACKGROUND, type: P.MSG.GET_CONFIG });
    return reply && reply.ok ? reply.settings : null;
  },
});

// Messages from the service worker have no tab; content scripts always do.
listen(runtime, { trusted: (sender) => !sender.tab && sender.id === chrome.runtime.id });
runtime.start().catch(() => {});
