"""A small WebDriver BiDi client for Firefox ESR (no geckodriver, no Playwright).

Firefox's built-in remote agent speaks WebDriver BiDi over a websocket:
`firefox-esr --headless --remote-debugging-port 0 --profile DIR` prints
"WebDriver BiDi listening on ws://127.0.0.1:PORT" and accepts a session at
ws://127.0.0.1:PORT/session. This module starts such a Firefox, sends commands
(`BiDi.command(method, params)` blocks for the result) and runs event handlers
on a worker thread, so a handler may itself send commands (for instance
`network.provideResponse` for an intercepted request).

Uses the `websockets` package's threaded client (websockets >= 12).
"""
from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Callable

from websockets.sync.client import connect

# Keeps a headless test Firefox quiet and off the network (the remote agent adds
# its own "recommended" prefs on top: no updates, no telemetry, ...).
TEST_PREFS = {
    "app.update.enabled": False,
    "browser.shell.checkDefaultBrowser": False,
    "browser.startup.homepage_override.mstone": "ignore",
    "browser.startup.page": 0,
    "browser.newtabpage.enabled": False,
    "browser.safebrowsing.malware.enabled": False,
    "browser.safebrowsing.phishing.enabled": False,
    "browser.safebrowsing.downloads.enabled": False,
    "browser.safebrowsing.blockedURIs.enabled": False,
    "browser.search.update": False,
    "browser.ping-centre.telemetry": False,
    "captivedetect.canonicalURL": "",
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "network.dns.disablePrefetch": True,
    "network.http.speculative-parallel-limit": 0,
    "network.prefetch-next": False,
    "datareporting.policy.dataSubmissionEnabled": False,
    "datareporting.healthreport.uploadEnabled": False,
    "toolkit.telemetry.enabled": False,
    "toolkit.telemetry.unified": False,
    "extensions.update.enabled": False,
    "extensions.getAddons.cache.enabled": False,
    "extensions.blocklist.enabled": False,
    "services.settings.server": "data:,#remote-settings-dummy/v1",  # needs MOZ_REMOTE_SETTINGS_DEVTOOLS=1
    "media.gmp-manager.url": "",
    "toolkit.startup.max_resumed_crashes": -1,
    "network.http.http3.enable": False,
    "network.trr.mode": 5,
}


class TrapProxy:
    """A local HTTP(S) proxy that lets nothing through and records every attempt.

    Firefox is pointed at it for all traffic, so a request that escapes BiDi
    interception (which does not see an extension's background page) still
    cannot leave the machine, and the test can see it was tried.
    """

    def __init__(self):
        self.attempts: list[str] = []
        self.lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)  # a blocked accept() does not notice close(): poll a flag instead
        self._stopped = threading.Event()
        self.port = self._server.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, name="trap-proxy", daemon=True)
        self._thread.start()

    def prefs(self) -> dict:
        return {"network.proxy.type": 1, "network.proxy.share_proxy_settings": True,
                "network.proxy.http": "127.0.0.1", "network.proxy.http_port": self.port,
                "network.proxy.ssl": "127.0.0.1", "network.proxy.ssl_port": self.port,
                "network.proxy.no_proxies_on": "", "network.proxy.allow_hijacking_localhost": True}

    def _serve(self) -> None:
        while not self._stopped.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                try:
                    conn.settimeout(2)
                    line = conn.recv(4096).split(b"\r\n", 1)[0].decode("latin-1")
                    # "CONNECT host:443 HTTP/1.1" or "GET http://host/path HTTP/1.1"
                    parts = line.split(" ")
                    target = parts[1] if len(parts) > 1 else line
                    with self.lock:
                        self.attempts.append(target)
                    conn.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                except OSError:
                    pass

    def close(self) -> None:
        self._stopped.set()
        self._thread.join(5)
        self._server.close()


class BiDiError(RuntimeError):
    def __init__(self, method: str, payload: dict):
        self.method = method
        self.error = payload.get("error")
        super().__init__(f"{method}: {payload.get('error')}: {payload.get('message')}")


def find_firefox() -> str | None:
    """$FIREFOX, else firefox-esr or firefox on PATH."""
    env = os.environ.get("FIREFOX")
    if env:
        return env if (os.path.isfile(env) or shutil.which(env)) else None
    return shutil.which("firefox-esr") or shutil.which("firefox")


def write_prefs(profile: Path, prefs: dict) -> None:
    lines = [f"user_pref({json.dumps(k)}, {json.dumps(v)});" for k, v in prefs.items()]
    (profile / "user.js").write_text("\n".join(lines) + "\n")


