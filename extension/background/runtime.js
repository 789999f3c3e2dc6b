// The Pyodide host: loads Python from the extension's own files, installs the
// pycore wheel and answers requests. Runs in the Chrome offscreen document and
// in the Firefox background page, never in a content script (see README,
// "Design decisions").
import { loadPyodide } from "../vendor/pyodide/pyodide.mjs";
import "../shared/protocol.js";
import { snapshotKey, loadSnapshot, saveSnapshot, dropSnapshot } from "./snapshot.js";

const P = globalThis.SecondLookProtocol;

export function createRuntime({ getConfig }) {
  const state = {
    state: "idle", // idle | starting | ready | failed
    error: null,
    loads: 0, // how many times Pyodide was loaded in this document
    bootId: Math.random().toString(36).slice(2),
    timings: {},
    pyodideVersion: null,
    pycoreVersion: null,
  };
  let handle = null; // the Python function pycore.bridge.handle (a PyProxy kept here)
  let configured = null; // the settings last given to Python, for per-check account overrides
  let booting = null;

  function start() {
    if (!booting) booting = boot();
    return booting;
  }

  async function boot() {
    state.state = "starting";
    state.loads += 1;
    const t0 = performance.now();
    try {
      const base = chrome.runtime.getURL("vendor/");
      const info = await (await fetch(base + "build-info.json")).json();
      const key = snapshotKey(info);
      const lockPromise = fetch(base + "pyodide/pyodide-lock.json").then((r) => r.text());
      const options = { indexURL: base + "pyodide/", lockFileContents: lockPromise, packages: [], fullStdLib: false };
      const snapshot = await loadSnapshot(key);
      let pyodide = null;
      let fromSnapshot = false;
      const wheelPromise = fetch(base + info.wheel).then((r) => r.arrayBuffer());
      if (snapshot) {
        try {
          pyodide = await loadPyodide({ ...options, _loadSnapshot: snapshot });
          // A restored snapshot has Python's memory but no files: put pycore's files back,
          // for what it reads after the snapshot (the model's weights, on the first check).
          pyodide.unpackArchive(await wheelPromise, "wheel");
          handle = pyodide.runPython("import pycore.bridge\npycore.bridge.handle");
          fromSnapshot = true;
        } catch (err) {
          await dropSnapshot(key); // a bad snapshot: start the ordinary way
          pyodide = null;
        }
      }
      let t1 = performance.now();
      let t2 = t1;
      let pending = null;
      if (!fromSnapshot) {
        pyodide = await loadPyodide({ ...options, _makeSnapshot: true });
        t1 = performance.now();
        pyodide.unpackArchive(await wheelPromise, "wheel");
        t2 = performance.now();
        pyodide.runPython("import pycore.bridge");
        // Taken now, before settings or client hashes reach Python.
        try {
          pending = pyodide.makeMemorySnapshot();
        } catch (err) {
          pending = null;
        }
        handle = pyodide.runPython("import pycore.bridge\npycore.bridge.handle");
      }
      const t3 = performance.now();
      state.pyodideVersion = pyodide.version;
      state.timings = {
        fromSnapshot,
        loadPyodideMs: Math.round((fromSnapshot ? t3 : t1) - t0),
        installWheelMs: Math.round(t2 - t1),
        importPycoreMs: Math.round(t3 - t2),
      };
      // in the background; the next start uses it
      const saved = pending ? saveSnapshot(key, pending) : Promise.resolve(false);
      const version = call({ op: "version" });
      state.pycoreVersion = version.ok ? version.version : null;
      const settings = await getConfig().catch(() => null);
      if (settings) configure(settings);
      state.timings.readyMs = Math.round(performance.now() - t0);
      state.state = "ready";
      // The model's feature weights are read on the first check (they are kept out of the
      // snapshot); do that now, while the person is still reading, not on their first word,
      // and only once a new snapshot is stored (the work would hold up the storing).
      saved.finally(() => {
        try {
          call({ op: "check", text: "Second Look is ready.", context: "post" });
        } catch (err) {
          // a real check reports any problem; this one only warms up
        }
      });
    } catch (err) {
      state.state = "failed";
      state.error = `The rule engine could not start: ${err && err.message ? err.message : String(err)}`;
      booting = null; // a later request may try again
      throw err;
    }
  }

  // Python receives and returns JSON strings only: no proxies leave this module.
  function call(request) {
    return JSON.parse(handle(JSON.stringify(request)));
  }

  function configure(settings) {
    configured = settings;
    return call({ op: "configure", settings });
  }

  function status() {
    const { state: s, error, loads, bootId, timings, pyodideVersion, pycoreVersion } = state;
    return { ok: true, state: s, error, loads, bootId, timings, pyodideVersion, pycoreVersion };
  }

  async function handleMessage(msg) {
    const problem = P.validate(msg);
    if (problem) return { ok: false, error: problem };
    switch (msg.type) {
      case P.MSG.STATUS:
        if (msg.wait) await start().catch(() => {});
        return status();
      case P.MSG.CHECK: {
        await start();
        const t0 = performance.now();
        const request = { op: "check", text: msg.text, context: msg.context };
        if (msg.parent) request.parent = msg.parent;
        if (msg.settings) request.settings = msg.settings;
        else if (msg.account === "personal") request.settings = { ...(configured || {}), account: "personal" };
        const out = call(request);
        out.ms = performance.now() - t0;
        return out;
      }
      case P.MSG.CATALOGUE:
        await start();
        return call({ op: "catalogue" });
      case P.MSG.HASH:
        await start();
        return call({ op: "hash", values: msg.values, salt: msg.salt });
      case P.MSG.CONFIGURE:
        await start();
        return configure(msg.settings);
      default:
        return { ok: false, error: `The runtime does not answer ${msg.type}.` };
    }
  }

  return { start, status, handleMessage };
}

// Wraps handleMessage for chrome.runtime.onMessage: answers only messages
// addressed to the runtime, and always answers them (errors become {ok:false}).
export function listen(runtime, { trusted }) {
  chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (!msg || msg.to !== P.TO.RUNTIME) return false;
    if (msg.type === P.MSG.CONFIGURE && !trusted(sender)) {
      sendResponse({ ok: false, error: "Only the extension itself may change the settings." });
      return false;
    }
    runtime
      .handleMessage(msg)
      .then(sendResponse, (err) => sendResponse({ ok: false, error: err && err.message ? err.message : String(err) }));
    return true;
  });
}
