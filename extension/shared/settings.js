// Second Look settings: defaults, schema version, migration and validation.
// Classic script (content scripts load it too); defines
// globalThis.SecondLookSettings.
//
// storage.sync  "settings": everything below except the client list
// storage.local "clients":  {salt, hashes[]}  (salted hashes only, never names;
//                           one random salt per install)
//
// Reading never throws: a value of the wrong shape falls back to its default
// and produces one notice sentence the options page and the popup show.
(function () {
  "use strict";

  const SCHEMA = 1;
  const SEVERITIES = ["error", "warning", "info"];
  const PAUSE_LEVELS = ["error", "warning", "info"]; // pause on findings at or above
  const SITES = ["x", "facebook"];
  const DEBOUNCE = Object.freeze({ MIN: 0, MAX: 5000 });
  // storage.sync allows 8,192 bytes per item: keep lists well below that.
  const MAX_TERMS = 200;
  const MAX_TERM_LENGTH = 100;
  const MAX_ACCOUNTS = 50;

  const DEFAULTS = Object.freeze({
    schema: SCHEMA,
    enabled: true,
    sites: { x: true, facebook: true },
    pauseOn: "warning", // errors and warnings
    strictLikes: false,
    debounceMs: 300,
    disabledCategories: [],
    disabledRules: [],
    severityOverrides: {}, // {category or rule id: severity}
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

  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  const isBool = (v) => typeof v === "boolean";
  const isId = (v) => typeof v === "string" && v.length > 0 && v.length <= 100;
  const isTerm = (v) => typeof v === "string" && v.trim().length > 0 && v.length <= MAX_TERM_LENGTH;
  const isHandle = (v) => typeof v === "string" && v.trim().length > 0 && v.length <= 100;
  const isFlagTerm = (t) => isObject(t) && isTerm(t.term) && isId(t.category);

  const LABELS = Object.freeze({
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
  });

  // Lists keep their valid items; a list with invalid items loses only those.
  function list(check, limit) {
    return (v) => {
      if (!Array.isArray(v)) return { ok: false };
      const kept = [];
      const seen = new Set();
      let invalid = 0;
      for (const item of v) {
        if (!check(item)) {
          invalid += 1;
          continue;
        }
        const key = JSON.stringify(item);
        if (seen.has(key)) continue; // a repeated entry is not an error
        seen.add(key);
        kept.push(item);
      }
      const value = kept.slice(0, limit);
      return { ok: true, value, partial: invalid > 0 || value.length < kept.length };
    };
  }

  // Each reader returns {ok, value, partial}: ok false means "use the default".
  const READERS = {
    enabled: (v) => ({ ok: isBool(v), value: v }),
    sites: (v) => {
      if (!isObject(v)) return { ok: false };
      const value = clone(DEFAULTS.sites);
      let partial = false;
      for (const site of SITES) {
        if (!(site in v)) continue;
        if (isBool(v[site])) value[site] = v[site];
        else partial = true;
      }
      return { ok: true, value, partial };
    },
    pauseOn: (v) => ({ ok: PAUSE_LEVELS.includes(v), value: v }),
    strictLikes: (v) => ({ ok: isBool(v), value: v }),
    debounceMs: (v) => ({ ok: Number.isInteger(v) && v >= DEBOUNCE.MIN && v <= DEBOUNCE.MAX, value: v }),
    disabledCategories: list(isId, 1000),
    disabledRules: list(isId, 1000),
    severityOverrides: (v) => {
      if (!isObject(v)) return { ok: false };
      const value = {};
      let partial = false;
      for (const [k, s] of Object.entries(v)) {
        if (isId(k) && SEVERITIES.includes(s)) value[k] = s;
        else partial = true;
      }
      return { ok: true, value, partial };
    },
    accounts: (v) => {
      if (!isObject(v)) return { ok: false };
      const value = clone(DEFAULTS.accounts);
      let partial = false;
      for (const site of SITES) {
        if (!(site in v)) continue;
        const r = list(isHandle, MAX_ACCOUNTS)(v[site]);
        if (!r.ok) partial = true;
        else {
          value[site] = r.value;
          partial = partial || r.partial;
        }
      }
      return { ok: true, value, partial };
    },
    personalCategories: list(isId, 100),
    flagTerms: (v) => {
      const r = list(isFlagTerm, MAX_TERMS)(v);
      if (r.ok) r.value = r.value.map((t) => ({ term: t.term, category: t.category }));
      return r;
    },
    allowTerms: list(isTerm, MAX_TERMS),
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
    if (!isObject(s)) {
      notices.push("Your Second Look settings could not be read, so the defaults are in use.");
      return { settings: clone(DEFAULTS), notices };
    }
    let version = Number.isInteger(s.schema) && s.schema >= 0 ? s.schema : 0;
    try {
      while (version < SCHEMA && MIGRATIONS[version]) {
        s = MIGRATIONS[version](s);
        version += 1;
      }
    } catch (err) {
      notices.push("Your Second Look settings could not be upgraded, so the defaults are in use.");
      return { settings: clone(DEFAULTS), notices };
    }
    if (version > SCHEMA) {
      notices.push("Your settings were saved by a newer version of Second Look: the options this version knows are in use.");
    }
    const out = clone(DEFAULTS);
    for (const key of Object.keys(DEFAULTS)) {
      if (key === "schema" || !(key in s)) continue;
      let r;
      try {
        r = READERS[key](s[key]);
      } catch (err) {
        r = { ok: false };
      }
      if (r.ok) {
        out[key] = clone(r.value);
        if (r.partial) notices.push(`Some entries of the setting "${LABELS[key]}" were not valid and have been left out.`);
      } else {
        notices.push(`The setting "${LABELS[key]}" was not valid and has been reset to its default.`);
      }
    }
    return { settings: out, notices };
  }

  const HEX64 = /^[0-9a-f]{64}$/;

  function normalizeClients(raw) {
    if (raw == null) return { clients: null, notices: [] };
    if (isObject(raw) && typeof raw.salt === "string" && /^[0-9a-f]{16,128}$/.test(raw.salt) && Array.isArray(raw.hashes)) {
      const hashes = [...new Set(raw.hashes.filter((h) => typeof h === "string" && HEX64.test(h)))];
      const notices = hashes.length === raw.hashes.length ? [] : ["Some stored client identifiers could not be read and were left out."];
      return { clients: { salt: raw.salt, hashes }, notices };
    }
    return { clients: null, notices: ["Your stored client identifiers could not be read and were left out."] };
  }

  function normAccount(a) {
    return String(a).trim().replace(/^@/, "").toLowerCase();
  }

  function isProfessional(settings, site, account) {
    const list = (settings.accounts && settings.accounts[site]) || [];
    if (!list.length || !account) return true;
    return list.map(normAccount).includes(normAccount(account));
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

  // A fresh random salt (hex) for this install's client hashes.
  function newSalt() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  globalThis.SecondLookSettings = Object.freeze({
    SCHEMA,
    DEFAULTS,
    SEVERITIES,
    PAUSE_LEVELS,
    SITES,
    LABELS,
    DEBOUNCE,
    MAX_TERMS,
    MAX_TERM_LENGTH,
    MAX_ACCOUNTS,
    normalize,
    normalizeClients,
    normAccount,
    isProfessional,
    toPycore,
    newSalt,
  });
})();
