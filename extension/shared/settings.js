// Second Look settings: defaults, schema version, migration and validation.
// Classic script (content scripts load it too); defines
// globalThis.SecondLookSettings.
//
// storage.sync  "settings": everything below except the client list
// storage.local "clients":  {salt, hashes[]}  (salted hashes only, never names)
(function () {
  "use strict";

  const SCHEMA = 1;
  const SEVERITIES = ["error", "warning", "info"];
  const PAUSE_LEVELS = ["error", "warning", "info"]; // pause on findings at or above

  const DEFAULTS = Object.freeze({
    schema: SCHEMA,
    enabled: true,
    sites: { x: true, facebook: true },
    pauseOn: "warning", // errors and warnings
    strictLikes: false,
    debounceMs: 300,
    disabledCategories: [],
    disabledRules: [],
    severityOverrides: {},
    // Accounts the person marked as professional; others are personal.
    // Empty lists mean: treat every account as professional.
    accounts: { x: [], facebook: [] },
    personalCategories: ["confidentiality"],
    flagTerms: [], // [{term, category}]
    allowTerms: [], // [string]
  });

  function clone(v) {
    return JSON.parse(JSON.stringify(v));
  }

  const isStringList = (v) => Array.isArray(v) && v.every((s) => typeof s === "string");
  const isBool = (v) => typeof v === "boolean";

  const CHECKS = {
    schema: (v) => v === SCHEMA,
    enabled: isBool,
    sites: (v) => v && typeof v === "object" && isBool(v.x) && isBool(v.facebook),
    pauseOn: (v) => PAUSE_LEVELS.includes(v),
    strictLikes: isBool,
    debounceMs: (v) => Number.isInteger(v) && v >= 0 && v <= 5000,
    disabledCategories: isStringList,
    disabledRules: isStringList,
    severityOverrides: (v) =>
      v && typeof v === "object" && !Array.isArray(v) && Object.values(v).every((s) => SEVERITIES.includes(s)),
    accounts: (v) => v && typeof v === "object" && isStringList(v.x) && isStringList(v.facebook),
    personalCategories: isStringList,
    flagTerms: (v) =>
      Array.isArray(v) && v.every((t) => t && typeof t.term === "string" && typeof t.category === "string"),
    allowTerms: isStringList,
  };

  const LABELS = {
    enabled: "Second Look on/off",
    sites: "Sites",
    pauseOn: "When to pause",
    strictLikes: "Stricter likes",
    debounceMs: "Typing delay",
    disabledCategories: "Categories",
    disabledRules: "Rules",
    severityOverrides: "Severities",
    accounts: "Professional accounts",
    personalCategories: "Checks for personal accounts",
    flagTerms: "Terms to flag",
    allowTerms: "Terms to allow",
  };

  // Older schemas are upgraded here, one step at a time.
  const MIGRATIONS = {
    // 0: settings saved before the schema field existed.
    0: (s) => ({ ...s, schema: 1 }),
  };

  // Returns {settings, notices}: every unknown or corrupt value falls back to
  // its default and produces one notice sentence for the person.
  function normalize(raw) {
    const notices = [];
    let s = raw;
    if (s === undefined || s === null) return { settings: clone(DEFAULTS), notices };
    if (typeof s !== "object" || Array.isArray(s)) {
      notices.push("Your Second Look settings could not be read, so the defaults are in use.");
      return { settings: clone(DEFAULTS), notices };
    }
    let version = Number.isInteger(s.schema) ? s.schema : 0;
    while (version < SCHEMA && MIGRATIONS[version]) {
      s = MIGRATIONS[version](s);
      version += 1;
    }
    const out = clone(DEFAULTS);
    for (const key of Object.keys(DEFAULTS)) {
      if (key === "schema") continue;
      if (!(key in s)) continue;
      if (CHECKS[key](s[key])) out[key] = clone(s[key]);
      else notices.push(`The setting "${LABELS[key]}" was not valid and has been reset to its default.`);
    }
    return { settings: out, notices };
  }

  function normalizeClients(raw) {
    if (raw && typeof raw.salt === "string" && raw.salt && isStringList(raw.hashes)) {
      return { clients: { salt: raw.salt, hashes: raw.hashes.slice() }, notices: [] };
    }
    const notices = raw == null ? [] : ["Your stored client identifiers could not be read and were left out."];
    return { clients: null, notices };
  }

  function isProfessional(settings, site, account) {
    const list = (settings.accounts && settings.accounts[site]) || [];
    if (!list.length || !account) return true;
    const norm = (a) => String(a).trim().replace(/^@/, "").toLowerCase();
    return list.map(norm).includes(norm(account));
  }

  // The settings object pycore understands (see pycore's settings contract).
  function toPycore(settings, clients) {
    const out = {
      disabled_categories: settings.disabledCategories,
      disabled_rules: settings.disabledRules,
      severity_overrides: settings.severityOverrides,
      account: "professional",
      personal_categories: settings.personalCategories,
      flag_terms: settings.flagTerms,
      allow_terms: settings.allowTerms,
      strict_likes: settings.strictLikes,
    };
    if (clients) {
      out.client_salt = clients.salt;
      out.client_hashes = clients.hashes;
    }
    return out;
  }

  globalThis.SecondLookSettings = Object.freeze({
    SCHEMA,
    DEFAULTS,
    SEVERITIES,
    PAUSE_LEVELS,
    normalize,
    normalizeClients,
    isProfessional,
    toPycore,
  });
})();
