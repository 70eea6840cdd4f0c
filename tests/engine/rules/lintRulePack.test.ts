import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import { lintRulePack } from '../../../engine/rules/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const pack = JSON.parse(readFileSync(join(root, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8'));

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

describe('lintRulePack', () => {
  it('passes every inline test of the default pack, and every rule has tests', async () => {
    const r = await lintRulePack(pack, port);
    expect(r.errors).toEqual([]);
    expect(r.untested).toEqual([]);
    expect(r.tests.filter((t) => !t.passed)).toEqual([]);
    expect(r.tests.length).toBeGreaterThanOrEqual(pack.rules.length * 2);
  });

  it('fails a test whose expectation the rule does not meet, saying what was expected', async () => {
    const broken = structuredClone(pack);
    broken.rules[0].tests[0].expect.count = 2;
    broken.rules = [broken.rules[0]];
    const r = await lintRulePack(broken, port);
    expect(r.ok).toBe(false);
    expect(r.tests[0]!.problem).toBe('应有 2 处冲突，实际 1 处');
  });
});
