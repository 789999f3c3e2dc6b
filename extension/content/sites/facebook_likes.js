// Facebook: how to find a liked or reacted post, its own text, and its
// audience. Selectors and labels as data (structure as of 2026-11; see
// tests/fixtures/facebook/).
(function () {
  "use strict";
  const SL = globalThis.SecondLook;
  const LABELS = {
    en: { like: ["Like"], reactions: ["Love", "Care", "Haha", "Wow", "Sad", "Angry"], unlike: ["Remove Like", "Change Like"], public: ["Shared with Public", "Public"] },
    es: { like: ["Me gusta"], reactions: ["Me encanta", "Me importa", "Me divierte", "Me asombra", "Me entristece", "Me enoja"], unlike: ["Quitar Me gusta"], public: ["Compartido con Público", "Público"] },
    fr: { like: ["J’aime", "J'aime"], reactions: ["J’adore", "Solidaire", "Haha", "Wouah", "Triste", "En colère"], unlike: ["Retirer J’aime"], public: ["Partagé avec Public", "Public"] },
  };
  const lang = (document.documentElement.lang || "en").slice(0, 2);
  const L = LABELS[lang] || LABELS.en;
  const byLabel = (words) => words.map((w) => `[role="button"][aria-label="${w}"]`);
  const POST = ['[role="article"]', '[data-pagelet^="FeedUnit"]', "[aria-posinset]"];
  const MESSAGE = ['[data-ad-rendering-role="story_message"]', '[data-ad-preview="message"]', '[data-ad-comet-preview="message"]'];

  function postOf(el) {
    // The outermost article: comments are nested articles inside a post.
    let post = null;
    let node = el;
    while (node && node !== document.body) {
      if (node.nodeType === 1 && POST.some((s) => node.matches(s))) post = node;
      node = node.parentElement;
    }
    return post;
  }

  SL.sites.facebook.likes = {
    likeButtons: [...byLabel(L.like), ...byLabel(L.reactions)],
    unlikeButtons: byLabel(L.unlike),
    shortcut: null,
    postOf,
    textOf(post) {
      for (const sel of MESSAGE) {
        const el = post.querySelector(sel);
        if (el) return SL.readEditor(el).text;
      }
      return "";
    },
    isPublic(post) {
      for (const t of post.querySelectorAll("svg title, [aria-label]")) {
        const label = t.tagName.toLowerCase() === "title" ? t.textContent : t.getAttribute("aria-label");
        if (L.public.includes((label || "").trim())) return true;
      }
      return false;
    },
    // The post a comment or reply box sits under.
    replyParentText(editor) {
      const post = postOf(editor);
      return post ? this.textOf(post) : null;
    },
    focusedPost(target) {
      return postOf(target);
    },
  };
})();
