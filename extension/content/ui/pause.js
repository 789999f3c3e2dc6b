// The pause: a modal alert dialog in the top layer that lists what Second Look
// found and offers a way back (the default) and a way on. Knows no site.
(function () {
  "use strict";
  const SL = globalThis.SecondLook;
  const el = (...a) => SL.el(...a);

  const KINDS = {
    publish: {
      title: "Second Look: before you post",
      lead: (n) => `Nothing has been posted yet. Second Look found ${n === 1 ? "something" : "a few things"} worth a second look:`,
      back: "Edit",
      on: "Post anyway",
    },
    like: {
      title: "Second Look: before you like",
      lead: () => "Likes are public: liking this would share it with your name on it.",
      back: "Cancel",
      on: "Like anyway",
    },
  };

  let openDialog = null;

  // Resolves "proceed" or "back". Escape, the backdrop and the default button mean "back".
  SL.pause = function pause({ kind = "publish", findings, text, lead }) {
    if (openDialog) openDialog.finish("back");
    const k = KINDS[kind];
    const { host, wrap } = SL.createHost("pause");
    host.style.pointerEvents = "auto";
    const titleId = "sl-pause-title";
    const descId = "sl-pause-desc";
    const previous = document.activeElement;
    return new Promise((resolve) => {
      const dialog = el("dialog", { class: "pause", role: "alertdialog", "aria-modal": "true", "aria-labelledby": titleId, "aria-describedby": descId });
      let done = false;
      const finish = (choice) => {
        if (done) return;
        done = true;
        openDialog = null;
        if (dialog.open) dialog.close();
        host.remove();
        resolve(choice);
      };
      const back = el("button", { type: "button", class: "primary", text: k.back, onclick: () => finish("back") });
      const on = el("button", { type: "button", text: k.on, onclick: () => finish("proceed") });
      dialog.append(
        el("div", { class: "pause-body" },
          el("h2", { id: titleId, text: k.title }),
          el("p", { id: descId, text: lead || k.lead(findings.length) }),
          el("ul", { class: "findings" }, SL.groupFindings(findings).map((g) => SL.renderGroup(g, text, { brief: kind === "like" })))),
        el("div", { class: "pause-buttons" }, on, back),
      );
      dialog.addEventListener("cancel", (e) => {
        e.preventDefault();
        finish("back");
      });
      // Keys typed in the dialog stay in it: the site's shortcuts must not fire.
      for (const type of ["keydown", "keyup", "keypress"]) {
        dialog.addEventListener(type, (e) => {
          if (e.key === "Escape" && type === "keydown") {
            e.preventDefault();
            finish("back");
          }
          e.stopPropagation();
        });
      }
      wrap.append(dialog);
      openDialog = { finish };
      dialog.showModal();
      back.focus();
      SL.pause.previousFocus = previous;
    });
  };

  SL.pause.isOpen = () => Boolean(openDialog);
})();
