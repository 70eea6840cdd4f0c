// `lantu export`: final refused with exit 3 (naming the blockers), --draft writes a package atomically,
// SOURCE_DATE_EPOCH and --created make it reproducible, bad inputs exit 1, usage errors exit 2.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipFiles, type Manifest } from '../../../engine/package/index.ts';
import { main, runLantuInProcess, TEST_JOURNAL_DIR } from './runLantuInProcess.ts';
import { packagePlans } from '../../engine/package/packagePlans.ts';

const root = join(import.meta.dirname, '..', '..', '..');

let dir: string;

const lantu = (...args: string[]) => runLantuInProcess(dir, args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-export-'));
  const [land, industry] = packagePlans({ projectOnFarmland: true });
  writeFileSync(join(dir, 'land.json'), JSON.stringify(land));
  writeFileSync(join(dir, 'industry.json'), JSON.stringify(industry));
  const [cleanLand, cleanIndustry] = packagePlans();
  writeFileSync(join(dir, 'clean-land.json'), JSON.stringify(cleanLand));
  writeFileSync(join(dir, 'clean-industry.json'), JSON.stringify(cleanIndustry));
  writeFileSync(join(dir, 'bad-policy.json'), JSON.stringify({ id: 'x' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lantu export', () => {
  it('refuses a final export with an open blocker (exit 3), naming rule, layers, BSMs, names and status instead of ids, and writes nothing', async () => {
    const run = await lantu('export', 'land.json', 'industry.json', '--created', '2026-11-27T08:00:00Z', '-o', 'final.zip');
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('不能导出正式成果：1 个问题（可用 --draft 导出草稿）');
    expect(run.stderr).toMatch(
      /阻断冲突 R08 建设用地占用永久基本农田：产业项目「[^」]+」（BSM \d+） × 永久基本农田「[^」]+」（BSM \d+）(，\S+)?（未处置）/,
    );
    expect(run.stderr).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(existsSync(join(dir, 'final.zip'))).toBe(false);
    const en = await lantu('--lang', 'en', 'export', 'land.json', 'industry.json', '--created', '2026-11-27T08:00:00Z', '-o', 'final.zip');
    expect(en.stderr).toMatch(
      /blocker R08 Construction land occupies permanent basic farmland: Industrial project "[^"]+" \(BSM \d+\) × Permanent basic farmland "[^"]+" \(BSM \d+\)(, \S+)? \(open\)/,
    );
    expect(en.stderr).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it("shows the control characters of a plan's names as \\xNN on the terminal, and keeps them in --json", async () => {
    const name = '项目\u001b[2J\u001b]0;pwned\u0007';
    const [land, industry] = packagePlans({ projectOnFarmland: true });
    for (const f of industry!.features) if (f.properties['XMMC'] !== undefined) f.properties['XMMC'] = name;
    writeFileSync(join(dir, 'hostile-land.json'), JSON.stringify(land));
    writeFileSync(join(dir, 'hostile-industry.json'), JSON.stringify(industry));
    const plans = ['hostile-land.json', 'hostile-industry.json', '--created', '2026-11-27T08:00:00Z'];
    const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
    const refused = await lantu('export', ...plans, '-o', 'hostile.zip', '--json', 'hostile.json');
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain('产业项目「项目\\x1b[2J\\x1b]0;pwned\\x07」');
    expect(refused.stderr).not.toMatch(CONTROL);
    const reasons = (JSON.parse(readFileSync(join(dir, 'hostile.json'), 'utf8')) as { reasons: { zh: string }[] }).reasons;
    expect(reasons.some((r) => r.zh.includes(`「${name}」`))).toBe(true);
    const draft = await lantu('export', ...plans, '--draft', '-o', 'hostile.zip');
    expect(draft.status).toBe(0);
    expect(draft.stdout).toContain('产业项目「项目\\x1b[2J\\x1b]0;pwned\\x07」');
    expect(draft.stdout).not.toMatch(CONTROL);
  });

  it('writes a draft marked 草稿 with --draft, leaving no temporary file', async () => {
    const run = await lantu(
      'export',
      'land.json',
      'industry.json',
      '--created',
      '2026-11-27T08:00:00Z',
      '--draft',
      '-o',
      'draft.zip',
      '--json',
      'result.json',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/已导出 draft\.zip（草稿，\d+ 个文件/);
    const manifest = JSON.parse(
      new TextDecoder().decode(unzipFiles(readFileSync(join(dir, 'draft.zip'))).get('manifest.json')),
    ) as Manifest;
    expect(manifest.status).toBe('draft');
    expect(manifest.draftReasons.map((r) => r.kind)).toEqual(['blocker']);
    expect(JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8')).status).toBe('draft');
    expect(readdirSync(dir).filter((f) => f.includes('lantu-tmp'))).toEqual([]);
  });

  it('exports a final package and reproduces it byte for byte from SOURCE_DATE_EPOCH', async () => {
    const before = process.env['SOURCE_DATE_EPOCH'];
    process.env['SOURCE_DATE_EPOCH'] = String(Date.parse('2026-11-27T08:00:00Z') / 1000);
    try {
      expect((await lantu('export', 'clean-land.json', 'clean-industry.json', '-o', 'a.zip')).status).toBe(0);
      expect((await lantu('export', 'clean-industry.json', 'clean-land.json', '-o', 'b.zip')).status).toBe(0);
    } finally {
      if (before === undefined) delete process.env['SOURCE_DATE_EPOCH'];
      else process.env['SOURCE_DATE_EPOCH'] = before;
    }
    expect(
      (await lantu('export', 'clean-land.json', 'clean-industry.json', '--created', '2026-11-27T08:00:00Z', '-o', 'c.zip')).status,
    ).toBe(0);
    const [a, b, c] = ['a.zip', 'b.zip', 'c.zip'].map((f) => readFileSync(join(dir, f)));
    expect(a!.equals(b!)).toBe(true);
    expect(a!.equals(c!)).toBe(true);
    const build = JSON.parse(new TextDecoder().decode(unzipFiles(a!).get('build.json')));
    expect(build).toMatchObject({ created: '2026-11-27T08:00:00.000Z', mode: 'final' });
  });

  it('writes nothing when a plan file changes or goes away while the package is written, and names the file', async () => {
    const cleanLand = readFileSync(join(dir, 'clean-land.json'), 'utf8');
    /** Exports with `plan` as the land plan, doing `meddle` to it once the package starts being written. */
    const exportMeddled = async (plan: string, meddle: (path: string) => void, lang: 'zh' | 'en') => {
      writeFileSync(join(dir, plan), cleanLand);
      let stderr = '';
      let meddled = false;
      const status = await main(
        ['--lang', lang, 'export', plan, 'clean-industry.json', '--created', '2026-11-27T08:00:00Z', '-o', 'meddled.zip'],
        {
          stdout: () => undefined,
          stderr: (text) => {
            stderr += text;
            // The write step is told after validation and before the package copies the plans.
            if (!meddled && /生成成果包|Building meddled/.test(text)) {
              meddled = true;
              meddle(join(dir, plan));
            }
          },
          cwd: dir,
          journalDir: TEST_JOURNAL_DIR,
          terminal: true,
        },
      );
      expect(meddled).toBe(true);
      expect(existsSync(join(dir, 'meddled.zip'))).toBe(false);
      return { status, stderr };
    };
    // One character changed, the length kept: the check is on the bytes, not the size.
    const edit = (path: string) => writeFileSync(path, `${cleanLand.slice(0, -1)} `);
    const changed = await exportMeddled('changing-land.json', edit, 'zh');
    expect(changed.status).toBe(2);
    expect(changed.stderr).toContain('✗ changing-land.json: 导出期间文件已被改动，与校验时的内容不同；未写出成果包，请重新导出');
    const changedEn = await exportMeddled('changing-land.json', edit, 'en');
    expect(changedEn.stderr).toContain('✗ changing-land.json: the file changed during the export');
    const gone = await exportMeddled('gone-land.json', (path) => rmSync(path), 'zh');
    expect(gone.status).toBe(2);
    expect(gone.stderr).toContain('✗ 导出期间无法再次读取规划文件（找不到文件 gone-land.json）；未写出成果包');
    const goneEn = await exportMeddled('gone-land.json', (path) => rmSync(path), 'en');
    expect(goneEn.stderr).toContain('✗ the plan file could not be read again during the export (no such file: gone-land.json)');
  });

  it('refuses one plan given twice, naming both files, with the definition check uses (exit 1, nothing written)', async () => {
    const copy = JSON.parse(readFileSync(join(dir, 'clean-land.json'), 'utf8'));
    copy.plan.id = 'clean-land-copy';
    writeFileSync(join(dir, 'clean-land-copy.json'), JSON.stringify(copy));
    const run = await lantu('export', 'clean-land.json', 'clean-land-copy.json', '-o', 'twice.zip');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('clean-land-copy.json 与 clean-land.json 是同一份规划');
    expect(existsSync(join(dir, 'twice.zip'))).toBe(false);
  });

  it('exits 1 on an invalid policy or resolutions file and 2 without -o, with a bad time or a missing file', async () => {
    const bad = await lantu('export', 'clean-land.json', '--policy', 'bad-policy.json', '-o', 'x.zip');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('bad-policy.json: 优先级策略无效');
    // Schema-valid, but 永久基本农田 stands in two tiers: refused naming the tier and the layer.
    const policy = JSON.parse(readFileSync(join(root, 'seeds', 'rules', 'policy-default.json'), 'utf8')) as {
      tiers: { layers: string[] }[];
    };
    policy.tiers[1]!.layers.push(policy.tiers[0]!.layers[0]!);
    writeFileSync(join(dir, 'two-tiers.json'), JSON.stringify(policy));
    const twoTiers = await lantu('export', 'clean-land.json', '--policy', 'two-tiers.json', '-o', 'x.zip');
    expect(twoTiers.status).toBe(1);
    expect(twoTiers.stderr).toContain('two-tiers.json: 优先级策略无效');
    expect(twoTiers.stderr).toMatch(/第 2 个层次的 图层.*重复出现在第 1 个层次/);
    expect((await lantu('export', 'clean-land.json')).status).toBe(2);
    writeFileSync(join(dir, 'bad-resolutions.json'), JSON.stringify({ resolutions: [{ conflictKey: 'R08:a:b' }] }));
    const badResolutions = await lantu('export', 'clean-land.json', '--resolutions', 'bad-resolutions.json', '-o', 'x.zip');
    expect(badResolutions.status).toBe(1);
    expect(badResolutions.stderr).toContain('bad-resolutions.json：第 1 条处置记录缺少字段 regionHash、kind');
    const badTime = await lantu('export', 'clean-land.json', '--created', 'yesterday', '-o', 'x.zip');
    expect(badTime.status).toBe(2);
    expect(badTime.stderr).toContain('--created 或 SOURCE_DATE_EPOCH 不是有效的时间');
    expect(existsSync(join(dir, 'x.zip'))).toBe(false);
    // The same usage error as check --threads 0, before any plan is read.
    for (const [lang, value, said] of [
      ['zh', '0', 'lantu: 选项 --threads 需要不小于 1 的整数，得到 "0"\n运行 lantu --help 查看用法\n'],
      ['en', 'abc', 'lantu: option --threads needs a whole number of at least 1, got "abc"\nrun lantu --help for usage\n'],
    ]) {
      const threads = await lantu('--lang', lang!, 'export', 'clean-land.json', '--threads', value!, '-o', 'x.zip');
      expect(threads.status).toBe(2);
      expect(threads.stderr).toBe(said);
    }
    const missing = await lantu('export', 'nope.json', '-o', 'x.zip');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到文件 nope.json');
  });
});
