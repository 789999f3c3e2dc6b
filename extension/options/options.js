// Options page: the person decides what Second Look checks.
//
// Settings live in storage.sync "settings" (see shared/settings.js); the
// client list lives in storage.local "clients" as {salt, hashes[]} only: names
// are hashed by the rule engine (the runtime's "hash" message) and never
// stored or shown. Every change is saved at once; the service worker then
// reconfigures the rule engine and tells open tabs to check again.
//
// The categories and rules are rendered from pycore's catalogue (the runtime's
// "catalogue" message): no rule text lives in this file.
(function () {
  "use strict";
  const P = globalThis.SecondLookProtocol;
  const S = globalThis.SecondLookSettings;
  const SL = globalThis.SecondLook;
  const $ = (id) => document.getElementById(id);
  const el = (...a) => SL.el(...a);

  // The category ids are a contract (guidance.md); titles come from the catalogue.
  const CATEGORY_IDS = ["confidentiality", "profanity", "informal-tone", "personal-content", "distress-risk",
    "stigmatizing-language", "non-affirming-language", "victim-blaming", "political", "dual-relationship",
    "sensitive-contact", "testimonial", "misleading-claim", "public-diagnosis"];
  // The confidentiality rule that matches the hashed client list (pycore CONF009).
  const CLIENT_RULE = "CONF009";
  const SEVERITY_WORD = { error: "Serious", warning: "Worth a look", info: "Note" };
  const SYNC_ITEM_LIMIT = 8000; // storage.sync: 8,192 bytes per item
  const EXPORT_FORMAT = "second-look-settings";

  let settings = S.normalize(undefined).settings;
  let clients = null; // {salt, hashes} or null
  let catalogue = null; // {categories, rules, version}
  // A runtime error can carry a whole Python traceback: keep its last line.
  const short = (err) => {
    const msg = String(err && err.message ? err.message : err || "unknown error");
    const lines = msg.split("\n").map((l) => l.trim()).filter(Boolean);
    const last = lines.length ? lines[lines.length - 1] : msg;
    return last.length > 200 ? `${last.slice(0, 197)}…` : last;
  };
  const categoryTitle = (id) => {
    const c = catalogue && catalogue.categories.find((x) => x.id === id);
    return c ? c.title : id;
  };

  // ------------------------------------------------------------------ storage

  async function readStored() {
    const [{ settings: rawSettings }, { clients: rawClients }] = await Promise.all([
      chrome.storage.sync.get("settings"),
      chrome.storage.local.get("clients"),
    ]);
    return { rawSettings, rawClients };
  }

  function showNotices(list) {
    $("notice-list").replaceChildren(...list.map((n) => el("li", { text: n })));
    $("notices").hidden = list.length === 0;
  }

  let settingsNotices = [];
  let clientNotices = [];
  function applyStored({ rawSettings, rawClients }, which = { settings: true, clients: true }) {
    if (which.settings) {
      const n = S.normalize(rawSettings);
      settings = n.settings;
      settingsNotices = n.notices;
    }
    if (which.clients) {
      const c = S.normalizeClients(rawClients);
      clients = c.clients;
      clientNotices = c.notices;
    }
    showNotices([...settingsNotices, ...clientNotices]);
  }

  let statusTimer = null;
  function saved(text = "Saved", isError = false) {
    const box = $("save-status");
    box.textContent = text;
    box.classList.toggle("error", isError);
    clearTimeout(statusTimer);
    if (!isError) statusTimer = setTimeout(() => (box.textContent = ""), 2500);
  }

  // Read-modify-write, one at a time, so quick successive changes (and changes
  // made elsewhere, e.g. "Turn off this rule" in a tab) never overwrite each other.
  let queue = Promise.resolve();
  function update(mutate) {
    queue = queue.then(async () => {
      const { settings: raw } = await chrome.storage.sync.get("settings");
      const next = S.normalize(raw).settings;
      mutate(next);
      if (JSON.stringify({ settings: next }).length > SYNC_ITEM_LIMIT) {
        saved("Not saved: too many terms or accounts to sync. Remove some first.", true);
        render();
        return;
      }
      await chrome.storage.sync.set({ settings: next });
      settings = next;
      settingsNotices = [];
      showNotices(clientNotices);
      render();
      saved();
    }).catch((err) => saved(`Not saved: ${err && err.message ? err.message : err}`, true));
    return queue;
  }

  const toggleIn = (list, id, on) => {
    const i = list.indexOf(id);
    if (on && i < 0) list.push(id);
    if (!on && i >= 0) list.splice(i, 1);
  };

  // ------------------------------------------------------------------ render

  function render() {
    $("enabled").checked = settings.enabled;
    for (const site of S.SITES) $(`site-${site}`).checked = settings.sites[site];
    $("debounce").value = String(settings.debounceMs);
    $("debounce-out").textContent = `${settings.debounceMs} ms`;
    for (const r of document.querySelectorAll('input[name="pauseOn"]')) r.checked = r.value === settings.pauseOn;
    $("strict-likes").checked = settings.strictLikes;
    renderCategoryStates();
    renderChips($("acc-x-list"), settings.accounts.x, (v) => v, "No handles listed: every X account is treated as professional.",
      (v) => update((s) => toggleIn(s.accounts.x, v, false)), "handle");
    renderChips($("acc-fb-list"), settings.accounts.facebook, (v) => v, "No Pages listed: every Facebook account is treated as professional.",
      (v) => update((s) => toggleIn(s.accounts.facebook, v, false)), "Page");
    renderPersonal();
    renderChips($("flag-list"), settings.flagTerms, (t) => [t.term, el("span", { class: "cat", text: categoryTitle(t.category) })],
      "No terms to flag.", (t) => update((s) => (s.flagTerms = s.flagTerms.filter((x) => x.term !== t.term || x.category !== t.category))), "term",
      (t) => t.term);
    renderChips($("allow-list"), settings.allowTerms, (v) => v, "No terms to allow.",
      (v) => update((s) => toggleIn(s.allowTerms, v, false)), "term");
    renderClients();
  }

  function renderChips(ul, items, label, emptyText, onRemove, noun, name = (v) => v) {
    if (!items.length) {
      ul.replaceChildren(el("li", { class: "empty", text: emptyText }));
      return;
    }
    ul.replaceChildren(...items.map((item) =>
      el("li", {},
        el("span", {}, label(item)),
        el("button", { type: "button", "aria-label": `Remove ${noun} ${name(item)}`, title: "Remove", text: "×", onclick: () => onRemove(item) }))));
  }

  // Categories and rules, built once from the catalogue, then kept in sync.
  function buildCategories() {
    const list = $("category-list");
    const rulesBy = new Map();
    for (const r of catalogue.rules) {
      if (!rulesBy.has(r.category)) rulesBy.set(r.category, []);
      rulesBy.get(r.category).push(r);
    }
    list.replaceChildren(...catalogue.categories.map((c) => {
      const rules = rulesBy.get(c.id) || [];
      const idBase = `cat-${c.id}`;
      const sevSelect = el("select", { id: `${idBase}-sev`, "data-sl-severity-for": c.id },
        el("option", { value: "", text: `Default (${SEVERITY_WORD[c.default_severity] || c.default_severity})` }),
        ...S.SEVERITIES.map((s) => el("option", { value: s, text: SEVERITY_WORD[s] })));
      sevSelect.addEventListener("change", () => update((s) => {
        if (sevSelect.value) s.severityOverrides[c.id] = sevSelect.value;
        else delete s.severityOverrides[c.id];
      }));
      const toggle = el("input", { type: "checkbox", id: idBase, "data-sl-toggle": c.id, "aria-describedby": `${idBase}-desc` });
      toggle.addEventListener("change", () => update((s) => toggleIn(s.disabledCategories, c.id, !toggle.checked)));
      const ruleItems = rules.map((r) => {
        const rid = `rule-${r.id}`;
        const box = el("input", { type: "checkbox", id: rid, "data-sl-toggle": r.id, "aria-describedby": `${rid}-desc` });
        box.addEventListener("change", () => update((s) => toggleIn(s.disabledRules, r.id, !box.checked)));
        const meta = [SEVERITY_WORD[r.severity] || r.severity];
        if (Array.isArray(r.contexts) && r.contexts.length && r.contexts.length < P.CONTEXTS.length) meta.push(`in ${r.contexts.join(", ")}`);
        if (r.requires === "strict_likes") meta.push("with stricter likes");
        if (r.source) meta.push(`Source: ${r.source}`);
        return el("li", { class: "rule", "data-sl-rule-row": r.id },
          el("label", { class: "check", for: rid }, box,
            el("span", {}, el("span", { class: "rule-title", text: r.title }), el("span", { class: "rule-id", text: r.id }))),
          el("p", { class: "rule-desc", id: `${rid}-desc`, text: r.description || r.what || r.message || "" }),
          el("p", { class: "rule-meta", text: meta.join(" · ") }));
      });
      return el("div", { class: "category", "data-sl-category-row": c.id },
        el("div", { class: "cat-head" },
          el("label", { class: "check", for: idBase }, toggle, el("span", { class: "cat-title", text: c.title })),
          el("label", { class: "sev", for: `${idBase}-sev` },
            el("span", { class: `dot ${c.default_severity}`, "aria-hidden": "true" }), "Severity", sevSelect)),
        el("p", { class: "cat-desc", id: `${idBase}-desc`, text: c.description }),
        rules.length
          ? el("details", {},
            el("summary", { text: `${rules.length} ${rules.length === 1 ? "rule" : "rules"}` }),
            el("ul", { class: "rules", "aria-label": `Rules in ${c.title}` }, ruleItems))
          : null);
    }));
    const select = $("flag-category");
    const current = select.value;
    select.replaceChildren(...catalogue.categories.map((c) => el("option", { value: c.id, text: c.title })));
    if (current) select.value = current;
  }

  function renderCategoryStates() {
    for (const row of document.querySelectorAll("[data-sl-category-row]")) {
      const id = row.getAttribute("data-sl-category-row");
      const on = !settings.disabledCategories.includes(id);
      row.classList.toggle("off", !on);
      row.querySelector(`input[data-sl-toggle="${CSS.escape(id)}"]`).checked = on;
      row.querySelector("select[data-sl-severity-for]").value = settings.severityOverrides[id] || "";
    }
    for (const row of document.querySelectorAll("[data-sl-rule-row]")) {
      const id = row.getAttribute("data-sl-rule-row");
      const on = !settings.disabledRules.includes(id);
      row.classList.toggle("off", !on);
      row.querySelector("input").checked = on;
    }
  }

  function renderPersonal() {
    const box = $("personal-list");
    const ids = catalogue ? catalogue.categories.map((c) => c.id) : CATEGORY_IDS;
    if (box.childElementCount !== ids.length) {
      box.replaceChildren(...ids.map((id) => {
        const input = el("input", { type: "checkbox", id: `personal-${id}`, "data-sl-personal": id });
        input.addEventListener("change", () => update((s) => toggleIn(s.personalCategories, id, input.checked)));
        return el("label", { class: "check", for: `personal-${id}` }, input, el("span", { text: categoryTitle(id) }));
      }));
    } else {
      for (const label of box.querySelectorAll("label")) {
        const id = label.querySelector("input").getAttribute("data-sl-personal");
        label.querySelector("span").textContent = categoryTitle(id);
      }
    }
    for (const input of box.querySelectorAll("input")) input.checked = settings.personalCategories.includes(input.getAttribute("data-sl-personal"));
  }

  function renderClients() {
    const n = clients ? clients.hashes.length : 0;
    const count = $("client-count");
    count.textContent = n === 0 ? "No identifiers stored." : `${n} ${n === 1 ? "identifier" : "identifiers"} stored`;
    count.setAttribute("data-sl-client-count", String(n));
    $("client-clear").disabled = n === 0;
  }

  // ------------------------------------------------------------------ catalogue

  async function loadCatalogue() {
    const status = $("catalogue-status");
    status.classList.remove("error");
    status.replaceChildren("Loading the rules from the rule engine… (the first time takes a few seconds)");
    try {
      const reply = await SL.runtime.toRuntime({ type: P.MSG.CATALOGUE });
      if (!reply || !reply.ok) throw new Error((reply && reply.error) || "no answer");
      const cat = reply.catalogue || reply;
      if (!Array.isArray(cat.categories) || !Array.isArray(cat.rules)) throw new Error("the rule list has an unexpected shape");
      catalogue = cat;
      buildCategories();
      const n = cat.rules.length;
      status.textContent = `${cat.categories.length} categories, ${n} rules.`;
      if (cat.version) $("engine-version").textContent = `pycore ${cat.version}`;
      render();
    } catch (err) {
      status.classList.add("error");
      status.replaceChildren(
        `The rule list could not be loaded (${short(err)}). The other options still work. `,
        el("button", { type: "button", class: "secondary", text: "Try again", onclick: loadCatalogue }));
    }
  }

  // ------------------------------------------------------------------ lists

  function listForm(formId, inputId, onAdd) {
    $(formId).addEventListener("submit", (e) => {
      e.preventDefault();
      const input = $(inputId);
      const value = input.value.trim();
      if (!value) return;
      if (onAdd(value) !== false) input.value = "";
    });
  }

  function tooMany(list, max, noun) {
    if (list.length < max) return false;
    saved(`Not saved: at most ${max} ${noun}.`, true);
    return true;
  }

  // ------------------------------------------------------------------ clients

  function identifiers(text) {
    return [...new Set(text.split(/[,;\n]+/).map((v) => v.trim().replace(/\s+/g, " ")).filter(Boolean))];
  }

  async function addClients(e) {
    e.preventDefault();
    const input = $("client-input");
    const result = $("client-test-result");
    const values = identifiers(input.value);
    if (!values.length) return;
    const tooShort = values.filter((v) => (v.match(/[\p{L}\p{N}]/gu) || []).length < 2);
    const tooLong = values.filter((v) => v.length > P.LIMITS.MAX_VALUE_LENGTH);
    if (tooShort.length || tooLong.length) {
      result.className = "result error";
      result.textContent = tooShort.length
        ? "Each identifier needs at least two letters or digits (initials like “J.D.” are fine)."
        : `Each identifier can be at most ${P.LIMITS.MAX_VALUE_LENGTH} characters.`;
      return;
    }
    $("client-add").disabled = true;
    try {
      const { clients: raw } = await chrome.storage.local.get("clients");
      const current = S.normalizeClients(raw).clients || { salt: S.newSalt(), hashes: [] };
      const reply = await SL.runtime.toRuntime({ type: P.MSG.HASH, values, salt: current.salt });
      if (!reply || !reply.ok || !Array.isArray(reply.hashes)) throw new Error((reply && reply.error) || "the rule engine did not answer");
      const before = current.hashes.length;
      const hashes = [...new Set([...current.hashes, ...reply.hashes])];
      await chrome.storage.local.set({ clients: { salt: current.salt, hashes } });
      input.value = ""; // the plain names are gone from the page
      clients = { salt: current.salt, hashes };
      clientNotices = [];
      showNotices(settingsNotices);
      renderClients();
      const added = hashes.length - before;
      result.className = "result";
      result.textContent = added === values.length
        ? `${added} ${added === 1 ? "identifier" : "identifiers"} added.`
        : `${added} added; ${values.length - added} ${values.length - added === 1 ? "was" : "were"} already stored.`;
    } catch (err) {
      result.className = "result error";
      result.textContent = `Not added: ${short(err)}.`;
    } finally {
      $("client-add").disabled = false;
    }
  }

  async function testClients(e) {
    e.preventDefault();
    const text = $("client-test").value;
    const result = $("client-test-result");
    if (!text.trim()) return;
    if (!clients || !clients.hashes.length) {
      result.className = "result";
      result.textContent = "No identifiers are stored yet.";
      return;
    }
    result.className = "result";
    result.textContent = "Checking…";
    // Only the client list: the person's other settings do not matter here.
    const override = await SL.runtime.toRuntime({
      type: P.MSG.CHECK, text: text.slice(0, P.LIMITS.MAX_TEXT), context: "post",
      settings: { client_salt: clients.salt, client_hashes: clients.hashes },
    }).catch((err) => ({ ok: false, error: err.message }));
    if (!override || !override.ok) {
      result.className = "result error";
      result.textContent = `Could not test: ${short((override && override.error) || "no answer from the rule engine")}.`;
      return;
    }
    const hits = override.findings.filter((f) => f.rule === CLIENT_RULE);
    if (!hits.length) {
      result.className = "result nomatch";
      result.setAttribute("data-sl-match", "no");
      result.textContent = "No match: nothing in this text matches a stored identifier.";
      return;
    }
    const words = [...new Set(hits.map((f) => `“${text.slice(f.start, f.end)}”`))].join(", ");
    let extra = "";
    if (settings.disabledCategories.includes("confidentiality") || settings.disabledRules.includes(CLIENT_RULE)) {
      extra = " Note: this check is switched off above, so it will not be flagged while you post.";
    }
    result.className = "result match";
    result.setAttribute("data-sl-match", "yes");
    result.textContent = `Match: ${words} ${hits.length === 1 ? "matches" : "match"} a stored identifier.${extra}`;
  }

  function confirmStep(buttonId, boxId, yesId, noId, action) {
    const button = $(buttonId);
    const box = $(boxId);
    button.addEventListener("click", () => {
      box.hidden = false;
      button.hidden = true;
      $(noId).focus();
    });
    const close = () => {
      box.hidden = true;
      button.hidden = false;
      button.focus();
    };
    $(noId).addEventListener("click", close);
    $(yesId).addEventListener("click", async () => {
      await action();
      close();
    });
  }

  async function clearClients() {
    // The salt stays: it belongs to this install.
    const { clients: raw } = await chrome.storage.local.get("clients");
    const current = S.normalizeClients(raw).clients;
    await chrome.storage.local.set({ clients: { salt: current ? current.salt : S.newSalt(), hashes: [] } });
    clients = { salt: current ? current.salt : "", hashes: [] };
    clientNotices = [];
    showNotices(settingsNotices);
    renderClients();
    $("client-test-result").className = "result";
    $("client-test-result").textContent = "All identifiers were cleared.";
    saved("Cleared");
  }

  // ------------------------------------------------------------------ try it

  const tryIt = { seq: 0, overlay: null, ignored: new Set(), findings: [], text: "" };

  function setupTry() {
    const area = $("try-text");
    const host = $("try-findings");
    const shadow = host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = `${SL.UI_CSS}
      .list { border: 1px solid #e4eaee; border-radius: 10px; margin-top: 8px; background: #fff; }`;
    const wrap = el("div", { class: "sl" });
    shadow.append(style, wrap);
    tryIt.wrap = wrap;
    tryIt.overlay = new SL.Overlay(area, {
      onApply: (f, s) => {
        SL.replaceText(area, f.start, f.end, s);
        runTry();
      },
      onIgnore: (f) => {
        tryIt.ignored.add(`${f.rule}|${tryIt.text.slice(f.start, f.end)}`);
        showTry(tryIt.findings, tryIt.text);
      },
      onDisableRule: (f) => update((s) => toggleIn(s.disabledRules, f.rule, true)),
    });
    const scheduled = SL.debounce(runTry, settings.debounceMs);
    tryIt.scheduled = scheduled;
    area.addEventListener("input", () => {
      scheduled.ms = settings.debounceMs;
      scheduled();
    });
    $("try-context").addEventListener("change", runTry);
    $("try-account").addEventListener("change", runTry);
  }

  function showTry(findings, text) {
    tryIt.findings = findings;
    tryIt.text = text;
    const visible = findings.filter((f) => !tryIt.ignored.has(`${f.rule}|${text.slice(f.start, f.end)}`));
    const model = SL.readEditor($("try-text"));
    if (model.text === text) tryIt.overlay.update(visible, model);
    const status = $("try-status");
    status.classList.remove("error");
    if (!text.trim()) {
      status.textContent = "";
      tryIt.wrap.replaceChildren();
      return;
    }
    const n = visible.length;
    const pauses = SL.atOrAbove(visible, settings.pauseOn).length;
    status.textContent = n === 0
      ? "No concerns: Second Look would let this through quietly."
      : `${n} ${n === 1 ? "thing" : "things"} to review.${pauses ? " Second Look would pause before publishing this." : " It would not pause."}`;
    // A compact list under the box; the badge and popover carry the details.
    tryIt.wrap.replaceChildren(n
      ? el("ul", { class: "findings list", "aria-label": "What Second Look found" },
        visible.map((f) => SL.renderFinding({ ...f, why: "", source: "" }, text)))
      : "");
  }

  async function runTry() {
    const text = $("try-text").value;
    const seq = ++tryIt.seq;
    if (!text.trim()) return showTry([], text);
    const context = $("try-context").value;
    const account = $("try-account").value === "personal" ? "personal" : undefined;
    const reply = await SL.runtime.check(text, context, { account });
    if (seq !== tryIt.seq) return;
    if (!reply.ok) {
      $("try-status").classList.add("error");
      $("try-status").textContent = `Not checked: ${short(reply.error)}`;
      return;
    }
    showTry(reply.findings, text);
  }

  // ------------------------------------------------------------------ export, import, reset

  function exportSettings() {
    const data = { format: EXPORT_FORMAT, schema: S.SCHEMA, exportedAt: new Date().toISOString(), settings };
    if ($("export-clients").checked && clients && clients.hashes.length) data.clients = { salt: clients.salt, hashes: clients.hashes };
    const blob = new Blob([JSON.stringify(data, null, 2) + "\n"], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = el("a", { href: url, download: `second-look-settings-${new Date().toISOString().slice(0, 10)}.json` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    saved(data.clients ? "Exported, with client hashes" : "Exported");
  }

  async function importSettings() {
    const input = $("import-file");
    const result = $("import-result");
    const file = input.files && input.files[0];
    if (!file) return;
    result.className = "result";
    try {
      let data;
      try {
        data = JSON.parse(await file.text());
      } catch (err) {
        throw new Error("this file is not JSON");
      }
      if (!data || typeof data !== "object" || Array.isArray(data)) throw new Error("this file does not hold Second Look settings");
      const wrapped = data.format === EXPORT_FORMAT;
      const raw = wrapped ? data.settings : data;
      const known = raw && typeof raw === "object" && Object.keys(S.DEFAULTS).some((k) => k !== "schema" && k in raw);
      if (!known) throw new Error("this file does not hold Second Look settings");
      const { settings: next, notices } = S.normalize(raw);
      const lines = ["Settings imported."];
      let clientsToStore = null;
      if (wrapped && data.clients != null) {
        const c = S.normalizeClients(data.clients);
        if (c.clients) clientsToStore = c.clients;
        else lines.push("The client identifiers in the file could not be read and were left out.");
      }
      await chrome.storage.sync.set({ settings: next });
      settings = next;
      settingsNotices = [];
      if (clientsToStore) {
        await chrome.storage.local.set({ clients: clientsToStore });
        clients = clientsToStore;
        clientNotices = [];
        const n = clientsToStore.hashes.length;
        lines.push(`${n} client ${n === 1 ? "identifier" : "identifiers"} imported (replacing the ones stored here).`);
      }
      showNotices(clientNotices);
      render();
      result.textContent = [...lines, ...notices].join(" ");
      saved("Imported");
    } catch (err) {
      result.className = "result error";
      result.textContent = `Not imported: ${err && err.message ? err.message : err}.`;
    } finally {
      input.value = "";
    }
  }

  async function resetSettings() {
    await queue;
    await chrome.storage.sync.set({ settings: JSON.parse(JSON.stringify(S.DEFAULTS)) });
    settings = S.normalize(S.DEFAULTS).settings;
    settingsNotices = [];
    showNotices(clientNotices);
    render();
    saved("Reset to defaults");
  }

  // ------------------------------------------------------------------ wiring

  function wire() {
    $("enabled").addEventListener("change", (e) => update((s) => (s.enabled = e.target.checked)));
    for (const site of S.SITES) $(`site-${site}`).addEventListener("change", (e) => update((s) => (s.sites[site] = e.target.checked)));
    $("debounce").addEventListener("input", (e) => ($("debounce-out").textContent = `${e.target.value} ms`));
    $("debounce").addEventListener("change", (e) => update((s) => (s.debounceMs = Number(e.target.value))));
    for (const r of document.querySelectorAll('input[name="pauseOn"]')) {
      r.addEventListener("change", () => r.checked && update((s) => (s.pauseOn = r.value)));
    }
    $("strict-likes").addEventListener("change", (e) => update((s) => (s.strictLikes = e.target.checked)));

    const addAccount = (site) => (value) => {
      const handle = site === "x" ? value.replace(/^@+/, "@") : value;
      if (site === "x" && !/^@?[A-Za-z0-9_]{1,15}$/.test(handle)) {
        saved("An X handle has letters, digits and _ only, at most 15.", true);
        return false;
      }
      const shown = site === "x" && !handle.startsWith("@") ? `@${handle}` : handle;
      if (settings.accounts[site].some((a) => S.normAccount(a) === S.normAccount(shown))) return true;
      if (tooMany(settings.accounts[site], S.MAX_ACCOUNTS, "accounts")) return false;
      update((s) => s.accounts[site].push(shown));
      return true;
    };
    listForm("acc-x-form", "acc-x-input", addAccount("x"));
    listForm("acc-fb-form", "acc-fb-input", addAccount("facebook"));
    listForm("flag-form", "flag-input", (term) => {
      const category = $("flag-category").value || "confidentiality";
      if (term.length > S.MAX_TERM_LENGTH || tooMany(settings.flagTerms, S.MAX_TERMS, "terms")) return false;
      update((s) => {
        if (!s.flagTerms.some((t) => t.term.toLowerCase() === term.toLowerCase() && t.category === category)) s.flagTerms.push({ term, category });
      });
      return true;
    });
    listForm("allow-form", "allow-input", (term) => {
      if (term.length > S.MAX_TERM_LENGTH || tooMany(settings.allowTerms, S.MAX_TERMS, "terms")) return false;
      update((s) => {
        if (!s.allowTerms.some((t) => t.toLowerCase() === term.toLowerCase())) s.allowTerms.push(term);
      });
      return true;
    });

    $("client-form").addEventListener("submit", addClients);
    $("client-test-form").addEventListener("submit", testClients);
    confirmStep("client-clear", "client-clear-confirm", "client-clear-yes", "client-clear-no", clearClients);

    $("export").addEventListener("click", exportSettings);
    $("import-file").addEventListener("change", importSettings);
    confirmStep("reset", "reset-confirm", "reset-yes", "reset-no", resetSettings);

    // Changes made elsewhere (the popup, "Turn off this rule" in a tab, another device).
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area === "sync" && changes.settings) {
        applyStored({ rawSettings: changes.settings.newValue }, { settings: true });
        render();
        setTimeout(runTry, 400); // the rule engine is reconfigured meanwhile
      }
      if (area === "local" && changes.clients) {
        applyStored({ rawClients: changes.clients.newValue }, { clients: true });
        renderClients();
      }
    });
    chrome.runtime.onMessage.addListener((msg) => {
      if (msg && msg.type === P.MSG.SETTINGS_APPLIED) runTry();
      return false;
    });
  }

  async function init() {
    $("version").textContent = chrome.runtime.getManifest().version;
    wire();
    try {
      applyStored(await readStored());
    } catch (err) {
      showNotices([`Your settings could not be read (${err && err.message ? err.message : err}), so the defaults are in use.`]);
    }
    $("flag-category").replaceChildren(...CATEGORY_IDS.map((id) => el("option", { value: id, text: id })));
    render();
    setupTry();
    document.documentElement.setAttribute("data-sl-ready", "");
    loadCatalogue();
  }

  init();
})();
