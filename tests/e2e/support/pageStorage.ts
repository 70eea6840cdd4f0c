// Node. Reading a page's IndexedDB and dropping a file on its window, as the browser tests compare stored
// state before and after and drop files as a user would.
import type { Page } from 'playwright-core';

/** Every IndexedDB database of the page: store → all [key, value] pairs, for a before/after comparison. */
export async function dumpIndexedDb(p: Page): Promise<string> {
  return p.evaluate(async () => {
    const out: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const name of [...db.objectStoreNames]) {
        const tx = db.transaction(name, 'readonly');
        const store = tx.objectStore(name);
        const [keys, values] = await Promise.all([
          new Promise<IDBValidKey[]>((resolve) => {
            const r = store.getAllKeys();
            r.onsuccess = () => resolve(r.result);
          }),
          new Promise<unknown[]>((resolve) => {
            const r = store.getAll();
            r.onsuccess = () => resolve(r.result);
          }),
        ]);
        stores[name] = keys.map((k, i) => [k, values[i]]);
      }
      db.close();
      out[info.name!] = stores;
    }
    return JSON.stringify(out, (_k, v) =>
      v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? `bytes:${(v as ArrayBuffer).byteLength}` : v,
    );
  });
}

/** Drops one file on the window (dragover, then drop), as a user dragging it from the file manager. */
export async function dropFileOnWindow(p: Page, name: string, bytes: Uint8Array): Promise<void> {
  await p.evaluate(
    ({ name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true, bubbles: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true, bubbles: true }));
    },
    { name, bytes: [...bytes] },
  );
}
