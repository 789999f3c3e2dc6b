// Inline warnings for one editor: underlines (CSS Custom Highlight API, with
// positioned boxes as the fallback and as hit areas), a badge by the composer
// and a popover with the details. Knows no site: main.js feeds it findings.
(function () {
  "use strict";
  const SL = globalThis.SecondLook;
  const el = (...a) => SL.el(...a);
  const HAS_HIGHLIGHTS = typeof CSS !== "undefined" && CSS.highlights && typeof Highlight === "function";

  // All overlays share the document's three highlight sets.
  const live = new Set();
  function repaintHighlights() {
    if (!HAS_HIGHLIGHTS) return;
    const bySeverity = { error: [], warning: [], info: [] };
    for (const overlay of live) for (const [sev, range] of overlay.ranges) bySeverity[sev].push(range);
    for (const sev of Object.keys(bySeverity)) {
      const name = `second-look-${sev}`;
      if (bySeverity[sev].length) CSS.highlights.set(name, new Highlight(...bySeverity[sev]));
      else CSS.highlights.delete(name);
    }
  }

  // Whether a box would sit on one of the page's own controls (our hosts let
  // the pointer through, so elementsFromPoint sees the page underneath).
  const CONTROL = 'button, a[href], input, select, textarea, [role="button"], [role="link"], [role="tab"], [role="menuitem"]';
  function coversControl(left, top, width, height, editor) {
    const points = [[left + 2, top + 2], [left + width - 2, top + 2], [left + 2, top + height - 2], [left + width - 2, top + height - 2], [left + width / 2, top + height / 2]];
    for (const [x, y] of points) {
      const hit = document.elementsFromPoint(x, y).find((el) => !el.closest("[data-second-look]"));
      if (!hit || hit === editor || hit.contains(editor) || editor.contains(hit)) continue;
      if (hit.closest(CONTROL)) return true;
    }
    return false;
  }

  // The lowest bottom edge of the page's controls in the band just under the
  // editor (between left and left + width), or the editor's bottom.
  function controlsFloor(box, left, width, editor) {
    let floor = box.bottom;
    for (let y = box.bottom + 4; y <= box.bottom + 64; y += 12) {
      for (let x = left + 4; x <= left + width - 4; x += 20) {
        const hit = document.elementsFromPoint(x, y).find((el) => !el.closest("[data-second-look]"));
        const control = hit && !editor.contains(hit) && !hit.contains(editor) ? hit.closest(CONTROL) : null;
        if (control) floor = Math.max(floor, control.getBoundingClientRect().bottom);
      }
    }
    return floor;
  }

  class Overlay {
    constructor(editor, handlers) {
      this.editor = editor;
      this.handlers = handlers; // {onApply(f, text), onIgnore(f), onDisableRule(f), onOpen()}
      this.findings = [];
      this.model = null;
      this.ranges = [];
      this.lastAnnounce = "";
      const { host, wrap } = SL.createHost("inline");
      this.host = host;
      this.marks = el("div", { class: "marks" });
      this.badge = el("button", {
        type: "button",
        class: "badge",
        hidden: true,
        "aria-haspopup": "dialog",
        "aria-keyshortcuts": "Alt+Shift+S",
        onclick: () => this.toggle(null, true),
      });
      this.panel = el("div", { class: "panel", popover: "manual", role: "dialog", "aria-label": "Second Look findings" });
      this.panel.addEventListener("keydown", (e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          this.close(true);
        }
      });
      this.status = el("div", { class: "visually-hidden", role: "status", "aria-live": "polite" });
      wrap.append(this.marks, this.badge, this.panel, this.status);
      this.onScroll = () => this.schedulePosition();
      window.addEventListener("scroll", this.onScroll, { capture: true, passive: true });
      window.addEventListener("resize", this.onScroll, { passive: true });
      this.onPointer = (e) => this.pointer(e);
      document.addEventListener("mousemove", this.onPointer, { passive: true });
      document.addEventListener("click", this.onPointer, { capture: true, passive: true });
      this.onKey = (e) => {
        if (e.key === "Escape" && this.panel.matches(":popover-open")) {
          // Escape closes the popover first, and only the popover.
          e.preventDefault();
          e.stopPropagation();
          this.close(false);
          return;
        }
        if (e.altKey && e.shiftKey && (e.key === "S" || e.key === "s" || e.code === "KeyS") && this.findings.length) {
          e.preventDefault();
          this.toggle(null, true);
        }
      };
      editor.addEventListener("keydown", this.onKey);
      live.add(this);
    }

    update(findings, model) {
      this.findings = findings;
      this.model = model;
      this.ranges = [];
      if (!model.textarea) {
        for (const f of findings) {
          const range = SL.rangeFor(model, f.start, f.end);
          if (range) this.ranges.push([f.severity, range]);
        }
      }
      repaintHighlights();
      this.position();
      if (this.panel.matches(":popover-open")) this.renderPanel(this.current);
      this.announce();
    }

    announce() {
      const n = this.findings.length;
      const top = SL.highest(this.findings);
      const msg = n
        ? `Second Look: ${n} ${n === 1 ? "thing" : "things"} to review${top === "error" ? ", including a serious one" : ""}.`
        : this.lastAnnounce ? "Second Look: no concerns." : "";
      if (msg !== this.lastAnnounce) {
        this.status.textContent = msg;
        this.lastAnnounce = msg;
      }
    }

    schedulePosition() {
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = null;
        this.position();
      });
    }

    position() {
      const editorBox = this.editor.getBoundingClientRect();
      const visible = editorBox.width > 0 && editorBox.height > 0 && this.editor.isConnected;
      this.marks.replaceChildren();
      this.hitRects = [];
      if (visible && this.model) {
        for (const f of this.findings) {
          for (const r of SL.rectsFor(this.model, f.start, f.end)) {
            if (r.width === 0) continue;
            this.hitRects.push({ f, r });
            this.marks.append(el("div", {
              class: "mark" + (HAS_HIGHLIGHTS && !this.model.textarea ? "" : " draw"),
              "data-sl-rule": f.rule,
              "data-sl-category": f.category,
              "data-sl-severity": f.severity,
              style: `left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px`,
            }));
          }
        }
      }
      const n = this.findings.length;
      this.badge.hidden = !visible || !n;
      if (n) {
        const top = SL.highest(this.findings);
        this.badge.replaceChildren(
          el("span", { class: `dot ${top}`, "aria-hidden": "true" }),
          el("span", { class: "brand", text: "Second Look" }),
          el("span", { text: `${n}` }),
        );
        this.badge.setAttribute("aria-label", `Second Look: ${n} ${n === 1 ? "finding" : "findings"}, most serious: ${SL.SEVERITY_WORD[top]}. Show details`);
        this.badge.setAttribute("data-sl-severity", top);
        // Just above the composer's top-right corner, clear of the text; below
        // it when that spot is off screen or holds one of the site's controls
        // (mobile web puts the Post button right above the text).
        const width = this.badge.offsetWidth || 120;
        const left = Math.max(4, Math.min(editorBox.right - width, window.innerWidth - width - 4));
        const spots = [editorBox.top - 30, editorBox.bottom + 4].filter((t) => t >= 0 && t + 26 <= window.innerHeight);
        const top0 = spots.find((t) => !coversControl(left, t, width, 26, this.editor)) ?? spots[0] ?? editorBox.bottom + 4;
        this.badge.style.left = `${left}px`;
        this.badge.style.top = `${top0}px`;
      }
      if (this.panel.matches(":popover-open")) this.placePanel();
      if (!n && this.panel.matches(":popover-open")) this.close(false);
    }

    // Below the composer (or above it when there is no room), lined up with
    // the underline or the badge: the panel never covers the text being written.
    placePanel() {
      const anchor = this.anchorRect || this.badge.getBoundingClientRect();
      const box = this.editor.getBoundingClientRect();
      this.panel.style.maxHeight = "";
      const w = this.panel.offsetWidth;
      let h = this.panel.offsetHeight;
      const left = Math.min(Math.max(8, anchor.left), window.innerWidth - w - 8);
      const lift = this.badge.hidden ? 0 : 30;
      // Below the site's own controls that sit right under the text (X's
      // toolbar with the Post button), so the popover never hides them.
      const floor = controlsFloor(box, left, w, this.editor);
      const below = window.innerHeight - floor - 16;
      const above = box.top - lift - 16;
      let top = floor + 8;
      if (h > below) {
        if (h <= above) top = box.top - lift - 8 - h;
        else if (Math.max(below, above) >= 160) {
          // Fits on neither side: shorten it (it scrolls) rather than cover the text.
          const room = Math.max(below, above);
          this.panel.style.maxHeight = `${room}px`;
          h = room;
          top = room === below ? floor + 8 : box.top - lift - 8 - h;
        } else top = Math.max(8, window.innerHeight - h - 8);
      }
      this.panel.style.left = `${left}px`;
      this.panel.style.top = `${top}px`;
    }

    pointer(e) {
      if (!this.hitRects || !this.hitRects.length) return;
      const hit = this.hitRects.find(({ r }) => e.clientX >= r.left && e.clientX <= r.left + r.width && e.clientY >= r.top - 2 && e.clientY <= r.top + r.height + 2);
      if (hit) {
        clearTimeout(this.leaveTimer);
        if (e.type === "click" || !this.panel.matches(":popover-open") || this.current !== hit.f) {
          const byHover = e.type !== "click" && (!this.panel.matches(":popover-open") || this.hoverOpen);
          this.anchorRect = { left: hit.r.left, top: hit.r.top, bottom: hit.r.top + hit.r.height };
          this.open(hit.f, false);
          this.hoverOpen = byHover;
        }
      } else if (e.type === "mousemove" && this.hoverOpen && this.panel.matches(":popover-open")) {
        // A popover opened by hovering goes away when the pointer leaves the
        // underline and the popover, so it never stays over the site's buttons.
        const overPanel = e.composedPath().includes(this.panel);
        const focused = this.panel.contains(this.host.shadowRoot.activeElement);
        clearTimeout(this.leaveTimer);
        if (!overPanel && !focused) this.leaveTimer = setTimeout(() => this.hoverOpen && this.close(false), 350);
      }
    }

    toggle(finding, focus) {
      if (this.panel.matches(":popover-open")) this.close(true);
      else {
        this.anchorRect = null;
        this.open(finding, focus);
      }
    }

    open(finding, focus) {
      this.hoverOpen = false;
      clearTimeout(this.leaveTimer);
      this.current = finding;
      this.renderPanel(finding);
      if (!this.panel.matches(":popover-open")) this.panel.showPopover();
      this.placePanel();
      this.badge.setAttribute("aria-expanded", "true");
      if (this.handlers.onOpen) this.handlers.onOpen();
      if (focus) {
        const first = this.panel.querySelector(".finding.current button, .finding button, .close");
        if (first) first.focus();
      }
    }

    close(returnFocus) {
      if (this.panel.matches(":popover-open")) this.panel.hidePopover();
      this.badge.setAttribute("aria-expanded", "false");
      this.current = null;
      if (returnFocus) this.editor.focus();
    }

    renderPanel(current) {
      const text = this.model ? this.model.text : "";
      // One group per category (why and source said once), one row per finding.
      const items = SL.groupFindings(this.findings).map((group) => {
        const lead = group.lead;
        const rows = [...group.findings].sort((a, b) => a.start - b.start).map((f) => {
          const actions = [];
          for (const s of (f.suggestions || []).slice(0, 3)) {
            actions.push(el("button", { type: "button", class: "apply", text: `Replace with “${s}”`, onclick: () => { this.close(true); this.handlers.onApply(f, s); } }));
          }
          actions.push(el("button", { type: "button", text: "Ignore once", onclick: () => { this.handlers.onIgnore(f); } }));
          actions.push(el("button", { type: "button", text: "Turn off this rule", title: `Rule ${f.rule}`, onclick: () => { this.close(true); this.handlers.onDisableRule(f); } }));
          const span = text.slice(f.start, f.end);
          return el("li", { class: "finding" + (current && f === current ? " current" : ""), "data-sl-rule": f.rule, "data-sl-category": f.category, "data-sl-severity": f.severity },
            el("div", { class: "row" },
              el("span", { class: "quote", text: `“${span.length > 60 ? span.slice(0, 57) + "…" : span}”` }),
              el("span", { class: "msg" + (f.message === lead.message ? " visually-hidden" : ""), text: f.message })),
            el("div", { class: "actions" }, actions));
        });
        return el("li", { class: "group", "data-sl-category": lead.category, "data-sl-severity": lead.severity },
          el("div", { class: "finding-title" },
            el("span", { class: `dot ${lead.severity}`, "aria-hidden": "true" }),
            el("span", {},
              el("span", { class: "visually-hidden", text: `${SL.SEVERITY_WORD[lead.severity] || lead.severity}: ` }),
              el("span", { class: "lead", text: lead.message }))),
          lead.why ? el("p", { class: "why", text: lead.why }) : null,
          lead.source ? el("div", { class: "source", text: `Source: ${lead.source}` }) : null,
          el("ul", { class: "rows" }, rows));
      });
      this.panel.replaceChildren(
        el("div", { class: "panel-head" },
          el("h2", { text: "Second Look" }),
          el("button", { type: "button", class: "close", "aria-label": "Close", text: "×", onclick: () => this.close(true) })),
        el("ul", { class: "findings" }, items),
      );
      const cur = this.panel.querySelector(".finding.current");
      if (cur) cur.scrollIntoView({ block: "nearest" });
    }

    destroy() {
      live.delete(this);
      this.ranges = [];
      repaintHighlights();
      window.removeEventListener("scroll", this.onScroll, { capture: true });
      window.removeEventListener("resize", this.onScroll);
      document.removeEventListener("mousemove", this.onPointer);
      document.removeEventListener("click", this.onPointer, { capture: true });
      this.editor.removeEventListener("keydown", this.onKey);
      if (this.frame) cancelAnimationFrame(this.frame);
      clearTimeout(this.leaveTimer);
      this.host.remove();
    }
  }

  // A small notice that fades by itself (e.g. "could not check this post").
  let noticeHost = null;
  SL.notice = function notice(text, anchor) {
    if (!noticeHost || !noticeHost.host.isConnected) noticeHost = SL.createHost("notice");
    const box = el("div", { class: "notice", role: "status", "data-sl-notice": "" },
      el("span", { text }),
      el("button", { type: "button", class: "close", "aria-label": "Dismiss", text: "×", onclick: () => box.remove() }));
    const rect = anchor && anchor.isConnected ? anchor.getBoundingClientRect() : null;
    box.style.left = `${Math.max(8, Math.min(rect ? rect.left : 16, window.innerWidth - 376))}px`;
    box.style.top = `${rect ? Math.min(rect.bottom + 8, window.innerHeight - 80) : 16}px`;
    noticeHost.wrap.replaceChildren(box);
    setTimeout(() => box.remove(), 8000);
    return box;
  };

  SL.Overlay = Overlay;
})();
