// Node. The files the renderer may read or overwrite: each path the user chose gets an opaque random id,
// and only those ids are accepted over IPC, so a compromised page cannot name arbitrary paths.
import { randomUUID } from 'node:crypto';

export interface FileGrants {
  /** The id for `path` (the same id if it was granted before). */
  grant(path: string): string;
  /** The granted path, or undefined for an unknown id. */
  pathOf(fileId: string): string | undefined;
}

export function createFileGrants(newId: () => string = randomUUID): FileGrants {
  const byId = new Map<string, string>();
  const byPath = new Map<string, string>();
  return {
    grant(path) {
      const existing = byPath.get(path);
      if (existing) return existing;
      const id = newId();
      byId.set(id, path);
      byPath.set(path, id);
      return id;
    },
    pathOf(fileId) {
      return byId.get(fileId);
    },
  };
}
