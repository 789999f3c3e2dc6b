// Styles for Second Look's injected UI. They live inside shadow roots, so the
// page's CSS cannot reach them and they cannot reach the page.
(function () {
  "use strict";
  const SL = globalThis.SecondLook;
  SL.UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.sl, .sl button, .sl dialog { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1f2933; }
.marks { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; pointer-events: none; }
.mark { position: fixed; pointer-events: none; border-radius: 2px; }
.mark.draw[data-sl-severity="error"] { border-bottom: 2px solid #c4320a; background: rgba(196,50,10,.08); }
.mark.draw[data-sl-severity="warning"] { border-bottom: 2px solid #b7791f; background: rgba(183,121,31,.08); }
.mark.draw[data-sl-severity="info"] { border-bottom: 2px dotted #2563eb; }
.badge { position: fixed; pointer-events: auto; display: inline-flex; align-items: center; gap: 6px;
  height: 26px; padding: 0 10px 0 8px; border-radius: 13px; border: 1px solid #c9d4dc; background: #f8fafb;
  color: #1f2933; font-size: 12.5px; font-weight: 600; cursor: pointer; box-shadow: 0 1px 3px rgba(16,24,40,.12); }
.badge:hover { background: #eef3f6; }
.badge:focus-visible, .sl button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.badge[hidden] { display: none; }
.dot { width: 9px; height: 9px; border-radius: 50%; flex: none; }
.dot.error { background: #c4320a; } .dot.warning { background: #b7791f; } .dot.info { background: #2563eb; } .dot.ok { background: #2f855a; }
.brand { color: #0f5f69; font-weight: 700; }
.panel { position: fixed; margin: 0; inset: auto; pointer-events: auto; width: min(380px, calc(100vw - 16px)); max-height: min(420px, 70vh);
  overflow: auto; padding: 0; border: 1px solid #c9d4dc; border-radius: 10px; background: #fff;
  box-shadow: 0 8px 28px rgba(16,24,40,.18); }
.panel-head { display: flex; align-items: center; justify-content: space-between; padding: 10px 14px 8px; border-bottom: 1px solid #e4eaee; }
.panel-head h2 { margin: 0; font-size: 13px; font-weight: 700; color: #0f5f69; letter-spacing: .01em; }
.close { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; cursor: pointer; color: #52606d; border-radius: 4px; }
.findings { list-style: none; margin: 0; padding: 4px 0; }
.finding { padding: 10px 14px; border-top: 1px solid #eef2f5; }
.group { padding: 10px 14px 6px; border-top: 1px solid #e4eaee; }
.group:first-child { border-top: 0; }
.group .lead { font-weight: 600; }
.rows { list-style: none; margin: 6px 0 0; padding: 0; }
.rows .finding { padding: 6px 0 6px 10px; border-top: 0; border-left: 2px solid #e4eaee; margin: 4px 0; }
.rows .finding.current { background: #f6f9fb; border-left-color: #0f5f69; }
.row { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }
.row .quote { margin: 0; color: #1f2933; font-weight: 600; font-size: 13px; }
.row .msg { font-weight: 400; color: #3e4c59; font-size: 13px; }
.rows .actions { margin-top: 4px; }
.finding:first-child { border-top: 0; }
.finding.current { background: #f6f9fb; }
.finding-title { display: flex; gap: 8px; align-items: baseline; }
.finding-title .dot { position: relative; top: 1px; }
.msg { font-weight: 600; }
.quote { color: #52606d; font-size: 12.5px; margin-top: 2px; }
.why { margin: 6px 0 0; color: #3e4c59; font-size: 13px; }
.source { margin-top: 4px; color: #616e7c; font-size: 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.actions button { border: 1px solid #c9d4dc; background: #fff; border-radius: 6px; padding: 4px 10px; font-size: 12.5px; cursor: pointer; }
.actions button:hover { background: #f1f5f8; }
.actions button.apply { border-color: #0f5f69; color: #0f5f69; font-weight: 600; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.notice { position: fixed; pointer-events: auto; max-width: 360px; padding: 10px 14px; border-radius: 8px; background: #1f2933; color: #fff;
  font-size: 13px; box-shadow: 0 6px 20px rgba(16,24,40,.25); display: flex; gap: 10px; align-items: flex-start; }
.notice .close { color: #cbd2d9; }
dialog.pause { width: min(460px, calc(100vw - 24px)); padding: 0; border: 1px solid #c9d4dc; border-radius: 12px; background: #fff;
  box-shadow: 0 16px 48px rgba(16,24,40,.28); }
dialog.pause::backdrop { background: rgba(15, 23, 42, .35); }
.pause-body { padding: 18px 20px 6px; }
.pause-body h2 { margin: 0 0 6px; font-size: 16px; font-weight: 700; color: #0f3f46; }
.pause-body p { margin: 0 0 8px; color: #3e4c59; }
.pause .findings { max-height: 40vh; overflow: auto; border: 1px solid #e4eaee; border-radius: 8px; margin: 8px 0; }
.pause-buttons { display: flex; justify-content: flex-end; gap: 8px; padding: 12px 20px 16px; }
.pause-buttons button { border-radius: 8px; padding: 7px 16px; font-size: 14px; font-weight: 600; cursor: pointer; border: 1px solid #c9d4dc; background: #fff; }
.pause-buttons button.primary { background: #0f5f69; border-color: #0f5f69; color: #fff; }
.pause-buttons button.primary:hover { background: #0b4c54; }
@media (prefers-reduced-motion: no-preference) { .panel, dialog.pause { animation: sl-in .12s ease-out; } }
@keyframes sl-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
`;

  // One shadow host per purpose; open so tests and assistive tech can see in.
  SL.createHost = function createHost(name) {
    const host = document.createElement("div");
    host.setAttribute("data-second-look", name);
    host.style.cssText = "position:fixed;top:0;left:0;width:0;height:0;z-index:2147483646;pointer-events:none;";
    const root = host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = SL.UI_CSS;
    const wrap = document.createElement("div");
    wrap.className = "sl";
    root.append(style, wrap);
    document.documentElement.append(host);
    return { host, root, wrap };
  };

  // Builds elements from a small description; text is always set as text,
  // never parsed as HTML (page text and findings can contain anything).
  SL.el = function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  };

  SL.SEVERITY_WORD = { error: "Serious", warning: "Worth a look", info: "Note" };

  // One entry per category, most serious first: the pause stays short even
  // when one sentence trips several rules. Each group keeps its findings.
  SL.groupFindings = function groupFindings(findings) {
    const rank = SL.SEVERITY_RANK;
    const groups = new Map();
    for (const f of findings) {
      const g = groups.get(f.category);
      if (!g) groups.set(f.category, { lead: f, findings: [f] });
      else {
        g.findings.push(f);
        if (rank[f.severity] > rank[g.lead.severity]) g.lead = f;
      }
    }
    return [...groups.values()].sort((a, b) => rank[b.lead.severity] - rank[a.lead.severity] || a.lead.start - b.lead.start);
  };

  // A category group as a list item: the lead finding's words, every flagged
  // span quoted once.
  // brief: message and quotes only (the like pause stays light).
  SL.renderGroup = function renderGroup(group, text, { brief = false } = {}) {
    const f = group.lead;
    const spans = [];
    for (const g of [...group.findings].sort((a, b) => a.start - b.start)) {
      const s = text ? text.slice(g.start, g.end) : "";
      if (s && !spans.includes(s)) spans.push(s);
    }
    // A span inside another quoted span ("today" in "session today") is said once.
    const outer = spans.filter((s) => !spans.some((o) => o !== s && o.toLowerCase().includes(s.toLowerCase())));
    const quoted = outer.map((s) => `“${s.length > 40 ? s.slice(0, 37) + "…" : s}”`).join(", ");
    return SL.el(
      "li",
      { class: "finding", "data-sl-rule": f.rule, "data-sl-category": f.category, "data-sl-severity": f.severity, "data-sl-count": group.findings.length },
      SL.el("div", { class: "finding-title" },
        SL.el("span", { class: `dot ${f.severity}`, "aria-hidden": "true" }),
        SL.el("span", {},
          SL.el("span", { class: "visually-hidden", text: `${SL.SEVERITY_WORD[f.severity] || f.severity}: ` }),
          SL.el("span", { class: "msg", text: f.message }))),
      quoted ? SL.el("div", { class: "quote", text: quoted }) : null,
      f.why && !brief ? SL.el("p", { class: "why", text: f.why }) : null,
      f.source && !brief ? SL.el("div", { class: "source", text: `Source: ${f.source}` }) : null,
    );
  };

  // One finding as a list item (used by the popover and the pause dialog).
  SL.renderFinding = function renderFinding(f, text, { actions, current } = {}) {
    const span = text ? text.slice(f.start, f.end) : "";
    return SL.el(
      "li",
      { class: "finding" + (current ? " current" : ""), "data-sl-rule": f.rule, "data-sl-category": f.category, "data-sl-severity": f.severity },
      SL.el("div", { class: "finding-title" },
        SL.el("span", { class: `dot ${f.severity}`, "aria-hidden": "true" }),
        SL.el("span", {},
          SL.el("span", { class: "visually-hidden", text: `${SL.SEVERITY_WORD[f.severity] || f.severity}: ` }),
          SL.el("span", { class: "msg", text: f.message }))),
      span ? SL.el("div", { class: "quote", text: `“${span.length > 80 ? span.slice(0, 77) + "…" : span}”` }) : null,
      f.why ? SL.el("p", { class: "why", text: f.why }) : null,
      f.source ? SL.el("div", { class: "source", text: `Source: ${f.source}` }) : null,
      actions ? SL.el("div", { class: "actions" }, actions) : null,
    );
  };
})();
