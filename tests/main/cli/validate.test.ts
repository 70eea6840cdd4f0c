import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLantuInProcess } from './runLantuInProcess.ts';

function lantu(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/lantu.mjs', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** In-process runs for option handling (cheaper than spawning). */
const inProcess = (...args: string[]) => runLantuInProcess(process.cwd(), args);

const fixtures = 'tests/fixtures/plans';

/** A fresh folder for one test's files; all are removed after the file. */
const scratchDirs: string[] = [];
const scratch = () => {
  scratchDirs.push(mkdtempSync(join(tmpdir(), 'lantu-cli-')));
  return scratchDirs.at(-1)!;
};
afterAll(() => {
  for (const d of scratchDirs) rmSync(d, { recursive: true, force: true });
});

describe('lantu validate (spawned)', () => {
  it('exits 0 for valid plans and says so in Chinese', () => {
    const run = lantu('validate', `${fixtures}/land/valid.json`, `${fixtures}/transport/valid.json`);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`✓ ${fixtures}/land/valid.json: 通过`);
    expect(run.stdout).toContain('共 2 个文件：2 个通过，0 个未通过；错误合计 0 个');
    expect(run.stderr).toBe('');
  });

  it('passes every file of the Jiyuan demo, the expected-conflicts oracle and targets included', () => {
    const demo = ['land', 'ecology', 'industry', 'transport', 'targets', 'expected-conflicts'].map((f) => `seeds/jiyuan/${f}.json`);
    const run = lantu('validate', ...demo);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✓ seeds/jiyuan/expected-conflicts.json [预期冲突清单]: 通过');
    expect(run.stdout).toContain('共 6 个文件：6 个通过，0 个未通过；错误合计 0 个');
  });

  it('exits 1 on a broken file with the Chinese message naming feature, field and code', () => {
    const run = lantu('validate', `${fixtures}/land/unknown-code.json`);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[质量] unknown-code (1)');
    expect(run.stdout).toContain(
      '/features/0/properties/YDYHFLDM  第 1 个要素 (BSM=419001000000000001) 的 用地用海分类代码 "1009" 不在《用地用海分类指南(2023)》代码表中',
    );
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('speaks English with --lang en', () => {
    const run = lantu('--lang', 'en', 'validate', `${fixtures}/ecology/null-geometry.json`);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[fatal] null-geometry (1)');
    expect(run.stdout).toContain('feature 3 (BSM=419001000000000003) has a null geometry');
  });

  it('writes machine-readable JSON to stdout with --json -', () => {
    const run = lantu('validate', '--json', '-', `${fixtures}/industry/wrong-type.json`);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(false);
    expect(report.files[0].findings[0]).toMatchObject({ level: 'quality', code: 'wrong-type', path: '/features/1/properties/SFZDXM' });
    expect(run.stderr).toContain('[质量] wrong-type');
  });

  it('exits 2 for a missing file and for no file, without a stack trace', () => {
    const missing = lantu('validate', 'no/such/file.json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到文件 no/such/file.json');
    expect(missing.stderr).not.toContain('    at ');
    const none = lantu('validate');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('用法：lantu validate <文件>...');
  });

  it('exits 1 on a binary file with a specific message', () => {
    const dir = scratch();
    const file = join(dir, 'gbk.json');
    writeFileSync(file, Buffer.from([0x7b, 0x22, 0xb9, 0xe6, 0x22, 0x7d]));
    const run = lantu('validate', file);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('文件不是有效的 UTF-8 编码（第 2 字节起');
  });
});

describe('lantu CLI framework (in-process)', () => {
  it('caps printed findings per kind and still reports the total', async () => {
    const doc = JSON.parse(readFileSync(`${fixtures}/land/valid.json`, 'utf8'));
    for (const f of doc.features) if (f.layer === 'GHYDYH') f.properties.YDYHFLDM = '9999';
    const extra = structuredClone(doc.features[0]);
    for (let i = 0; i < 5; i++)
      doc.features.push({
        ...structuredClone(extra),
        id: crypto.randomUUID(),
        properties: { ...extra.properties, BSM: `41900100000000010${i}` },
      });
    const dir = scratch();
    writeFileSync(join(dir, 'many.json'), JSON.stringify(doc));
    const run = await inProcess('validate', '--max-per-kind', '2', join(dir, 'many.json'));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[质量] unknown-code (7，仅显示前 2 条)');
    expect(run.stdout).toContain('…… 另有 5 条 unknown-code');
    expect(run.stdout.match(/不在《用地用海分类指南\(2023\)》代码表中/g)).toHaveLength(2);
  });

  it('writes --json to a file', async () => {
    const dir = scratch();
    const out = join(dir, 'report.json');
    const run = await inProcess('validate', '--json', out, `${fixtures}/land/valid.json`);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      command: 'validate',
      ok: true,
      files: [{ ok: true, kind: 'land', findings: [] }],
    });
  });

  it('exits 2 on usage errors: unknown command, unknown option, bad --lang', async () => {
    const unknown = await inProcess('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('没有命令 "frobnicate"');
    const option = await inProcess('validate', '--fast', 'x.json');
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('不认识的选项 --fast');
    const lang = await inProcess('--lang', 'fr', 'validate', 'x.json');
    expect(lang.status).toBe(2);
    expect(lang.stderr).toContain('选项 --lang 的值 "fr" 无效，可选：zh / en');
  });

  it('prints help with the commands and exit codes', async () => {
    const help = await inProcess('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('validate');
    expect(help.stdout).toContain('退出码：0 成功；1 输入无效或校验未通过；2 用法或读写错误；3 达到策略阈值');
    const en = await inProcess('validate', '--help', '--lang', 'en');
    expect(en.stdout).toContain('lantu validate <file>...');
    expect((await inProcess()).status).toBe(2);
  });

  it('keeps every option apart from its help, a long option with its help on the next line', async () => {
    const help = (await inProcess('check', '--help', '--lang', 'en')).stdout.split('\n');
    const long = help.findIndex((line) => line.startsWith('  --source-layer '));
    expect(help[long]).toBe('  --source-layer <kind>[:<plan-id>]=<schema.table>[,…]');
    expect(help[long + 1]).toMatch(/^ {30}\S/);
    const rules = help.find((line) => line.startsWith('  --rules '));
    expect(rules!.slice(0, 30).trimEnd()).toBe('  --rules <pack.json>');
    expect(rules![30]).not.toBe(' ');
  });
});
