// Facebook adapter: selectors kept as data, in fallback chains (stable
// attributes first, then role/aria, then structure). Facebook has few stable
// attributes: where only translated labels exist, per-locale tables are used.
// Checked against tests/fixtures/facebook/ (structure as of 2026-11):
//   editor    div[contenteditable][role=textbox][data-lexical-editor] > p > span[data-lexical-text]
//   composer  [role=dialog] "Create post", Post button [role=button][aria-label="Post"];
//             Pages: Next, then "Post settings" with Post. The second step no longer holds
//             the editor, so the text is judged at Next (a submit button here)
//   comments  form > editor "Comment as <name>" / "Write a comment…", Enter submits,
//             submit #focused-state-composer-submit [aria-label="Comment"]; replies "Reply as <name>"
//   Messenger editor "Message" (placeholder "Aa"), Enter sends, [aria-label="Press enter to send"]
(function () {
  "use strict";
  const SL = globalThis.SecondLook;

  // Labels by locale (the <html lang> Facebook renders). Editors are matched by
  // prefix ("Comment as Dana Reyes"), buttons by their whole label.
  const LABELS = {
    en: {
      post: ["Post"], next: ["Next"], send: ["Press enter to send", "Send"], commentButton: ["Comment"],
      comment: ["Comment as", "Write a comment", "Write a public comment", "Answer as"],
      reply: ["Reply as", "Write a reply", "Reply to"], message: ["Message", "Aa"],
    },
    es: {
      post: ["Publicar"], next: ["Siguiente"], send: ["Pulsa Intro para enviar", "Enviar"], commentButton: ["Comentar"],
      comment: ["Comentar como", "Escribe un comentario", "Escribe un comentario público"],
      reply: ["Responder como", "Escribe una respuesta", "Responder a"], message: ["Mensaje", "Aa"],
    },
    fr: {
      post: ["Publier"], next: ["Suivant"], send: ["Appuyez sur Entrée pour envoyer", "Envoyer"], commentButton: ["Commenter"],
      comment: ["Commenter en tant que", "Écrivez un commentaire", "Écrire un commentaire"],
      reply: ["Répondre en tant que", "Écrivez une réponse", "Répondre à"], message: ["Message", "Aa"],
    },
    de: {
      post: ["Posten", "Veröffentlichen"], next: ["Weiter"], send: ["Zum Senden Eingabetaste drücken", "Senden"], commentButton: ["Kommentieren"],
      comment: ["Kommentieren als", "Schreibe einen Kommentar", "Kommentar schreiben"],
      reply: ["Antworten als", "Schreibe eine Antwort", "Antworten an"], message: ["Nachricht", "Aa"],
    },
  };
  const lang = (document.documentElement.lang || "en").slice(0, 2).toLowerCase();
  const L = LABELS[lang] || LABELS.en;
  const quote = (w) => w.replace(/["\\]/g, "\\$&");
  const byLabel = (words, scope = "") => words.map((w) => `${scope}[role="button"][aria-label="${quote(w)}" i]`);

  const EDITORS = [
    '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]', // Lexical (2026-11)
    '[contenteditable="true"][data-lexical-editor="true"]', // Lexical without the role
    '[contenteditable="true"][role="textbox"]', // structural fallback (older Draft-based composers)
  ];
  // Where a composer lives: the post dialog, a comment form, a Messenger thread.
  const DIALOG = '[role="dialog"]';

  function label(editor) {
    return (editor.getAttribute("aria-label") || editor.getAttribute("aria-placeholder") || "").trim();
  }
  const startsWithAny = (text, words) => words.some((w) => text.toLowerCase().startsWith(w.toLowerCase()));

  SL.sites.facebook = {
    id: "facebook",
    name: "Facebook",
    editors: EDITORS,
    submitButtons: [
      "#focused-state-composer-submit", // comment and reply submit (2026-11)
      ...byLabel(L.commentButton, "form "), // the same, by label, inside the comment form
      ...byLabel(L.post), // "Create post" dialog; Pages: "Post settings"
      ...byLabel(L.next, `${DIALOG} `), // Pages: Next leaves the text behind; only in a dialog (carousels have "Next" too)
      ...byLabel(L.send), // Messenger
    ],
    // Keys that publish: plain Enter in comments, replies and Messenger
    // (Shift+Enter is a new line there); Ctrl/Cmd+Enter everywhere.
    enterSubmits(editor) {
      const ctx = this.contextOf(editor, null);
      return ctx === "comment" || ctx === "reply" || ctx === "message";
    },
    contextOf(editor) {
      const names = [editor.getAttribute("aria-label") || "", editor.getAttribute("aria-placeholder") || ""].map((s) => s.trim());
      if (names.some((n) => startsWithAny(n, L.reply))) return "reply";
      if (names.some((n) => startsWithAny(n, L.comment))) return "comment";
      if (names.some((n) => L.message.some((w) => n === w || n.startsWith(w + " ")))) return "message";
      if (/^\/messages(\/|$)/.test(location.pathname)) return "message";
      return "post";
    },
    // The profile or Page the person is writing as, when the composer says it:
    // "Comment as Dana Reyes", or the name at the top of the post dialog.
    currentAccount(editor) {
      const l = editor ? label(editor) : "";
      for (const w of [...L.comment, ...L.reply]) {
        if (/ (as|como|que|als)$/.test(w) && l.toLowerCase().startsWith(w.toLowerCase() + " ")) return l.slice(w.length + 1).trim();
      }
      const dialog = editor && editor.closest(DIALOG);
      const who = dialog && dialog.querySelector("h2 ~ * strong, strong");
      return who ? who.textContent.trim() : null;
    },
  };
})();
