// Every Dexie transaction body (and version upgrade) in the renderer awaits Dexie requests only: an await
// on anything else (an async helper, a worker, a timer) spends Dexie's zone echoes, and past about 100 of
// them the transaction commits early ("Transaction committed too early").
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The text of each `transaction(…, async () => { … })` and `.upgrade(async (tx) => { … })` body. */
function transactionBodies(source: string): string[] {
  const bodies: string[] = [];
  const start = /\.(transaction\([^]*?|upgrade\()async \(\w*\) => \{/g;
  for (let m = start.exec(source); m; m = start.exec(source)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < source.length && depth > 0; i++) {
      if (source[i] === '{') depth++;
      else if (source[i] === '}') depth--;
    }
    bodies.push(source.slice(m.index + m[0].length, i - 1));
  }
  return bodies;
}

/** Awaited expressions that are not a Dexie table request (`db.<table>.…` or `tx.table(…)…`). */
function foreignAwaits(body: string): string[] {
  // A call chain broken over lines (`await tx\n  .table('log')`) reads as one expression.
  const joined = body.replace(/\s*\n\s*\./g, '.');
  return [...joined.matchAll(/await\s+([^;\n]+)/g)].map((m) => m[1]!.trim()).filter((x) => !/^(db\.\w+\.|tx\.table\()/.test(x));
}

describe('Dexie transaction bodies', () => {
  it('finds a foreign await in a body (the check can fail)', () => {
    const bad = `await db.transaction('rw', [db.log], async () => {\n  await db.log.clear();\n  const c = await externaliseCommand(db, x);\n});`;
    expect(transactionBodies(bad)).toHaveLength(1);
    expect(foreignAwaits(transactionBodies(bad)[0]!)).toEqual(['externaliseCommand(db, x)']);
  });

  it('awaits only Dexie requests in every transaction body of the renderer', () => {
    const found: string[] = [];
    let bodies = 0;
    for (const file of sourceFiles(join(ROOT, 'renderer'))) {
      for (const body of transactionBodies(readFileSync(file, 'utf8'))) {
        bodies++;
        for (const x of foreignAwaits(body)) found.push(`${relative(ROOT, file)}: await ${x}`);
      }
    }
    expect(bodies).toBeGreaterThanOrEqual(4);
    expect(found).toEqual([]);
  });
});
