// X (Twitter) adapter: selectors kept as data, in fallback chains (stable test
// ids first, then role/aria, then structure). Checked against the fixtures in
// tests/fixtures/x/ (structure as of 2026-11):
//   home        main [data-testid=tweetTextarea_0] (DraftJS) + button tweetButtonInline "Post"
//   /compose/post  [role=dialog] > tweetTextarea_0, _1, … (threads: "Add post" = addButton)
//               + button tweetButton "Post" / "Post all"
//   reply       a post's page: tweetTextarea_0 + tweetButtonInline "Reply";
//               reply modal: "Replying to @…" + tweetButton "Reply"
//   quote       [role=dialog] tweetTextarea_0 ("Add a comment") + quoted post + tweetButton "Post"
//   DMs         legacy: dmComposerTextInput (DraftJS) + dmComposerSendButton, Enter sends;
//               chat: textarea dm-composer-textarea (may be in an open shadow root)
//               + dm-composer-send-button, Enter sends
//   mobile web  textarea tweetTextarea_0 + tweetButton
(function () {
  "use strict";
  const SL = globalThis.SecondLook;

  // Labels exist only as translated text in a few places: per-locale tables.
  const LABELS = {
    en: { reply: ["Reply", "Reply all"], replyingTo: ["Replying to"] },
    es: { reply: ["Responder", "Responder a todos"], replyingTo: ["Respondiendo a"] },
    fr: { reply: ["Répondre", "Répondre à tous"], replyingTo: ["En réponse à"] },
    de: { reply: ["Antworten", "Allen antworten"], replyingTo: ["Antwort an"] },
    pt: { reply: ["Responder"], replyingTo: ["Respondendo a", "Em resposta a"] },
    it: { reply: ["Rispondi"], replyingTo: ["In risposta a"] },
    ja: { reply: ["返信", "すべてに返信"], replyingTo: ["返信先"] },
  };
  const lang = (document.documentElement.lang || "en").slice(0, 2).toLowerCase();
  const labels = LABELS[lang] || LABELS.en;

  const MESSAGE_EDITORS = [
    '[data-testid="dmComposerTextInput"]', // legacy DMs (DraftJS)
    '[data-testid="dm-composer-textarea"]', // chat composer (2025-)
  ];

  SL.sites.x = {
    id: "x",
    name: "X",
    editors: [
      '[data-testid^="tweetTextarea_"][contenteditable="true"]', // DraftJS composer; threads add _1, _2
      'textarea[data-testid^="tweetTextarea_"]', // mobile web
      '[data-testid="dmComposerTextInput"][contenteditable="true"]', // legacy DMs
      'textarea[data-testid="dm-composer-textarea"]', // chat composer, possibly in an open shadow root
      '[role="textbox"][contenteditable="true"][aria-label="Post text"]', // structural fallback
    ],
    messageEditors: MESSAGE_EDITORS,
    submitButtons: [
      'button[data-testid^="tweetButton"]', // tweetButton (modal, mobile), tweetButtonInline (home, reply)
      '[role="button"][data-testid^="tweetButton"]', // the same rendered as a div
      '[data-testid="dmComposerSendButton"]', // legacy DMs
      '[data-testid="dm-composer-send-button"]', // chat composer
    ],
    // Keys that publish: Ctrl/Cmd+Enter everywhere, plain Enter in DMs
    // (Shift+Enter is a new line there).
    enterSubmits(editor) {
      return SL.closestAny(editor, MESSAGE_EDITORS) !== null;
    },
    contextOf(editor, root) {
      if (SL.closestAny(editor, MESSAGE_EDITORS)) return "message";
      const button = root ? SL.queryAllDeep(root, this.submitButtons)[0] : null;
      const label = button ? (button.textContent || button.getAttribute("aria-label") || "").trim() : "";
      if (labels.reply.includes(label)) return "reply";
      // The reply modal says whom it answers above the editor.
      const dialog = editor.closest('[role="dialog"]');
      const text = (dialog || root || editor.parentNode || editor).textContent || "";
      if (labels.replyingTo.some((l) => text.includes(l))) return "reply";
      return "post";
    },
    // The handle of the signed-in account, from the side navigation.
    currentAccount() {
      const sw = document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]');
      const m = sw && sw.textContent.match(/@([A-Za-z0-9_]{1,15})/);
      return m ? m[1] : null;
    },
  };
})();
