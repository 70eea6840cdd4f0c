// readPlanFile: the plan a rules worker reads without validating is the plan validation gives, for a file streamed in
// chunks, one left to the whole-file path (an escaped top-level string), and nothing for a file that is not a plan.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePlanBytes } from '../../../engine/validate/index.ts';
import { readPlanFile } from '../../../main/node/readPlanFile.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantu-readPlanFile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const validText = readFileSync('tests/fixtures/plans/land/valid.json', 'utf8');

describe('readPlanFile', () => {
  it('gives the validated plan, streamed or read whole', async () => {
    const padded = validText.replace('"features": [', `"features": [${' '.repeat(3_000_000)}`);
    const escaped = validText.replace('"type": "FeatureCollection"', '"type": "Feature\\u0043ollection"');
    expect(escaped).not.toBe(validText);
    for (const [name, text] of [
      ['valid.json', validText],
      ['padded.json', padded],
      ['escaped.json', escaped],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, text);
      const read = await readPlanFile(path, name);
      const validated = validatePlanBytes(new Uint8Array(readFileSync(path)), name).plan;
      expect(validated, name).toBeDefined();
      expect(JSON.stringify(read), name).toBe(JSON.stringify(validated));
    }
  });

  it('gives nothing for a truncated file', async () => {
    const path = join(dir, 'truncated.json');
    writeFileSync(path, validText.slice(0, -40));
    expect(await readPlanFile(path, 'truncated.json')).toBeNull();
  });
});
