// A Pyodide memory snapshot of the interpreter with pycore imported, kept in
// this extension's IndexedDB. The first start makes it (before any settings
// or client data reach Python, so it holds none); later starts load it and
// skip most of Pyodide's start-up. Keyed by the Pyodide version and the wheel's
// hash, so an update never loads a stale snapshot.
const DB = "second-look-runtime";
const STORE = "snapshots";

function open() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run(mode, fn) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export function snapshotKey(info) {
  return `${info.pyodide}|${info.wheel}|${info.wheelSha256}`;
}

// Resolves the snapshot bytes for this key, or null. Older snapshots are dropped.
export async function loadSnapshot(key) {
  try {
    const keys = await run("readonly", (s) => s.getAllKeys());
    for (const k of keys) if (k !== key) await run("readwrite", (s) => s.delete(k));
    const bytes = await run("readonly", (s) => s.get(key));
    return bytes instanceof Uint8Array ? bytes : null;
  } catch (err) {
    return null;
  }
}

export async function saveSnapshot(key, bytes) {
  try {
    await run("readwrite", (s) => s.put(bytes, key));
    return true;
  } catch (err) {
    return false;
  }
}

export async function dropSnapshot(key) {
  try {
    await run("readwrite", (s) => s.delete(key));
  } catch (err) {
    /* nothing to drop */
  }
}