class BiDi:
    """One websocket connection: commands by id, events to subscribers."""

    def __init__(self, url: str, timeout: float = 30):
        self.timeout = timeout
        self._stack = contextlib.ExitStack()  # a context manager: websockets >= 17.1 warns otherwise
        self._ws = self._stack.enter_context(connect(url, max_size=None, open_timeout=timeout, ping_interval=None))
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[str, Future]] = {}
        self._lock = threading.Lock()
        self._handlers: dict[str, list[Callable[[dict], None]]] = {}
        self._events: queue.Queue = queue.Queue()
        self.handler_errors: list[BaseException] = []
        self._closed = False
        self._reader = threading.Thread(target=self._read, name="bidi-reader", daemon=True)
        self._worker = threading.Thread(target=self._dispatch, name="bidi-events", daemon=True)
        self._reader.start()
        self._worker.start()

    # ------------------------------------------------------------- commands

    def send(self, method: str, params: dict | None = None) -> Future:
        """Sends a command; the Future resolves to its result (or BiDiError)."""
        fut: Future = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("the BiDi connection is closed")
            cid = next(self._ids)
            self._pending[cid] = (method, fut)
        self._ws.send(json.dumps({"id": cid, "method": method, "params": params or {}}))
        return fut

    def command(self, method: str, params: dict | None = None, timeout: float | None = None) -> dict:
        return self.send(method, params).result(timeout or self.timeout)

    def on(self, event: str, handler: Callable[[dict], None]) -> None:
        """Runs handler(params) for each `event` (subscribe with session.subscribe too)."""
        self._handlers.setdefault(event, []).append(handler)

    # ------------------------------------------------------------- threads

    def _read(self) -> None:
        try:
            for raw in self._ws:
                msg = json.loads(raw)
                if "id" in msg and msg.get("type") in ("success", "error", None):
                    with self._lock:
                        method, fut = self._pending.pop(msg["id"], (None, None))
                    if fut is None:
                        continue
                    if msg.get("type") == "error":
                        fut.set_exception(BiDiError(method, msg))
                    else:
                        fut.set_result(msg.get("result", {}))
                elif msg.get("type") == "event" or "method" in msg:
                    self._events.put(msg)
                elif msg.get("type") == "error":  # an error without a command id
                    self.handler_errors.append(BiDiError("<none>", msg))
        except Exception:  # noqa: BLE001 - the connection closed
            pass
        finally:
            with self._lock:
                self._closed = True
                pending, self._pending = self._pending, {}
            for method, fut in pending.values():
                fut.set_exception(RuntimeError(f"{method}: the BiDi connection closed"))
            self._events.put(None)

    def _dispatch(self) -> None:
        while True:
            msg = self._events.get()
            if msg is None:
                return
            for handler in self._handlers.get(msg.get("method"), []):
                try:
                    handler(msg.get("params", {}))
                except BaseException as exc:  # noqa: BLE001 - reported by the owner
                    self.handler_errors.append(exc)

    def close(self) -> None:
        try:
            self._stack.close()
        except Exception:  # noqa: BLE001
            pass
        self._reader.join(5)
        self._worker.join(5)


