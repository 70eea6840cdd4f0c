// Two stations in one test, through the CLI bundle, each installation a folder of its own ($LANTU_HOME): the
// 发展改革委 liaison edits its plan, signs and exports a 部门报送包; the bureau verifies it, merges it with its own
// edits, resolves the conflict the merged plan has, exports, signs and issues the package; the liaison verifies
// the issued package and reads the 回执 naming the resolution that changed its project. Then the tamper cases:
// a changed byte, a changed signer, an unknown key, a revoked key, an unsigned and a replayed older submission are
// each refused with a Chinese message and nothing written.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, TEST_JOURNAL_DIR } from './runLantuInProcess.ts';
import { packagePlans } from '../../engine/package/packagePlans.ts';
import type { PlanDocument } from '../../../engine/model/types.ts';
import { loadRulePack } from '../../../engine/rules/loadRulePack.ts';
import { runRules } from '../../../engine/rules/runRules.ts';
import type { RulePack } from '../../../engine/rules/types.ts';
import { createResolution } from '../../../engine/resolutions/createResolution.ts';
import { buildSubmission, historyFromDiff, splitSignedZip } from '../../../engine/exchange/index.ts';
import { memorySigner } from '../../engine/exchange/memoryStation.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';

let dir: string;
const home = { bureau: '', liaison: '', stranger: '' };
const PASS = { bureau: 'bureau pass', liaison: 'liaison pass', stranger: 'stranger pass' };
type Who = keyof typeof home;

async function lantu(who: Who, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const env = { LANTU_HOME: home[who], LANTU_PASSPHRASE: PASS[who] };
  const status = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: dir,
    journalDir: TEST_JOURNAL_DIR,
    env,
  });
  return { status, stdout, stderr };
}

async function ok(who: Who, ...args: string[]) {
  const run = await lantu(who, ...args);
  if (run.status !== 0) throw new Error(`lantu ${args.join(' ')} → ${run.status}\n${run.stdout}\n${run.stderr}`);
  return run;
}

const write = (name: string, value: unknown) => writeFileSync(join(dir, name), JSON.stringify(value, null, 2));
const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

/** `who` trusts `whose` key after reading its fingerprint (as over the telephone). */
async function trust(who: Who, whose: Who) {
  await ok(whose, 'keys', 'export-public', '-o', `${whose}.pub`, '--json', `${whose}-pub.json`);
  await ok(who, 'keys', 'trust', `${whose}.pub`, '--fingerprint', read(`${whose}-pub.json`).fingerprint);
}

