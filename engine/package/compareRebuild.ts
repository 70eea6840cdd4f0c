// Pure (SQLite through the sql.js port). compareRebuild(found, rebuilt, sqlJs) → the files of a package that
// differ from its rebuild, and the numbers that differ only by one unit of their last written digit (a value
// that lay on a rounding boundary and that another JavaScript engine's Math functions put on the other side).
import { strFromU8 } from 'fflate';
import { MANIFEST_PATH } from './checkPackageFiles.ts';
import type { SqlJsWriterPort, SqlValue } from './sqlJsWriterPort.ts';
import type { Manifest } from './types.ts';

export interface LastDigitDifference {
  path: string;
  found: string;
  rebuilt: string;
}

export interface RebuildComparison {
  /** Files that differ beyond last-digit rounding, or exist on one side only, sorted. */
  differing: string[];
  /** Numbers that differ by one unit of their last digit (the files are otherwise identical). */
  lastDigit: LastDigitDifference[];
}

const TEXT_FILE = /\.(json|geojson|csv|html)$/;
/** A decimal number standing alone (not part of an identifier, a hash or a longer number). */
const NUMBER = /(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])/g;

function decimals(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * True when two written numbers are one unit apart in the last digit, at 2 decimals or finer: what a value on a
 * rounding boundary gives in two engines (587614.25 / 587614.26, 2 / 1.99). Integers (counts, sizes) must match.
 */
export function withinLastDigit(found: string, rebuilt: string): boolean {
  if (!found.includes('.') && !rebuilt.includes('.')) return false;
  // Compared in units of the last digit, as integers: a difference of two large doubles is not exact.
  const scale = 10 ** Math.max(decimals(found), decimals(rebuilt), 2);
  return Math.abs(Math.round(Number(found) * scale) - Math.round(Number(rebuilt) * scale)) <= 1;
}

function compareText(path: string, found: string, rebuilt: string, out: LastDigitDifference[]): boolean {
  if (found.replace(NUMBER, '#') !== rebuilt.replace(NUMBER, '#')) return false;
  const a = found.match(NUMBER) ?? [];
  const b = rebuilt.match(NUMBER) ?? [];
  const here: LastDigitDifference[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!withinLastDigit(a[i]!, b[i]!)) return false;
    here.push({ path, found: a[i]!, rebuilt: b[i]! });
  }
  out.push(...here);
  return true;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function rowsOf(db: InstanceType<SqlJsWriterPort['Database']>, sql: string): SqlValue[][] {
  return db.exec(sql)[0]?.values ?? [];
}

/** Same schema and rows; REAL values may differ by one unit of their last digit, blobs (geometries) must match. */
function compareGeoPackage(path: string, found: Uint8Array, rebuilt: Uint8Array, sqlJs: SqlJsWriterPort, out: LastDigitDifference[]): boolean {
  const a = new sqlJs.Database(found);
  const b = new sqlJs.Database(rebuilt);
  try {
    const schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name";
    if (JSON.stringify(rowsOf(a, schema)) !== JSON.stringify(rowsOf(b, schema))) return false;
    for (const pragma of ['PRAGMA application_id', 'PRAGMA user_version']) if (JSON.stringify(rowsOf(a, pragma)) !== JSON.stringify(rowsOf(b, pragma))) return false;
    const here: LastDigitDifference[] = [];
    for (const [name] of rowsOf(a, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      const sql = `SELECT * FROM "${String(name).replaceAll('"', '""')}" ORDER BY rowid`;
      const ra = rowsOf(a, sql);
      const rb = rowsOf(b, sql);
      if (ra.length !== rb.length) return false;
      for (let r = 0; r < ra.length; r++) {
        for (let c = 0; c < ra[r]!.length; c++) {
          const x = ra[r]![c]!;
          const y = rb[r]![c]!;
          if (x instanceof Uint8Array || y instanceof Uint8Array) {
            if (!(x instanceof Uint8Array && y instanceof Uint8Array && sameBytes(x, y))) return false;
          } else if (typeof x === 'number' && typeof y === 'number') {
            if (x === y) continue;
            if (!withinLastDigit(String(x), String(y))) return false;
            here.push({ path: `${path} ${String(name)}#${r + 1}`, found: String(x), rebuilt: String(y) });
          } else if (x !== y) return false;
        }
      }
    }
    out.push(...here);
    return true;
  } finally {
    a.close();
    b.close();
  }
}

/** The manifest, with the size and hash of each file matched up to last digits taken from the package's own. */
function compareManifest(found: Uint8Array, rebuilt: Uint8Array, tolerated: ReadonlySet<string>): boolean {
  let a: Manifest;
  let b: Manifest;
  try {
    a = JSON.parse(strFromU8(found)) as Manifest;
    b = JSON.parse(strFromU8(rebuilt)) as Manifest;
  } catch {
    return false;
  }
  if (!Array.isArray(a.files) || !Array.isArray(b.files)) return false;
  const own = new Map(a.files.map((f) => [f.path, f]));
  const adjusted = { ...b, files: b.files.map((f) => (tolerated.has(f.path) && own.has(f.path) ? { ...f, sizeBytes: own.get(f.path)!.sizeBytes, sha256: own.get(f.path)!.sha256 } : f)) };
  return JSON.stringify(a) === JSON.stringify(adjusted);
}

export function compareRebuild(found: ReadonlyMap<string, Uint8Array>, rebuilt: ReadonlyMap<string, Uint8Array>, sqlJs: SqlJsWriterPort): RebuildComparison {
  const differing: string[] = [];
  const lastDigit: LastDigitDifference[] = [];
  const tolerated = new Set<string>();
  const paths = [...new Set([...found.keys(), ...rebuilt.keys()])].filter((p) => p !== MANIFEST_PATH).sort();
  for (const path of paths) {
    const a = found.get(path);
    const b = rebuilt.get(path);
    if (!a || !b) {
      differing.push(path);
      continue;
    }
    if (sameBytes(a, b)) continue;
    const before = lastDigit.length;
    const close = TEXT_FILE.test(path) ? compareText(path, strFromU8(a), strFromU8(b), lastDigit) : path.endsWith('.gpkg') ? compareGeoPackage(path, a, b, sqlJs, lastDigit) : false;
    if (close && lastDigit.length > before) tolerated.add(path);
    else differing.push(path);
  }
  const ma = found.get(MANIFEST_PATH);
  const mb = rebuilt.get(MANIFEST_PATH);
  if (!ma || !mb || (!sameBytes(ma, mb) && !compareManifest(ma, mb, tolerated))) differing.push(MANIFEST_PATH);
  return { differing: differing.sort(), lastDigit };
}
