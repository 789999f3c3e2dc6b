// pycore inside Pyodide (the very files the Chrome build ships, under
// dist/chrome/vendor/) against alex 11, in one Node process, on the same posts.
//
//   node bench/pyodide_vs_alex.mjs [--dist dist/chrome] [--posts tests/corpus/labelled.jsonl]
//                                  [--passes 3] [--limit 0]
//
// Prints one JSON object on stdout (tests/bench.py reads it). Times are per
// post, in milliseconds, measured with performance.now() around one call:
//   pycore: handle(JSON string) -> JSON string, exactly what the extension's
//           runtime does per check (so JSON in/out is included);
//   alex:   text(post) -> VFile with messages (alex's plain-text entry point).
// Both are warmed up with one full pass first, then measured over --passes
// passes with the two engines interleaved post by post, so that any
// slowdown of the machine (other processes) hits both alike.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dist = path.resolve(root, arg("dist", "dist/chrome"));
const postsFile = path.resolve(root, arg("posts", "tests/corpus/labelled.jsonl"));
const passes = Math.max(1, Number(arg("passes", "3")));
const limit = Number(arg("limit", "0"));

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
function summary(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const sum = s.reduce((a, b) => a + b, 0);
  return { n: s.length, mean: sum / s.length, p50: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1] };
}

let posts = readFileSync(postsFile, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
if (limit > 0) posts = posts.slice(0, limit);

async function main() {
// ---------------------------------------------------------------- Pyodide + pycore
const info = JSON.parse(readFileSync(path.join(dist, "vendor", "build-info.json"), "utf8"));
const indexDir = path.join(dist, "vendor", "pyodide") + path.sep;
const t0 = performance.now();
const { loadPyodide } = await import(pathToFileURL(path.join(indexDir, "pyodide.mjs")).href);
const pyodide = await loadPyodide({ indexURL: indexDir, packages: [], fullStdLib: false });
const t1 = performance.now();
const wheelBuf = readFileSync(path.join(dist, "vendor", info.wheel));
pyodide.unpackArchive(new Uint8Array(wheelBuf.buffer, wheelBuf.byteOffset, wheelBuf.byteLength), "wheel");
const t2 = performance.now();
// The extension calls pycore.bridge.handle; while the bridge does not exist
// yet, an equivalent JSON-in/JSON-out shim over pycore.engine.check is used
// (and the output says so).
const hasBridge = pyodide.runPython(
  "import importlib.util\nimportlib.util.find_spec('pycore.bridge') is not None");
const handle = pyodide.runPython(hasBridge
  ? "import pycore.bridge\npycore.bridge.handle"
  : [
      "import json",
      "from pycore.engine import check as _check",
      "def _handle(s):",
      "    r = json.loads(s)",
      "    return json.dumps({'ok': True, 'findings': [f.to_dict() for f in _check(r['text'], r['context'])]})",
      "_handle",
    ].join("\n"));
const t3 = performance.now();
const pycoreCheck = (post) => JSON.parse(handle(JSON.stringify({ op: "check", text: post.text, context: post.context })));

// ---------------------------------------------------------------- alex
const t4 = performance.now();
const alex = await import("alex");
const t5 = performance.now();
const alexCheck = (post) => alex.text(post.text);

// ---------------------------------------------------------------- measure
let pyFindings = 0;
let alexMessages = 0;
for (const post of posts) {
  const r = pycoreCheck(post);
  if (!r.ok) throw new Error(`pycore failed: ${r.error}`);
  pyFindings += r.findings.length;
  alexMessages += alexCheck(post).messages.length;
}
const py = [];
const ax = [];
for (let pass = 0; pass < passes; pass += 1) {
  for (let i = 0; i < posts.length; i += 1) {
    const post = posts[i];
    // alternate which engine goes first, so neither always runs on a warmer cache
    const order = (i + pass) % 2 ? ["py", "alex"] : ["alex", "py"];
    for (const which of order) {
      const s = performance.now();
      if (which === "py") pycoreCheck(post);
      else alexCheck(post);
      const e = performance.now() - s;
      (which === "py" ? py : ax).push(e);
    }
  }
}
const pyS = summary(py);
const axS = summary(ax);
const out = {
  node: process.version,
  pyodide: pyodide.version,
  pycoreEntry: hasBridge ? "pycore.bridge.handle" : "shim over pycore.engine.check (no pycore.bridge yet)",
  alexVersion: JSON.parse(readFileSync(path.join(root, "node_modules", "alex", "package.json"), "utf8")).version,
  posts: posts.length,
  passes,
  meanChars: posts.reduce((a, p) => a + p.text.length, 0) / posts.length,
  startup: {
    loadPyodideMs: t1 - t0,
    installWheelMs: t2 - t1,
    importPycoreMs: t3 - t2,
    importAlexMs: t5 - t4,
  },
  pycore: { ...pyS, findings: pyFindings },
  alex: { ...axS, messages: alexMessages },
  ratioMean: axS.mean / pyS.mean,
  ratioP50: axS.p50 / pyS.p50,
};
process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((err) => {
  // Only the message: Node would otherwise print a line of the 1 MB minified Pyodide.
  process.stderr.write(`pyodide_vs_alex: ${String((err && err.message) || err).slice(-4000)}\n`);
  process.exit(1);
});
