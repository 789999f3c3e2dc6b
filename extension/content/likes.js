// A pause before liking: a like is a public endorsement. Reads the liked
// post's own text through the site adapter's `likes` description, asks the
// rule engine (context "like") and pauses with a lighter dialog when the post
// carries something the person may not want their name on. Un-liking never
// pauses. Knows no site.
(function () {
  "use strict";
  const SL = globalThis.SecondLook;
  const P = globalThis.SecondLookProtocol;

  // One short sentence on why, by the most serious category found.
  const WHY = {
    confidentiality: "This post seems to share details about someone in therapy, and your like would be public.",
    "public-diagnosis": "This post labels a specific person with a diagnosis, and your like would be public.",
    profanity: "This post uses language you may not want your name next to: likes are public.",
    "informal-tone": "Likes are public, and this post's tone may not fit your professional page.",
    "personal-content": "Likes are public, and this post is personal rather than professional.",
    political: "Likes are public, and this post takes a political side some clients may not share.",
    "victim-blaming": "This post blames survivors, and your like would be public.",
    "non-affirming-language": "This post uses non-affirming language about transgender people, and your like would be public.",
    "stigmatizing-language": "This post uses stigmatizing language about mental health, and your like would be public.",
    "distress-risk": "This post could harm a reader in distress, and your like would share it.",
    "dual-relationship": "Likes are public, and this post blurs the line between clients and friends.",
    "misleading-claim": "Likes are public, and this post makes promises about outcomes.",
    testimonial: "Likes are public, and this post asks clients for testimonials.",
    "sensitive-contact": "Likes are public, and this post invites health details by message.",
  };
  const DEFAULT_WHY = "Likes are public, and this post has something you may not want to endorse.";

  function lead(findings) {
    const order = ["error", "warning", "info"];
    const top = [...findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity))[0];
    return (top && WHY[top.category]) || DEFAULT_WHY;
  }

  SL.installLikes = function installLikes(site, getSettings) {
    const likes = site.likes;
    if (!likes) return () => {};
    // The pass for "Like anyway" (and the replay of a like that needed no
    // pause): for that very button, once more by a real click if the site
    // ignored the synthetic one; gone once the post is un-liked.
    let bypass = null; // {post, button, until}

    function likeTarget(event) {
      const target = SL.eventTarget(event);
      if (!(target instanceof Element)) return null;
      const unlike = SL.closestAny(target, likes.unlikeButtons);
      if (unlike) {
        if (bypass && bypass.post === likes.postOf(unlike)) bypass = null;
        return null; // un-liking never pauses
      }
      const button = SL.closestAny(target, likes.likeButtons);
      if (!button) return null;
      const post = likes.postOf(button);
      return post ? { button, post } : null;
    }

    async function decide(event, button, post, replay) {
      const settings = getSettings();
      if (bypass && bypass.button === button && Date.now() < bypass.until) {
        if (event.isTrusted) bypass = null;
        return;
      }
      const text = likes.textOf(post);
      if (!text.trim()) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const reply = await SL.runtime.check(text, "like", { timeoutMs: P.LIMITS.CHECK_TIMEOUT_MS });
      const proceed = () => {
        bypass = { post, button, until: Date.now() + 10000 };
        replay();
      };
      if (!reply.ok) {
        proceed();
        SL.notice("Second Look could not check this post in time, so your like went through unchecked.", button);
        return;
      }
      let found = SL.atOrAbove(reply.findings, settings.pauseOn);
      // A post that is not public: only confidentiality matters.
      if (!likes.isPublic(post)) found = found.filter((f) => f.category === "confidentiality");
      if (!found.length) return proceed();
      const choice = await SL.pause({ kind: "like", findings: found, text, lead: lead(found) });
      if (choice === "proceed") proceed();
      else if (button.isConnected) button.focus();
    }

    function onClick(event) {
      const hit = likeTarget(event);
      if (hit) decide(event, hit.button, hit.post, () => hit.button.click());
    }

    function onKeyDown(event) {
      if (SL.pause.isOpen() || event.isComposing) return;
      const target = SL.eventTarget(event);
      if (!(target instanceof Element)) return;
      // Enter/Space on a focused like button.
      if ((event.key === "Enter" || event.key === " ") && !event.ctrlKey && !event.metaKey) {
        const hit = likeTarget(event);
        if (hit) decide(event, hit.button, hit.post, () => hit.button.click());
        return;
      }
      // The site's own shortcut (X: "l" likes the focused post).
      if (!likes.shortcut || event.key !== likes.shortcut || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      const post = likes.focusedPost(target);
      if (!post) return;
      const button = SL.queryAllDeep(post, likes.likeButtons).find((b) => likes.postOf(b) === post);
      if (!button) return; // already liked: "l" un-likes, which never pauses
      decide(event, button, post, () => button.click());
    }

    window.addEventListener("click", onClick, true);
    window.addEventListener("keydown", onKeyDown, true);
    return () => {
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("keydown", onKeyDown, true);
    };
  };
})();
