// Second Look content-script core: the namespace and the text model that maps
// an editor's DOM to one string and back (UTF-16 offsets, like pycore's).
// Site-agnostic: sites/*.js describe the sites, ui/*.js draw.
(function () {
  "use strict";
  const SL = (globalThis.SecondLook = globalThis.SecondLook || {});
  SL.sites = SL.sites || {};

  SL.debounce = function debounce(fn, ms) {
    let timer = null;
    const wrapped = (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), wrapped.ms);
    };
    wrapped.ms = ms;
    wrapped.cancel = () => clearTimeout(timer);
    return wrapped;
  };

  const BLOCK = new Set(["DIV", "P", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "SECTION", "ARTICLE"]);

  // Reads the text of an editor without touching it. Returns
  // {text, segments:[{node, start}]} (contenteditable) or {text, textarea}.
  SL.readEditor = function readEditor(editor) {
    if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
      return { text: editor.value, textarea: editor, segments: [] };
    }
    let text = "";
    const segments = [];
    const walk = (node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (child.data) {
            segments.push({ node: child, start: text.length });
            text += child.data;
          }
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          const el = child;
          if (el.tagName === "BR") {
            // A lone <br> in an empty block is a placeholder, not a line.
            if (el.parentNode.childNodes.length > 1 || !BLOCK.has(el.parentNode.tagName)) text += "\n";
            continue;
          }
          if (el.tagName === "IMG" && el.alt) {
            // Emoji drawn as images (X): their alt text is the character.
            text += el.alt;
            continue;
          }
          const block = BLOCK.has(el.tagName);
          if (block && text && !text.endsWith("\n")) text += "\n";
          walk(el);
          if (block && text && !text.endsWith("\n") && el.nextSibling) text += "\n";
        }
      }
    };
    walk(editor);
    return { text, segments };
  };

  function locate(model, offset, preferEnd) {
    const segs = model.segments;
    for (let i = 0; i < segs.length; i += 1) {
      const seg = segs[i];
      const len = seg.node.data.length;
      if (offset < seg.start + len || (preferEnd && offset === seg.start + len)) {
        if (offset >= seg.start) return { node: seg.node, offset: offset - seg.start };
        return { node: seg.node, offset: 0 }; // offset fell on an inserted line break
      }
    }
    const last = segs[segs.length - 1];
    return last ? { node: last.node, offset: last.node.data.length } : null;
  }

  // A DOM Range for [start, end) in a contenteditable model, or null.
  SL.rangeFor = function rangeFor(model, start, end) {
    if (model.textarea || !model.segments.length) return null;
    const a = locate(model, start, false);
    const b = locate(model, end, true);
    if (!a || !b) return null;
    const range = document.createRange();
    try {
      range.setStart(a.node, Math.min(a.offset, a.node.data.length));
      range.setEnd(b.node, Math.min(b.offset, b.node.data.length));
    } catch (err) {
      return null;
    }
    return range;
  };

  // Client rects of [start, end) in a textarea, measured with a mirror element
  // that copies the textarea's box and font.
  SL.textareaRects = function textareaRects(textarea, start, end) {
    const style = getComputedStyle(textarea);
    const mirror = document.createElement("div");
    const props = ["boxSizing", "width", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft", "borderTopWidth",
      "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "fontFamily", "fontSize", "fontWeight", "fontStyle",
      "letterSpacing", "lineHeight", "textTransform", "wordSpacing", "textIndent", "tabSize"];
    for (const p of props) mirror.style[p] = style[p];
    mirror.style.position = "fixed";
    mirror.style.visibility = "hidden";
    mirror.style.whiteSpace = "pre-wrap";
    mirror.style.overflowWrap = "break-word";
    mirror.style.top = "0";
    mirror.style.left = "0";
    const value = textarea.value;
    mirror.append(document.createTextNode(value.slice(0, start)));
    const mark = document.createElement("span");
    mark.textContent = value.slice(start, end) || "\u200b";
    mirror.append(mark, document.createTextNode(value.slice(end)));
    document.documentElement.append(mirror);
    const box = textarea.getBoundingClientRect();
    const base = mirror.getBoundingClientRect();
    const rects = Array.from(mark.getClientRects()).map((r) => ({
      left: box.left + (r.left - base.left) - textarea.scrollLeft,
      top: box.top + (r.top - base.top) - textarea.scrollTop,
      width: r.width,
      height: r.height,
    }));
    mirror.remove();
    return rects;
  };

  SL.rectsFor = function rectsFor(model, start, end) {
    if (model.textarea) return SL.textareaRects(model.textarea, start, end);
    const range = SL.rangeFor(model, start, end);
    return range ? Array.from(range.getClientRects()) : [];
  };

  // Replaces [start, end) with text through the editor's own input path, so
  // the site's editor state (DraftJS, Lexical, React) stays in sync.
  SL.replaceText = function replaceText(editor, start, end, replacement) {
    const model = SL.readEditor(editor);
    editor.focus();
    if (model.textarea) {
      model.textarea.setSelectionRange(start, end);
    } else {
      const range = SL.rangeFor(model, start, end);
      if (!range) return false;
      const sel = getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    }
    // execCommand fires beforeinput/input with inputType insertText, which the
    // editors handle as if the person had typed.
    const ok = document.execCommand("insertText", false, replacement);
    if (!ok && model.textarea) {
      model.textarea.setRangeText(replacement, start, end, "end");
      model.textarea.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: replacement }));
    }
    return true;
  };

  // Finds elements matching any selector of a fallback chain, looking into
  // open shadow roots as well (X's chat composer may live in one).
  SL.queryAllDeep = function queryAllDeep(root, selectors) {
    const out = new Set();
    const visit = (scope) => {
      for (const sel of selectors) for (const el of scope.querySelectorAll(sel)) out.add(el);
      for (const host of scope.querySelectorAll("*")) if (host.shadowRoot) visit(host.shadowRoot);
    };
    visit(root);
    return Array.from(out);
  };

  SL.closestAny = function closestAny(el, selectors) {
    let node = el;
    while (node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        for (const sel of selectors) if (node.matches(sel)) return node;
      }
      node = node.parentNode || (node instanceof ShadowRoot ? node.host : null);
    }
    return null;
  };

  // Event target through open shadow roots.
  SL.eventTarget = function eventTarget(event) {
    const path = event.composedPath ? event.composedPath() : [];
    return path.length ? path[0] : event.target;
  };

  SL.SEVERITY_RANK = { info: 1, warning: 2, error: 3 };
  SL.highest = function highest(findings) {
    let best = null;
    for (const f of findings) if (!best || SL.SEVERITY_RANK[f.severity] > SL.SEVERITY_RANK[best]) best = f.severity;
    return best;
  };
  SL.atOrAbove = function atOrAbove(findings, level) {
    const min = SL.SEVERITY_RANK[level] || SL.SEVERITY_RANK.warning;
    return findings.filter((f) => SL.SEVERITY_RANK[f.severity] >= min);
  };
})();
