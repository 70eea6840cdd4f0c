// `lantu rules lint <pack>`: validates a pack and runs every rule's inline tests; exit 0 when all pass,
// 1 for an invalid pack or a failing test, 2 for usage and I/O errors.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLantuInProcess } from './runLantuInProcess.ts';

const root = join(import.meta.dirname, '..', '..', '..');
let dir: string;

const lantu = (...args: string[]) => runLantuInProcess(dir, args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-lint-'));
  const pack = JSON.parse(readFileSync(join(root, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8'));
  const failing = structuredClone(pack);
  failing.rules[7].tests[0].expect.severity = 'minor';
  writeFileSync(join(dir, 'failing.json'), JSON.stringify(failing));
  const invalid = structuredClone(pack);
  invalid.rules[2].relation = { type: 'overlaps' };
  writeFileSync(join(dir, 'invalid.json'), JSON.stringify(invalid));
  writeFileSync(join(dir, 'broken.json'), '{"id": ');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lantu rules lint', () => {
  it('passes the default pack, listing every test', async () => {
    const run = await lantu('rules', 'lint', join(root, 'seeds', 'rules', 'jiyuan-default.json'));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/共 \d+ 个测试：(\d+) 个通过，0 个失败/);
    expect(run.stdout).toContain('✓ R08 国家重大项目：重要，需补划');
  });

  it('exits 1 when an inline test fails, saying what was expected', async () => {
    const run = await lantu('rules', 'lint', 'failing.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✗ R08 重叠约一半：报告：严重程度应为 minor，实际为 blocker');
  });

  it('exits 1 for an invalid pack with Chinese errors, and for a file that is not JSON', async () => {
    const invalid = await lantu('rules', 'lint', 'invalid.json');
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toContain('规则 R03');
    expect((await lantu('rules', 'lint', 'broken.json')).status).toBe(1);
  });

  it('exits 2 for a missing file or a wrong subcommand', async () => {
    expect((await lantu('rules', 'lint', 'nope.json')).status).toBe(2);
    expect((await lantu('rules', 'check', 'x.json')).status).toBe(2);
  });
});
