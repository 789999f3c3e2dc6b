// Facebook adapter: selectors kept as data, in fallback chains. Facebook has
// few stable attributes; where only translated labels exist, per-locale tables
// are used. Checked against tests/fixtures/facebook/ (structure as of 2026-11).
(function () {
  "use strict";
  const SL = globalThis.SecondLook;

  const LABELS = {
    en: { post: ["Post"], next: ["Next"], send: ["Send", "Press Enter to send"], comment: ["Comment as", "Write a comment", "Write a public comment"], reply: ["Reply as", "Write a reply"], message: ["Message", "Aa"] },
    es: { post: ["Publicar"], next: ["Siguiente"], send: ["Enviar"], comment: ["Comentar como", "Escribe un comentario"], reply: ["Responder como", "Escribe una respuesta"], message: ["Mensaje"] },
    fr: { post: ["Publier"], next: ["Suivant"], send: ["Envoyer"], comment: ["Commenter en tant que", "Écrivez un commentaire"], reply: ["Répondre en tant que", "Écrivez une réponse"], message: ["Message"] },
  };
  const lang = (document.documentElement.lang || "en").slice(0, 2);
  const L = LABELS[lang] || LABELS.en;
  const byLabel = (words) => words.map((w) => `[role="button"][aria-label="${w}" i]`);

  function label(editor) {
    return (editor.getAttribute("aria-label") || editor.getAttribute("aria-placeholder") || "").trim();
  }

  SL.sites.facebook = {
    id: "facebook",
    name: "Facebook",
    editors: [
      '[contenteditable="true"][data-lexical-editor="true"]', // Lexical
      '[contenteditable="true"][role="textbox"]', // structural fallback
    ],
    submitButtons: [...byLabel(L.post), ...byLabel(L.next), ...byLabel(L.send), 'div[role="button"][aria-label="Post" i]'],
    enterSubmits(editor) {
      const ctx = this.contextOf(editor, null);
      return ctx === "comment" || ctx === "reply" || ctx === "message";
    },
    contextOf(editor) {
      const l = label(editor);
      if (L.reply.some((w) => l.startsWith(w))) return "reply";
      if (L.comment.some((w) => l.startsWith(w))) return "comment";
      if (L.message.some((w) => l === w || l.startsWith(w + " ")) || location.pathname.startsWith("/messages")) return "message";
      return "post";
    },
    // The Page or profile the person is posting as, when the composer says it.
    currentAccount(editor) {
      const l = editor ? label(editor) : "";
      for (const w of [...L.comment, ...L.reply]) {
        if (w.endsWith(" as") && l.startsWith(w + " ")) return l.slice(w.length + 1).trim();
      }
      const dialog = editor && editor.closest('[role="dialog"]');
      const who = dialog && dialog.querySelector("[data-sl-account], strong, h2 + div span");
      return who ? who.textContent.trim() : null;
    },
  };
})();