class Firefox:
    """A headless Firefox ESR with a throwaway profile and a BiDi session."""

    def __init__(self, executable: str | None = None, prefs: dict | None = None, startup_timeout: float = 30,
                 headless: bool = True):
        self.executable = executable or find_firefox()
        if not self.executable:
            raise RuntimeError("Firefox not found: install firefox-esr or set FIREFOX.")
        self.profile = Path(tempfile.mkdtemp(prefix="second-look-firefox-"))
        write_prefs(self.profile, {**TEST_PREFS, **(prefs or {})})
        self.stderr_lines: list[str] = []
        args = [self.executable, "--remote-debugging-port", "0", "--profile", str(self.profile),
                "--no-remote", "--new-instance"]
        if headless:
            args.insert(1, "--headless")
        # MOZ_REMOTE_SETTINGS_DEVTOOLS: release builds ignore the services.settings.server
        # pref without it, and would poll firefox.settings.services.mozilla.com.
        env = dict(os.environ, MOZ_CRASHREPORTER_DISABLE="1", MOZ_CRASHREPORTER_SHUTDOWN="1",
                   MOZ_REMOTE_SETTINGS_DEVTOOLS="1")
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
        self.bidi: BiDi | None = None
        try:
            url = self._wait_for_url(startup_timeout)
            self.bidi = BiDi(url.rstrip("/") + "/session")
            self.session = self.bidi.command("session.new", {"capabilities": {"alwaysMatch": {
                "acceptInsecureCerts": True, "unhandledPromptBehavior": {"default": "ignore"}}}})
        except BaseException:
            self.close()
            raise

    def _wait_for_url(self, timeout: float) -> str:
        found: queue.Queue = queue.Queue()

        def pump() -> None:
            for line in self.proc.stderr:
                self.stderr_lines.append(line.rstrip("\n"))
                m = re.search(r"WebDriver BiDi listening on (ws://\S+)", line)
                if m:
                    found.put(m.group(1))
            found.put(None)

        threading.Thread(target=pump, name="firefox-stderr", daemon=True).start()
        try:
            url = found.get(timeout=timeout)
        except queue.Empty:
            url = None
        if not url:
            tail = "\n".join(self.stderr_lines[-20:])
            raise RuntimeError(f"Firefox did not start its WebDriver BiDi server within {timeout} s:\n{tail}")
        return url

    # ------------------------------------------------------------- helpers

    def command(self, method: str, params: dict | None = None, timeout: float | None = None) -> dict:
        return self.bidi.command(method, params, timeout)

    def install_extension(self, path: Path) -> str:
        """Installs an unpacked extension directory (temporarily, as about:debugging would)."""
        return self.command("webExtension.install", {"extensionData": {"type": "path", "path": str(path)}})["extension"]

    def new_tab(self) -> str:
        return self.command("browsingContext.create", {"type": "tab"})["context"]

    def navigate(self, context: str, url: str, wait: str = "complete", timeout: float = 30) -> dict:
        return self.command("browsingContext.navigate", {"context": context, "url": url, "wait": wait}, timeout)

    def evaluate(self, context: str, expression: str, await_promise: bool = True, sandbox: str | None = None):
        """Evaluates `expression` in the page (not subject to its CSP) and returns a plain value."""
        target: dict = {"context": context}
        if sandbox:
            target["sandbox"] = sandbox
        result = self.command("script.evaluate", {"expression": expression, "target": target,
                                                  "awaitPromise": await_promise, "resultOwnership": "none"})
        if result.get("type") == "exception":
            details = result.get("exceptionDetails", {})
            raise RuntimeError(f"script error: {details.get('text')}")
        return deserialize(result["result"])

    def element(self, context: str, selector: str) -> dict:
        """A shared reference to the first element matching selector (for input actions)."""
        result = self.command("browsingContext.locateNodes", {
            "context": context, "locator": {"type": "css", "value": selector}, "maxNodeCount": 1})
        nodes = result.get("nodes", [])
        if not nodes:
            raise RuntimeError(f"no element matches {selector!r}")
        return {"sharedId": nodes[0]["sharedId"]}

    def click(self, context: str, selector: str) -> None:
        origin = {"type": "element", "element": self.element(context, selector)}
        self.command("input.performActions", {"context": context, "actions": [{
            "type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
            "actions": [{"type": "pointerMove", "x": 0, "y": 0, "origin": origin},
                        {"type": "pointerDown", "button": 0}, {"type": "pointerUp", "button": 0}]}]})

    def type_text(self, context: str, text: str) -> None:
        """Real key events, one keyDown/keyUp per character."""
        actions = []
        for ch in text:
            actions += [{"type": "keyDown", "value": ch}, {"type": "keyUp", "value": ch}]
        self.command("input.performActions", {"context": context, "actions": [
            {"type": "key", "id": "keyboard", "actions": actions}]}, timeout=60)

    def press(self, context: str, *keys: str) -> None:
        """A chord: keys pressed in order, released in reverse (e.g. CONTROL, "a")."""
        actions = [{"type": "keyDown", "value": k} for k in keys] + [{"type": "keyUp", "value": k} for k in reversed(keys)]
        self.command("input.performActions", {"context": context, "actions": [
            {"type": "key", "id": "keyboard", "actions": actions}]})

    def close(self) -> None:
        if self.bidi is not None:
            try:
                self.bidi.command("session.end", timeout=5)
            except Exception:  # noqa: BLE001 - the browser may be gone already
                pass
            self.bidi.close()
            self.bidi = None
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.proc.wait(10)
        shutil.rmtree(self.profile, ignore_errors=True)


CONTROL = "\ue009"


def deserialize(value: dict):
    """A BiDi RemoteValue as a plain Python value (objects, arrays, primitives)."""
    kind = value.get("type")
    if kind in ("undefined", "null"):
        return None
    if kind in ("string", "boolean"):
        return value["value"]
    if kind == "number":
        v = value["value"]
        return float(v) if isinstance(v, str) else v
    if kind == "array":
        return [deserialize(v) for v in value.get("value", [])]
    if kind == "object":
        return {k if isinstance(k, str) else deserialize(k): deserialize(v) for k, v in value.get("value", [])}
    return value


def header(name: str, value: str) -> dict:
    return {"name": name, "value": {"type": "string", "value": value}}


def body_bytes(data: bytes) -> dict:
    return {"type": "base64", "value": base64.b64encode(data).decode()}
