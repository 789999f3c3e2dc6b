// X (Twitter) adapter: selectors kept as data, in fallback chains (stable test
// ids first, then role/aria, then structure). Checked against the fixtures in
// tests/fixtures/x/ (structure as of 2026-11).
(function () {
  "use strict";
  const SL = globalThis.SecondLook;

  // Labels exist only as translated text in a few places: per-locale tables.
  const LABELS = {
    en: { reply: ["Reply", "Reply all"], replyingTo: ["Replying to"] },
    es: { reply: ["Responder"], replyingTo: ["Respondiendo a"] },
    fr: { reply: ["Répondre"], replyingTo: ["En réponse à"] },
    de: { reply: ["Antworten"], replyingTo: ["Antwort an"] },
  };
  const lang = (document.documentElement.lang || "en").slice(0, 2);
  const labels = LABELS[lang] || LABELS.en;

  SL.sites.x = {
    id: "x",
    name: "X",
    editors: [
      '[data-testid^="tweetTextarea_"][contenteditable="true"]', // DraftJS composer, threads add _1, _2
      'textarea[data-testid^="tweetTextarea_"]', // mobile web
      '[data-testid="dmComposerTextInput"][contenteditable="true"]', // legacy DMs
      'textarea[data-testid="dm-composer-textarea"]', // chat composer
      '[role="textbox"][contenteditable="true"][aria-label="Post text"]', // structural fallback
    ],
    messageEditors: ['[data-testid="dmComposerTextInput"]', '[data-testid="dm-composer-textarea"]'],
    submitButtons: [
      'button[data-testid^="tweetButton"]', // tweetButton (modal), tweetButtonInline
      '[data-testid="dmComposerSendButton"]',
      '[data-testid="dm-composer-send-button"]',
    ],
    // Keys that publish: Ctrl/Cmd+Enter everywhere, plain Enter in DMs.
    enterSubmits(editor) {
      return SL.closestAny(editor, this.messageEditors) !== null;
    },
    contextOf(editor, root) {
      if (SL.closestAny(editor, this.messageEditors)) return "message";
      const button = root ? SL.queryAllDeep(root, this.submitButtons)[0] : null;
      const label = button ? button.textContent.trim() : "";
      if (labels.reply.includes(label)) return "reply";
      const text = root ? root.textContent : "";
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
