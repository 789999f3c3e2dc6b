// Second Look message protocol: the one place that defines every message that
// crosses between extension contexts, its fields and its limits.
//
// Loaded as a classic script (content scripts cannot import modules) and as a
// side-effect import from module contexts; either way it defines
// globalThis.SecondLookProtocol.
//
// Directions:
//   content/options/popup -> runtime    (answered by the Pyodide host: the
//                                        offscreen document in Chrome, the
//                                        background page in Firefox)
//   content/options/popup -> background (answered by the service worker /
//                                        Firefox background page)
//   background -> runtime               (configure, status)
// Content scripts are untrusted: every field they send is validated here
// before it reaches Python.
(function () {
  "use strict";

  const TO = Object.freeze({ RUNTIME: "runtime", BACKGROUND: "background" });

  const MSG = Object.freeze({
    // to runtime
    CHECK: "check", // {text, context, settings?, account?, parent?} -> {ok, findings[], ms}
    //                 parent: the post being replied to or commented on
    CATALOGUE: "catalogue", // {} -> {ok, catalogue}
    HASH: "hash", // {values[], salt} -> {ok, hashes[]}
    CONFIGURE: "configure", // {settings} -> {ok}   (background only)
    STATUS: "status", // {wait?} -> {ok, state, loads, bootId, ...}
    // to background
    WARMUP: "warmup", // {} -> status of the runtime once it is ready
    RUNTIME_STATUS: "runtime-status", // {} -> status without starting it
    GET_CONFIG: "get-config", // runtime asks background for settings at boot
    // to content scripts
    SETTINGS_APPLIED: "settings-applied", // the runtime uses new settings: check again
    WHICH_SITE: "which-site", // popup asks a tab which supported site it shows
  });

  const CONTEXTS = Object.freeze(["post", "reply", "comment", "message", "like"]);

  const LIMITS = Object.freeze({
    MAX_TEXT: 50000, // characters (UTF-16 code units) per check
    MAX_HASH_VALUES: 1000, // identifiers hashed in one request
    MAX_VALUE_LENGTH: 200, // characters per identifier
    CHECK_TIMEOUT_MS: 2000, // after this a check fails open
    WARMUP_TIMEOUT_MS: 30000,
  });

  // Returns null when the message is well-formed, otherwise a sentence
  // saying what is wrong.
  function validate(msg) {
    if (!msg || typeof msg !== "object") return "A message must be an object.";
    if (msg.to !== TO.RUNTIME && msg.to !== TO.BACKGROUND) return "Unknown message target.";
    switch (msg.type) {
      case MSG.CHECK:
        if (typeof msg.text !== "string") return "A check needs a text string.";
        if (msg.text.length > LIMITS.MAX_TEXT) return `The text is longer than ${LIMITS.MAX_TEXT} characters.`;
        if (!CONTEXTS.includes(msg.context)) return `Unknown context: ${String(msg.context)}.`;
        if (msg.settings != null && typeof msg.settings !== "object") return "Settings must be an object.";
        if (msg.parent != null && (typeof msg.parent !== "string" || msg.parent.length > LIMITS.MAX_TEXT)) return "The replied-to post must be a string.";
        if (msg.account != null && msg.account !== "personal" && msg.account !== "professional") return "Unknown account kind.";
        return null;
      case MSG.HASH:
        if (!Array.isArray(msg.values) || msg.values.length > LIMITS.MAX_HASH_VALUES) return "Hash needs a list of values.";
        if (!msg.values.every((v) => typeof v === "string" && v.length <= LIMITS.MAX_VALUE_LENGTH)) return "Each value must be a short string.";
        if (typeof msg.salt !== "string" || !msg.salt) return "Hash needs a salt.";
        return null;
      case MSG.CONFIGURE:
        if (!msg.settings || typeof msg.settings !== "object") return "Configure needs settings.";
        return null;
      case MSG.CATALOGUE:
      case MSG.STATUS:
      case MSG.WARMUP:
      case MSG.RUNTIME_STATUS:
      case MSG.GET_CONFIG:
        return null;
      default:
        return `Unknown message type: ${String(msg.type)}.`;
    }
  }

  globalThis.SecondLookProtocol = Object.freeze({ TO, MSG, CONTEXTS, LIMITS, validate });
})();
