// Does what the extension's runtime (extension/background/runtime.js) does: a memory snapshot
// right after `import pycore.bridge`, restored into a fresh interpreter, the wheel unpacked
// again (a restored snapshot has no files), then checks that only the statistical layer flags.
// Usage: node pyodide_restore.mjs <pyodide dir> <wheel>
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, wheelPath] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);
const first = await loadPyodide({ indexURL: pyodideDir + "/", _makeSnapshot: true });
first.unpackArchive(new Uint8Array(fs.readFileSync(wheelPath)), "wheel");
first.runPython("import pycore.bridge");
const snapshot = first.makeMemorySnapshot();
const py = await loadPyodide({ indexURL: pyodideDir + "/", _loadSnapshot: snapshot });
py.unpackArchive(new Uint8Array(fs.readFileSync(wheelPath)), "wheel");
const out = py.runPython(`
import json
import pycore
from pycore.rules import RULES
from pycore.rules import model as M
got = {}
for rule in RULES:
    if rule.id in M.MODEL_IDS:
        ex = rule.examples_flag[0]
        got[rule.id] = sorted({f.rule for f in pycore.check(ex.text, ex.context, ex.settings)})
json.dumps({"found": got, "weights": len(M.W)})
`);
console.log(out);
