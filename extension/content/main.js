// Wires a site adapter to the rule engine and the UI: finds composers as they
// appear, checks their text while the person types, and pauses publishing when
// something serious is found. One MutationObserver and one set of window
// listeners per page, whatever the number of composers.
(function () {
  "use strict";
  const SL = globalThis.SecondLook;
  const P = globalThis.SecondLookProtocol;
  const S = globalThis.SecondLookSettings;
  if (SL.started) return;
  SL.started = true;

  const host = location.hostname;
  const site = /(^|\.)(x|twitter)\.com$/.test(host) ? SL.sites.x : /(^|\.)facebook\.com$/.test(host) ? SL.sites.facebook : null;
  if (!site) return;

  let settings = S.normalize(undefined).settings;
  const controllers = new Map(); // editor -> Controller
  let lastFocused = null;
  let stopLikes = () => {};

  const active = () => settings.enabled && settings.sites[site.id] !== false;

  // ------------------------------------------------------------------ editors

  class Controller {
    constructor(editor) {
      this.editor = editor;
      this.seq = 0;
      this.result = null; // {text, findings} of the latest answered check
      this.pending = null; // {text, promise}
      this.ignored = new Set();
      this.overlay = new SL.Overlay(editor, {
        onApply: (f, s) => this.apply(f, s),
        onIgnore: (f) => this.ignore(f),
        onDisableRule: (f) => disableRule(f.rule),
      });
      this.scheduled = SL.debounce(() => this.check(), settings.debounceMs);
      this.onInput = (e) => {
        if (e.isComposing) return; // wait for compositionend
        bypass = null;
        this.scheduled();
      };
      this.onNow = () => setTimeout(() => this.check(), 0);
      editor.addEventListener("input", this.onInput);
      editor.addEventListener("paste", this.onNow);
      editor.addEventListener("compositionend", this.onNow);
      this.onFocus = () => (lastFocused = this);
      editor.addEventListener("focusin", this.onFocus);
      // Editors that handle input themselves (Lexical prevents beforeinput for
      // deletions, replaced selections and typing into an empty paragraph, and
      // clears the box after sending) change the DOM without an input event.
      this.mutations = new MutationObserver(() => this.scheduled());
      this.mutations.observe(editor, { childList: true, characterData: true, subtree: true });
      if (this.read().text.trim()) this.check();
    }

    read() {
      return SL.readEditor(this.editor);
    }

    root() {
      // The composer: the nearest ancestor that also holds a submit button.
      let node = this.editor.parentNode;
      while (node && node !== document) {
        const scope = node instanceof ShadowRoot ? node : node;
        if (scope.querySelector && SL.queryAllDeep(scope, site.submitButtons).length) return node instanceof ShadowRoot ? node.host : node;
        node = node.parentNode || (node instanceof ShadowRoot ? node.host : null);
      }
      return null;
    }

    context() {
      return site.contextOf(this.editor, this.root());
    }

    account() {
      const who = site.currentAccount(this.editor);
      return S.isProfessional(settings, site.id, who) ? undefined : "personal";
    }

    visible(findings, text) {
      return findings.filter((f) => !this.ignored.has(`${f.rule}|${text.slice(f.start, f.end)}`));
    }

    // A verdict for exactly this text: the latest answer if it is for this text,
    // otherwise a fresh check (never a stale result).
    verdict(text, timeoutMs) {
      if (this.result && this.result.text === text) return Promise.resolve({ ok: true, findings: this.result.findings });
      if (this.pending && this.pending.text === text) {
        // A check already under way (started while typing, without a time
        // limit) still answers the publish within timeoutMs, or fails open.
        if (!timeoutMs) return this.pending.promise;
        return SL.runtime.withTimeout(this.pending.promise, timeoutMs)
          .catch(() => ({ ok: false, failOpen: true, error: "The check took too long." }));
      }
      return this.run(text, timeoutMs);
    }

    run(text, timeoutMs) {
      const seq = ++this.seq;
      const context = this.context();
      // Replying or commenting under someone's post: pass that post along, so
      // an oversharing post suggests a private word instead.
      const parent = (context === "reply" || context === "comment") && site.likes && site.likes.replyParentText
        ? site.likes.replyParentText(this.editor, this.root())
        : null;
      const promise = SL.runtime.check(text, context, { timeoutMs, account: this.account(), parent }).then((reply) => {
        if (this.pending && this.pending.promise === promise) this.pending = null;
        if (!reply.ok) return reply;
        const findings = this.visible(reply.findings, text);
        if (seq === this.seq) {
          this.result = { text, findings };
          const model = this.read();
          if (model.text === text) this.overlay.update(findings, model);
        }
        return { ok: true, findings };
      });
      this.pending = { text, promise };
      return promise;
    }

    check() {
      if (!this.editor.isConnected || !active()) return;
      const model = this.read();
      if (!model.text.trim()) {
        this.result = { text: model.text, findings: [] };
        this.overlay.update([], model);
        return;
      }
      if (this.result && this.result.text === model.text) {
        // Same text, perhaps in new nodes (a re-render): draw it again.
        this.overlay.update(this.result.findings, model);
        return;
      }
      this.run(model.text, 0);
    }

    recheck() {
      this.result = null;
      this.check();
    }

    apply(f, replacement) {
      SL.replaceText(this.editor, f.start, f.end, replacement);
      this.result = null;
      this.check();
    }

    ignore(f) {
      const text = this.result ? this.result.text : this.read().text;
      this.ignored.add(`${f.rule}|${text.slice(f.start, f.end)}`);
      const model = this.read();
      const findings = this.visible(this.result ? this.result.findings : [], model.text);
      if (this.result) this.result.findings = findings;
      this.overlay.update(findings, model);
    }

    clear() {
      this.result = null;
      this.overlay.update([], this.read());
    }

    destroy() {
      this.scheduled.cancel();
      this.editor.removeEventListener("input", this.onInput);
      this.editor.removeEventListener("paste", this.onNow);
      this.editor.removeEventListener("compositionend", this.onNow);
      this.editor.removeEventListener("focusin", this.onFocus);
      this.mutations.disconnect();
      this.overlay.destroy();
      if (lastFocused === this) lastFocused = null;
    }
  }

  function scan() {
    if (!active()) return;
    const found = new Set(SL.queryAllDeep(document, site.editors));
    // Nested matches (a textbox inside a matched editor) are the same editor.
    for (const el of found) {
      for (const other of found) if (other !== el && other.contains(el)) found.delete(el);
    }
    for (const el of found) if (!controllers.has(el)) controllers.set(el, new Controller(el));
    for (const [el, ctl] of controllers) {
      if (!el.isConnected) {
        ctl.destroy();
        controllers.delete(el);
      }
    }
  }

  let scanTimer = null;
  const observer = new MutationObserver(() => {
    if (scanTimer) return;
    scanTimer = setTimeout(() => {
      scanTimer = null;
      scan();
    }, 60);
  });

  function disableRule(rule) {
    chrome.storage.sync.get("settings").then(({ settings: raw }) => {
      const next = S.normalize(raw).settings;
      if (!next.disabledRules.includes(rule)) next.disabledRules.push(rule);
      return chrome.storage.sync.set({ settings: next });
    }).then(() => SL.notice("That rule is off. You can turn it back on in Second Look's options."));
  }

  // ------------------------------------------------------------------ the pause

  // One pass for the person's choice "Post anyway": the replayed action goes
  // through, and so does their next real one while the text is unchanged (for
  // sites that ignore synthetic clicks).
  let bypass = null; // {target, texts, until}

  function groupFor(target) {
    // The controllers of the composer that holds this button or editor.
    const direct = [...controllers.values()].find((c) => c.editor === target || c.editor.contains(target));
    if (direct) {
      const root = direct.root();
      const group = root ? [...controllers.values()].filter((c) => root.contains(c.editor)) : [direct];
      return group.length ? group : [direct];
    }
    let node = target;
    while (node && node !== document.documentElement) {
      const inside = [...controllers.values()].filter((c) => node.contains(c.editor) || (node.shadowRoot && node.shadowRoot.contains(c.editor)));
      if (inside.length) return inside;
      node = node.parentNode || (node instanceof ShadowRoot ? node.host : null);
    }
    // An editor that was just unmounted (a composer's next step) is no composer.
    return lastFocused && lastFocused.editor.isConnected ? [lastFocused] : [];
  }

  function bypassed(target, group) {
    if (!bypass || Date.now() > bypass.until) return false;
    if (bypass.target !== target && !bypass.target.contains(target) && !target.contains(bypass.target)) return false;
    const same = group.every((c, i) => c.read().text === bypass.texts[i]);
    return same;
  }

  function block(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  async function verdicts(group, timeoutMs) {
    const replies = await Promise.all(group.map((c) => c.verdict(c.read().text, timeoutMs)));
    if (replies.some((r) => !r.ok)) return { failOpen: true, error: replies.find((r) => !r.ok).error };
    return { findings: replies.flatMap((r, i) => r.findings.map((f) => ({ ...f, _ctl: i }))) };
  }

  function pausing(findings) {
    return SL.atOrAbove(findings, settings.pauseOn);
  }

  // Decides on a publishing action. Synchronous when the latest verdict is for
  // the exact text; otherwise the action is held, the text checked afresh
  // (at most 2 s, then it goes through: fail open) and replayed or paused.
  function decide(event, target, group, replay) {
    const texts = group.map((c) => c.read().text);
    if (!texts.some((t) => t.trim())) return;
    if (bypassed(target, group)) {
      if (event.isTrusted) bypass = null;
      return;
    }
    const known = group.every((c, i) => c.result && c.result.text === texts[i]);
    if (known && !pausing(group.flatMap((c) => c.result.findings)).length) return;
    block(event);
    verdicts(group, P.LIMITS.CHECK_TIMEOUT_MS).then(async (v) => {
      const proceed = () => {
        bypass = { target, texts, until: Date.now() + 15000 };
        replay();
      };
      if (v.failOpen) {
        proceed();
        SL.notice("Second Look could not check this post in time, so it went through unchecked.", group[0].editor);
        return;
      }
      const serious = pausing(v.findings);
      if (!serious.length) return proceed();
      const choice = await SL.pause({ kind: "publish", findings: serious, text: texts.join("\n") === texts[0] ? texts[0] : null });
      if (choice === "proceed") proceed();
      else {
        const first = group.find((c) => pausing(c.result ? c.result.findings : []).length) || group[0];
        first.editor.focus();
      }
    });
  }

  function onClick(event) {
    if (!active()) return;
    const target = SL.eventTarget(event);
    if (!(target instanceof Element)) return;
    const button = SL.closestAny(target, site.submitButtons);
    if (!button || button.getAttribute("aria-disabled") === "true" || button.disabled) return;
    const group = groupFor(button);
    if (!group.length) return;
    decide(event, button, group, () => button.click());
  }

  function onPointerDown(event) {
    if (!active()) return;
    const target = SL.eventTarget(event);
    if (!(target instanceof Element)) return;
    const button = SL.closestAny(target, site.submitButtons);
    if (!button) return;
    // Start the check now: by the time the click lands it is usually answered.
    for (const c of groupFor(button)) c.verdict(c.read().text, P.LIMITS.CHECK_TIMEOUT_MS);
  }

  function onKeyDown(event) {
    if (!active() || event.isComposing || SL.pause.isOpen()) return;
    const target = SL.eventTarget(event);
    if (!(target instanceof Element)) return;
    if ((event.key === "Enter" || event.key === " ") && !event.ctrlKey && !event.metaKey) {
      const button = SL.closestAny(target, site.submitButtons);
      if (button && button.getAttribute("role") === "button") {
        const group = groupFor(button);
        if (group.length) decide(event, button, group, () => button.click());
        return;
      }
    }
    if (event.key !== "Enter") return;
    const ctl = [...controllers.values()].find((c) => c.editor === target || c.editor.contains(target));
    if (!ctl) return;
    const modEnter = event.ctrlKey || event.metaKey;
    const plainEnter = !modEnter && !event.shiftKey && !event.altKey && site.enterSubmits(ctl.editor);
    if (!modEnter && !plainEnter) return;
    const group = modEnter ? groupFor(ctl.editor) : [ctl];
    const init = { key: event.key, code: event.code, keyCode: 13, which: 13, ctrlKey: event.ctrlKey, metaKey: event.metaKey, bubbles: true, cancelable: true, composed: true };
    // Ctrl/Cmd+Enter is replayed as a click on the composer's button: the pass
    // for "Post anyway" must then be for that button (and the person's next
    // real click on it, or Ctrl+Enter, when the site ignores synthetic clicks).
    const button = modEnter && ctl.root() ? SL.queryAllDeep(ctl.root(), site.submitButtons)[0] : null;
    const replay = () => {
      if (button && button.isConnected) button.click();
      else target.dispatchEvent(new KeyboardEvent("keydown", init));
    };
    decide(event, button || ctl.editor, group, replay);
  }

  // ------------------------------------------------------------------ start

  function start() {
    observer.observe(document.documentElement, { childList: true, subtree: true });
    window.addEventListener("click", onClick, true);
    window.addEventListener("pointerdown", onPointerDown, true);
    window.addEventListener("keydown", onKeyDown, true);
    scan();
    stopLikes = SL.installLikes(site, () => settings);
    SL.runtime.warmup();
  }

  function stop() {
    observer.disconnect();
    window.removeEventListener("click", onClick, true);
    window.removeEventListener("pointerdown", onPointerDown, true);
    window.removeEventListener("keydown", onKeyDown, true);
    for (const ctl of controllers.values()) ctl.destroy();
    controllers.clear();
    stopLikes();
  }

  function applySettings(raw) {
    const wasActive = active();
    settings = S.normalize(raw).settings;
    for (const ctl of controllers.values()) ctl.scheduled.ms = settings.debounceMs;
    if (active() && !wasActive) start();
    if (!active() && wasActive) stop();
  }

  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === "sync" && changes.settings) applySettings(changes.settings.newValue);
  });
  chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    // The background applied new settings to the rule engine: check again.
    if (msg && msg.type === P.MSG.SETTINGS_APPLIED) for (const ctl of controllers.values()) ctl.recheck();
    // The popup asks which site this tab is (it has no permission to read URLs).
    if (msg && msg.type === P.MSG.WHICH_SITE) sendResponse({ site: site.id });
    return false;
  });

  SL.controllers = controllers;
  SL.site = site;
  chrome.storage.sync.get("settings").then(({ settings: raw }) => {
    settings = S.normalize(raw).settings;
    if (active()) start();
  }, () => start());
})();
