// Pure. compareRebuild(found, rebuilt) → the paths of a package's files that differ from its rebuild, or exist
// on one side only, sorted. Strict byte equality: every number the package holds is computed with
// engine-independent arithmetic (engine/numeric), so a package built in Chromium rebuilds identically in Node.

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function compareRebuild(found: ReadonlyMap<string, Uint8Array>, rebuilt: ReadonlyMap<string, Uint8Array>): string[] {
  const differing: string[] = [];
  for (const path of new Set([...found.keys(), ...rebuilt.keys()])) {
    const a = found.get(path);
    const b = rebuilt.get(path);
    if (!a || !b || !sameBytes(a, b)) differing.push(path);
  }
  return differing.sort();
}
