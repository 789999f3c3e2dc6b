// Where Pyodide start-up time goes, and what a memory snapshot would buy, with
// the files the Chrome build ships (dist/chrome/vendor/), under Node.
//
//   node bench/startup_node.mjs --mode plain   [--dist dist/chrome]
//   node bench/startup_node.mjs --mode make    --snapshot /tmp/sl.snap   (plain boot + import, then save)
//   node bench/startup_node.mjs --mode snap    --snapshot /tmp/sl.snap   (boot from the snapshot)
//
// Each mode runs in its own process (run it several times: the first run of a
// file pays the OS page cache). Prints one JSON line:
//   {mode, loadPyodideMs, installWheelMs, importPycoreMs, readyMs, firstCheckMs, snapshotBytes?}
// "ready" = pycore.bridge.handle obtained, as in extension/background/runtime.js.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

async function main() {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
  const dist = path.resolve(root, arg("dist", "dist/chrome"));
  const mode = arg("mode", "plain");
  const snapPath = arg("snapshot", "/tmp/second-look-pyodide.snap");
  const info = JSON.parse(readFileSync(path.join(dist, "vendor", "build-info.json"), "utf8"));
  const indexDir = path.join(dist, "vendor", "pyodide") + path.sep;
  const out = { mode };

  const t0 = performance.now();
  const { loadPyodide } = await import(pathToFileURL(path.join(indexDir, "pyodide.mjs")).href);
  const opts = { indexURL: indexDir, packages: [], fullStdLib: false };
  if (mode === "make") opts._makeSnapshot = true;
  if (mode === "snap") opts._loadSnapshot = new Uint8Array(readFileSync(snapPath));
  const pyodide = await loadPyodide(opts);
  const t1 = performance.now();
  let t2 = t1;
  if (mode !== "snap") {
    const buf = readFileSync(path.join(dist, "vendor", info.wheel));
    pyodide.unpackArchive(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), "wheel");
    t2 = performance.now();
    pyodide.runPython("import pycore.bridge");
  }
  const t3 = performance.now();
  if (mode === "make") {
    const snap = pyodide.makeMemorySnapshot();
    writeFileSync(snapPath, snap);
    out.snapshotBytes = snap.byteLength;
  }
  const handle = pyodide.runPython("import pycore.bridge\npycore.bridge.handle");
  const t4 = performance.now();
  const reply = JSON.parse(handle(JSON.stringify({ op: "check", text: "Session today with my client Maria, 34.", context: "post" })));
  const t5 = performance.now();
  if (!reply.ok) throw new Error(`check failed: ${reply.error}`);
  Object.assign(out, {
    loadPyodideMs: t1 - t0, installWheelMs: t2 - t1, importPycoreMs: t3 - t2,
    readyMs: (mode === "make" ? t3 : t4) - t0, firstCheckMs: t5 - t4, findings: reply.findings.length,
  });
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((err) => {
  process.stderr.write(`startup_node: ${String((err && err.message) || err).slice(-4000)}\n`);
  process.exit(1);
});
