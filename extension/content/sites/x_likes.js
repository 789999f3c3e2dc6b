// X: how to find a liked post, its own text, and whether it is public.
// Selectors as data (structure as of 2026-11; see tests/fixtures/x/).
(function () {
  "use strict";
  const SL = globalThis.SecondLook;
  const POST = 'article[data-testid="tweet"]';
  const QUOTED = ['[data-testid="quoteTweet"]', 'div[role="link"]'];

  SL.sites.x.likes = {
    likeButtons: ['[data-testid="like"]'],
    unlikeButtons: ['[data-testid="unlike"]'],
    shortcut: "l",
    postOf(button) {
      return button.closest(POST);
    },
    // The post's own text: tweetText outside nested quoted posts; emoji come
    // from img[alt] (SL.readEditor reads them).
    textOf(post) {
      const own = Array.from(post.querySelectorAll('[data-testid="tweetText"]')).filter((el) => {
        if (el.closest(POST) !== post) return false;
        const quoted = SL.closestAny(el, QUOTED);
        return !quoted || !post.contains(quoted);
      });
      return own.map((el) => SL.readEditor(el).text).join("\n");
    },
    author(post) {
      const name = post.querySelector('[data-testid="User-Name"]');
      const m = name && name.textContent.match(/@([A-Za-z0-9_]{1,15})/);
      return m ? m[1] : null;
    },
    // A protected author shows a lock icon by their name.
    isPublic(post) {
      const name = post.querySelector('[data-testid="User-Name"]');
      return !(name && name.querySelector('[data-testid="icon-lock"], svg[aria-label="Protected account"]'));
    },
    // The post a reply composer answers: in a reply dialog the post shown in
    // it, on a post's page the post before the composer.
    replyParentText(editor, root) {
      const dialog = editor.closest('[role="dialog"]');
      const scope = dialog || document;
      let parent = null;
      for (const article of scope.querySelectorAll(POST)) {
        if (article.contains(editor)) continue;
        if (article.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING) parent = article;
      }
      return parent ? this.textOf(parent) : null;
    },
    focusedPost(target) {
      return target.closest(POST) || (document.activeElement && document.activeElement.closest(POST));
    },
  };
})();
