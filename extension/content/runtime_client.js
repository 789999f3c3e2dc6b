// Talks to the rule engine. Checks go straight to the runtime (the offscreen
// document in Chrome); when it does not exist yet, the background starts it
// and the check is retried once.
(function () {
  "use strict";
  const SL = globalThis.SecondLook;
  const P = globalThis.SecondLookProtocol;

  const NOT_THERE = /Receiving end does not exist|message port closed|Could not establish connection/i;

  function alive() {
    try {
      return Boolean(chrome.runtime && chrome.runtime.id);
    } catch (err) {
      return false;
    }
  }

  async function send(message) {
    if (!alive()) throw new Error("Second Look was updated or turned off: reload the page to check again.");
    return chrome.runtime.sendMessage(message);
  }

  function withTimeout(promise, ms) {
    let timer;
    return Promise.race([
      promise,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), ms);
      }),
    ]).finally(() => clearTimeout(timer));
  }

  let warming = null;
  function warmup() {
    if (!warming) {
      warming = send({ to: P.TO.BACKGROUND, type: P.MSG.WARMUP })
        .catch((err) => ({ ok: false, state: "failed", error: String(err && err.message) }))
        .finally(() => {
          setTimeout(() => (warming = null), 1000);
        });
    }
    return warming;
  }

  async function toRuntime(message) {
    const full = { ...message, to: P.TO.RUNTIME };
    try {
      const reply = await send(full);
      if (reply !== undefined) return reply;
    } catch (err) {
      if (!NOT_THERE.test(String(err && err.message))) throw err;
    }
    await warmup();
    return send(full);
  }

  // Resolves {ok:true, findings} or {ok:false, error, failOpen:true}; never rejects.
  async function check(text, context, { timeoutMs = 0, account, parent } = {}) {
    const message = { type: P.MSG.CHECK, text: text.slice(0, P.LIMITS.MAX_TEXT), context };
    if (account) message.account = account;
    if (parent) message.parent = parent.slice(0, P.LIMITS.MAX_TEXT);
    try {
      const pending = toRuntime(message);
      const reply = await (timeoutMs ? withTimeout(pending, timeoutMs) : pending);
      if (reply && reply.ok) return reply;
      return { ok: false, failOpen: true, error: (reply && reply.error) || "No answer from the rule engine." };
    } catch (err) {
      return { ok: false, failOpen: true, error: err && err.message === "timeout" ? "The check took too long." : String(err && err.message) };
    }
  }

  SL.runtime = { check, warmup, toRuntime, alive, withTimeout };
})();
