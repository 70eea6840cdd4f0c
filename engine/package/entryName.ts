// Pure. entryName(id) → the ASCII file name (without extension) a plan or rule pack gets inside the package.
// An id that is already a safe ASCII name is kept (the golden package's names never change); any other id
// becomes its ASCII words plus a short SHA-256 of the id, never a run of underscores. Titles stay in the manifest.
import { strToU8 } from 'fflate';
import { sha256Hex } from './sha256Hex.ts';

const SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ASCII_WORDS_MAX = 40;

export function entryName(id: string): string {
  if (SAFE.test(id) && !id.endsWith('.')) return id;
  const hash = sha256Hex(strToU8(id)).slice(0, 8);
  const words = id
    .replace(/[^A-Za-z0-9]+/g, '-')
    .slice(0, ASCII_WORDS_MAX)
    .replace(/^-+|-+$/g, '');
  return words ? `${words}-${hash}` : hash;
}

/** entryName for each id, with `-2`, `-3`… added where two ids would otherwise share a name. */
export function entryNames(ids: readonly string[]): string[] {
  const taken = new Set<string>();
  return ids.map((id) => {
    const base = entryName(id);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
