// validatePlanFile: a plan file read in chunks gives validatePlanBytes's findings, its coordinates in the compact store;
// a file the stream leaves to the whole-file path (a syntax error, an escaped top-level string) is validated whole.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isStoredFeature } from '../../../engine/geometry/index.ts';
import { validatePlanBytes } from '../../../engine/validate/index.ts';
import { validatePlanFile } from '../../../main/node/validatePlanFile.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantu-validatePlanFile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const validText = readFileSync('tests/fixtures/plans/land/valid.json', 'utf8');

async function expectSameAsWhole(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const result = await validatePlanFile(path, name);
  const whole = validatePlanBytes(new Uint8Array(readFileSync(path)), name);
  expect(result.findings).toEqual(whole.findings);
  expect(JSON.stringify(result.plan)).toBe(JSON.stringify(whole.plan));
  return result;
}

describe('validatePlanFile', () => {
  it('validates a plan file as validatePlanBytes does, with every geometry in the store', async () => {
    // Features padded past several 1 MiB chunks.
    const padded = validText.replace('"features": [', `"features": [${' '.repeat(3_000_000)}`);
    for (const [name, text] of [
      ['valid.json', validText],
      ['padded.json', padded],
    ] as const) {
      const result = await expectSameAsWhole(name, text);
      expect(result.plan!.features.every((f) => isStoredFeature(f))).toBe(true);
    }
    const quality = await expectSameAsWhole('area.json', readFileSync('tests/fixtures/plans/land/area-mismatch.json', 'utf8'));
    expect(quality.findings.map((f) => f.code)).toContain('area-mismatch');
  });

  it('validates whole what the stream leaves, compacting a plan that passes', async () => {
    const escaped = await expectSameAsWhole('escaped.json', validText.replace('"FeatureCollection"', '"Feature\\u0043ollection"'));
    expect(escaped.plan!.features.every((f) => isStoredFeature(f))).toBe(true);
    const truncated = await expectSameAsWhole('truncated.json', validText.slice(0, 3000));
    expect(truncated.findings.map((f) => f.code)).toEqual(['truncated-json']);
  });

  it('throws on a file that cannot be read', async () => {
    await expect(validatePlanFile(join(dir, 'missing.json'), 'missing.json')).rejects.toThrow(/ENOENT/);
  });
});