function project(plan: PlanDocument) {
  return plan.features.find((f) => f.properties['BSM'] === '419001000040000001')!;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-exchange-'));
  for (const who of Object.keys(home) as Who[]) home[who] = join(dir, `${who}-home`);
  await ok('bureau', 'station', 'init', '--name', '自然资源和规划局-李工', '--role', 'bureau');
  await ok('liaison', 'station', 'init', '--name', '发展改革委-张工', '--role', 'department');
  await ok('stranger', 'station', 'init', '--name', '来历不明', '--role', 'department');
  await trust('bureau', 'liaison');
  await trust('liaison', 'bureau');
  // The versions the bureau accepted last (v1): a project on permanent farmland (an R08 blocker).
  const [land, industry] = packagePlans({ projectOnFarmland: true });
  write('land.json', land);
  write('industry.json', industry);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('two stations exchange a submission, a signed package and its receipt', () => {
  it('liaison submits, bureau accepts and merges, resolves, issues; liaison reads the receipt', async () => {
    // Liaison: renames the project (v2) and submits.
    const v2 = read('industry.json') as PlanDocument;
    v2.plan.version = 'v2';
    project(v2).properties['XMMC'] = '精密铸件项目（扩建）';
    write('industry-v2.json', v2);
    const submitted = await ok('liaison', 'submit', 'industry-v2.json', '--base', 'industry.json', '-o', 'sub-1.zip', '--author', '张工');
    expect(submitted.stdout).toContain('第 1 号，编辑 1 条，报送人 张工，工作站 发展改革委-张工，已签名');

    // Bureau: its own edit on the same plan (another field of the same project), then accepts with a three-way merge.
    const ours = read('industry.json') as PlanDocument;
    project(ours).properties['BZ'] = '局方核对用地';
    write('bureau-industry.json', ours);
    const accepted = await ok(
      'bureau',
      'accept',
      'sub-1.zip',
      '--plan',
      'bureau-industry.json',
      '-o',
      'merged-industry.json',
      '--json',
      'accept.json',
    );
    expect(accepted.stdout).toContain('sub-1.zip 的签名有效，签名者 发展改革委-张工');
    expect(accepted.stdout).toContain('相对局方已接收版本（v1）：新增 0，删除 0，修改 1');
    expect(accepted.stdout).toContain('XMMC: 精密铸件项目 → 精密铸件项目（扩建）');
    expect(accepted.stdout).toContain('三方合并：取自局方 0，取自部门 0，双方合并 1，冲突 0');
    const merged = read('merged-industry.json') as PlanDocument;
    expect(project(merged).properties).toMatchObject({ XMMC: '精密铸件项目（扩建）', BZ: '局方核对用地' });
    expect(merged.plan.version).toBe('v2');
    expect(read('accept.json')).toMatchObject({ ok: true, sequence: 1, author: '张工', signature: { status: 'trusted' } });

    // Bureau resolves the blocker: the project yields to the farmland.
    const land = read('land.json') as PlanDocument;
    const pack = loadRulePack(JSON.parse(readFileSync(join(import.meta.dirname, '../../../seeds/rules/jiyuan-default.json'), 'utf8')));
    if (!pack.ok) throw new Error('pack');
    const port = await createGeometryPort();
    try {
      const conflicts = (await runRules({ plans: [land, merged], pack: pack.pack as RulePack }, port)).report.conflicts;
      const r08 = conflicts.find((c) => c.ruleId === 'R08')!;
      const resolved = createResolution(
        {
          conflict: r08,
          kind: 'subjectYields',
          decidedBy: '李工',
          decidedAt: '2026-12-05T02:00:00Z',
          logNumber: '20261205000001',
          reason: '项目避让永久基本农田',
        },
        [land, merged],
        port,
      );
      if (!resolved.ok) throw new Error('resolution refused');
      write('resolutions.json', { schemaVersion: '1.0.0', resolutions: [resolved.resolution] });
    } finally {
      port.dispose();
    }
    await ok(
      'bureau',
      'export',
      'land.json',
      'merged-industry.json',
      '--resolutions',
      'resolutions.json',
      '--draft',
      '--created',
      '2026-12-05T03:00:00Z',
      '-o',
      'blueprint.zip',
    );
    const signed = await ok('bureau', 'sign', 'blueprint.zip', '-o', 'issued.zip');
    expect(signed.stdout).toContain('已签名 issued.zip：签名者 自然资源和规划局-李工');
    // Signing added one entry and changed nothing else: the package still rebuilds byte for byte.
    expect(
      Buffer.from(splitSignedZip(readFileSync(join(dir, 'issued.zip'))).unsigned).equals(readFileSync(join(dir, 'blueprint.zip'))),
    ).toBe(true);

    // Liaison: verifies the issued package (the bureau's key is trusted there) and reads its receipt.
    const verified = await ok('liaison', 'verify', 'issued.zip', '--json', 'verify.json');
    expect(verified.stdout).toContain('校验通过');
    expect(verified.stdout).toContain('issued.zip 的签名有效，签名者 自然资源和规划局-李工');
    expect(read('verify.json').signature).toMatchObject({ status: 'trusted', signer: { stationName: '自然资源和规划局-李工' } });
    const receipt = await ok(
      'liaison',
      'receipt',
      'issued.zip',
      '--department',
      '发展改革委',
      '--csv',
      'receipt.csv',
      '--json',
      'receipt.json',
    );
    expect(receipt.stdout).toContain('回执：发展改革委，测试产业规划（pkg-industry，v2）；保留 0，已修改 1，已删除 0，新增 0');
    expect(receipt.stdout).toMatch(
      /已修改 {2}GYXM 419001000040000001 精密铸件项目（扩建）\n {6}20261205000001 主体让步 R08 \(图形\) 理由: 项目避让永久基本农田 {2}李工 2026-12-05T02:00:00Z/,
    );
    const rows = read('receipt.json').rows;
    expect(rows).toEqual([
      expect.objectContaining({
        bsm: '419001000040000001',
        outcome: 'changed',
        resolutions: [
          expect.objectContaining({
            logNumber: '20261205000001',
            kind: 'subjectYields',
            reason: '项目避让永久基本农田',
            geometryChanged: true,
          }),
        ],
      }),
    ]);
    const csv = readFileSync(join(dir, 'receipt.csv'), 'utf8');
    expect(csv).toContain('pkg-industry,v2,GYXM,419001000040000001,精密铸件项目（扩建）,已修改,20261205000001,主体让步,R08,');
    // The land department's features were kept.
    const landReceipt = await ok('liaison', 'receipt', 'issued.zip', '--department', '自然资源和规划局');
    expect(landReceipt.stdout).toMatch(/保留 \d+，已修改 0，已删除 0，新增 0/);
    // A department the package does not hold is named with the ones it does.
    const none = await lantu('liaison', 'receipt', 'issued.zip', '--department', '水利局');
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('没有部门“水利局”的规划；包中的部门：发展改革委、自然资源和规划局');
  }, 180_000);

  it('refuses a conflicting second submission until the bureau decides, then refuses the first one replayed', async () => {
    const v3 = read('industry-v2.json') as PlanDocument;
    v3.plan.version = 'v3';
    project(v3).properties['XMMC'] = '精密铸件项目（三期）';
    write('industry-v3.json', v3);
    await ok('liaison', 'submit', 'industry-v3.json', '--base', 'industry-v2.json', '-o', 'sub-2.zip');
    const ours = read('merged-industry.json') as PlanDocument;
    project(ours).properties['XMMC'] = '精密铸件项目（局方定名）';
    write('bureau-industry-2.json', ours);
    const conflicted = await lantu('bureau', 'accept', 'sub-2.zip', '--plan', 'bureau-industry-2.json', '-o', 'merged-2.json');
    expect(conflicted.status).toBe(1);
    expect(conflicted.stdout).toContain('! 419001000040000001 字段 XMMC: 局方 精密铸件项目（局方定名），部门 精密铸件项目（三期）');
    expect(conflicted.stderr).toContain('有 1 处冲突需要决定');
    expect(existsSync(join(dir, 'merged-2.json'))).toBe(false);
    await ok('bureau', 'accept', 'sub-2.zip', '--plan', 'bureau-industry-2.json', '-o', 'merged-2.json', '--take', 'theirs');
    expect(project(read('merged-2.json')).properties['XMMC']).toBe('精密铸件项目（三期）');

    for (const old of ['sub-1.zip', 'sub-2.zip']) {
      const replayed = await lantu('bureau', 'accept', old, '-o', 'replayed.json');
      expect(replayed.status).toBe(1);
      expect(replayed.stderr).toContain(`拒绝接收报送包「${old}」：这是重放的旧报送`);
      expect(replayed.stderr).toContain('第 2 号报送');
    }
    expect(existsSync(join(dir, 'replayed.json'))).toBe(false);
  }, 120_000);

  it('gives the submitted resolutions official log numbers after the bureau’s own, keeping the provisional ones', async () => {
    await ok('liaison', 'station', 'show', '--json', 'liaison-station.json');
    const { stationId, stationName } = read('liaison-station.json') as { stationId: string; stationName: string };
    // The land plan: its sequence register is apart from the industry plan's the other tests use.
    const base = read('land.json') as PlanDocument;
    const plan = structuredClone(base);
    plan.plan.version = 'v4';
    plan.features[0]!.properties['BZ'] = '已调整';
    const r = (conflictKey: string, logNumber: string, decidedAt: string) => ({
      conflictKey,
      ruleId: 'R08',
      regionHash: 'h',
      kind: 'subjectYields',
      status: 'applied',
      decidedBy: '张工',
      decidedAt,
      reason: '部门处置',
      edits: [{}],
      logNumber,
    });
    const history = [
      ...historyFromDiff(base, plan, { idPrefix: 'p', author: '张工', station: stationId, at: '2026-12-05T01:00:00Z' }),
      { kind: 'setResolution', conflictKey: 'k-1', before: null, after: r('k-1', '20261204-ABCD-000001', '2026-12-04T08:00:00Z') },
    ];
    // Built by the engine, then signed with the liaison station's own key through `lantu sign`.
    const made = await buildSubmission(
      { plan, base, history, station: { stationId, stationName }, author: '张工', sequence: 1, createdAt: '2026-12-05T01:00:00.000Z' },
      memorySigner(9, stationId, stationName),
    );
    writeFileSync(join(dir, 'sub-r.unsigned.zip'), splitSignedZip(made).unsigned);
    await ok('liaison', 'sign', 'sub-r.unsigned.zip', '-o', 'sub-r.zip');
    write('bureau-resolutions.json', {
      resolutions: [r('own', `${new Date().toISOString().slice(0, 10).replaceAll('-', '')}000001`, new Date().toISOString())],
    });
    const run = await ok(
      'bureau',
      'accept',
      'sub-r.zip',
      '-o',
      'merged-r.json',
      '--resolutions',
      'bureau-resolutions.json',
      '--json',
      'accept-r.json',
    );
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    expect(run.stdout).toContain(`维护日志编号 20261204-ABCD-000001 → ${day}000002（正式）`);
    const after = read('bureau-resolutions.json').resolutions as {
      conflictKey: string;
      logNumber: string;
      provisionalLogNumber?: string;
    }[];
    expect(after.map((x) => [x.conflictKey, x.logNumber, x.provisionalLogNumber])).toEqual([
      ['own', `${day}000001`, undefined],
      ['k-1', `${day}000002`, '20261204-ABCD-000001'],
    ]);
    expect(read('accept-r.json')).toMatchObject({
      ok: true,
      resolutions: 1,
      renumbered: [{ provisional: '20261204-ABCD-000001', official: `${day}000002` }],
    });
  }, 120_000);
});

describe('tampered submissions are refused with a Chinese message and nothing is written', () => {
  const refused = async (file: string, text: string) => {
    const run = await lantu('bureau', 'accept', file, '-o', 'never.json');
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stderr).toContain(text);
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  };

  it('refuses a changed byte anywhere, an unsigned package, an unknown key, a changed signer and a revoked key', async () => {
    write('industry-v4.json', {
      ...(read('industry-v3.json') as PlanDocument),
      plan: { ...(read('industry-v3.json') as PlanDocument).plan, version: 'v4' },
    });
    await ok('liaison', 'submit', 'industry-v4.json', '--base', 'industry-v3.json', '-o', 'sub-3.zip');
    const zip = readFileSync(join(dir, 'sub-3.zip'));
    for (const at of [40, Math.floor(zip.length / 2), zip.length - 30]) {
      const changed = Buffer.from(zip);
      changed[at] = changed[at]! ^ 0x01;
      writeFileSync(join(dir, `byte-${at}.zip`), changed);
      await refused(`byte-${at}.zip`, '拒绝接收报送包');
      await refused(`byte-${at}.zip`, '篡改');
    }
    writeFileSync(join(dir, 'unsigned.zip'), splitSignedZip(zip).unsigned);
    await refused('unsigned.zip', '未签名');

    // The stranger's own submission: a key the bureau never trusted.
    await ok('stranger', 'submit', 'industry-v4.json', '--base', 'industry-v3.json', '-o', 'stranger.zip');
    await refused('stranger.zip', '签名密钥不在本机的受信任密钥列表中');

    // The liaison's submission re-signed by another trusted station: the manifest still names the liaison.
    await trust('bureau', 'stranger');
    await ok('stranger', 'sign', 'unsigned.zip', '-o', 'resigned.zip');
    await refused('resigned.zip', '签名者被改动');

    await ok('bureau', 'keys', 'revoke', '--fingerprint', read('stranger-pub.json').fingerprint);
    await refused('stranger.zip', '已于');
    await refused('stranger.zip', '吊销');

    // The untouched one is still accepted after all that.
    await ok('bureau', 'accept', 'sub-3.zip', '-o', 'merged-3.json');
  }, 120_000);

  it('fails verify on an issued package whose signature entry header was changed, naming signature.json', async () => {
    const zip = readFileSync(join(dir, 'issued.zip'));
    const at = splitSignedZip(zip).signature!.localHeaderOffset + 10; // the entry's DOS time
    const changed = Buffer.from(zip);
    changed[at] = changed[at]! ^ 0x02;
    writeFileSync(join(dir, 'issued-changed.zip'), changed);
    const run = await lantu('liaison', 'verify', 'issued-changed.zip');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('signature.json issued-changed.zip 已被篡改');
    const receipt = await lantu('liaison', 'receipt', 'issued-changed.zip', '--department', '发展改革委');
    expect(receipt.status).toBe(1);
    expect(receipt.stderr).toContain('已被篡改');
  }, 60_000);
});
