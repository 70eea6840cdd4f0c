// validateDecodedPlan: validatePlanBytes's second half, for a caller that decoded the file already (`lantu check`
// classifies each file first) — the same result as validating the bytes, for good and hostile files alike.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeJsonBytes, validateDecodedPlan, validatePlanBytes } from '../../../engine/validate/index.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const validText = readFileSync('tests/fixtures/plans/land/valid.json', 'utf8');

describe('validateDecodedPlan', () => {
  it('gives what validatePlanBytes gives for a valid plan, a BOM, bad UTF-8, 1e400 and truncated JSON', () => {
    const files = [
      enc(validText),
      new Uint8Array([0xef, 0xbb, 0xbf, ...enc(validText)]),
      new Uint8Array([...enc(validText.slice(0, 40)), 0xff, ...enc(validText.slice(40))]),
      enc(validText.replace(/"version": *"[^"]*"/, '"version": 1e400')),
      enc(validText.slice(0, validText.length / 2)),
    ];
    for (const bytes of files) {
      const viaBytes = validatePlanBytes(bytes, 'plan.json');
      expect(validateDecodedPlan(decodeJsonBytes(bytes), 'plan.json')).toEqual(viaBytes);
    }
    expect(validatePlanBytes(files[0]!, 'plan.json').plan).toBeDefined();
    expect(validatePlanBytes(files[1]!, 'plan.json').findings.map((f) => f.code)).toContain('utf8-bom');
  });
});
