// Imports pycore in Pyodide (Node) the way the extension does before it takes its memory
// snapshot, and reports the wasm heap before and after. A snapshot can only be restored
// when the heap did not grow: Pyodide restores into a heap of its initial size.
// Usage: node pyodide_heap.mjs <pyodide dir> <wheel>
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, wheelPath] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);
const py = await loadPyodide({ indexURL: pyodideDir + "/" });
const initial = py._module.HEAP8.length;
py.unpackArchive(new Uint8Array(fs.readFileSync(wheelPath)), "wheel");
py.runPython("import pycore.bridge");
const afterImport = py._module.HEAP8.length;
const handle = py.runPython("pycore.bridge.handle");
const reply = JSON.parse(handle(JSON.stringify({ op: "check", text: "My client Jane, 34, a teacher, told me today.", context: "post" })));
console.log(JSON.stringify({ initial, afterImport, rules: reply.findings.map((f) => f.rule) }));
