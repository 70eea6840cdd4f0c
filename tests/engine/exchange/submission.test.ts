// 部门报送包 in the engine: built and signed by a liaison's station, read by the bureau's; every changed byte,
// a changed signer, an unknown or revoked key, an unsigned package and a replayed older one are refused, each
// with a Chinese message saying which.
import { describe, expect, it } from 'vitest';
import {
  buildSubmission,
  checkReplay,
  EMPTY_ACCEPTED_REGISTER,
  historyFromDiff,
  readSubmission,
  recordAccepted,
  splitSignedZip,
  type SubmissionInput,
} from '../../../engine/exchange/index.ts';
import { zipFiles, unzipFiles } from '../../../engine/package/index.ts';
import { packagePlans } from '../package/packagePlans.ts';
import { memorySigner, memoryTrust, trustedKeyOf } from './memoryStation.ts';

const liaison = memorySigner(3, 'st-fgw', '发展改革委-张工');
const stranger = memorySigner(4, 'st-x', '陌生工作站');
const trust = memoryTrust([trustedKeyOf(liaison)]);

function input(sequence = 1): SubmissionInput {
  const [, base] = packagePlans();
  const plan = structuredClone(base!);
  plan.plan.version = 'v2';
  plan.features[0]!.properties['XMMC'] = '精密铸件项目（二期）';
  const history = historyFromDiff(base!, plan, { idPrefix: 'st-fgw-1', author: '张工', station: 'st-fgw', at: '2026-12-05T01:00:00Z' });
  return {
    plan,
    base: base!,
    history,
    station: { stationId: 'st-fgw', stationName: '发展改革委-张工' },
    author: '张工',
    sequence,
    createdAt: '2026-12-05T01:00:00.000Z',
  };
}

describe('department submissions', () => {
  it('reads back what the liaison signed: plan, base, history and who sent it', async () => {
    const zip = await buildSubmission(input(), liaison);
    expect(Buffer.from(await buildSubmission(input(), liaison)).equals(Buffer.from(zip))).toBe(true);
    const read = readSubmission(zip, 'sub.zip', trust);
    if (!read.ok) throw new Error(read.message.zh);
    expect(read.submission.signature.status).toBe('trusted');
    expect(read.submission.manifest).toMatchObject({
      station: { stationId: 'st-fgw', stationName: '发展改革委-张工' },
      author: '张工',
      sequence: 1,
      plan: { id: 'pkg-industry', department: '发展改革委', version: 'v2' },
      historyCommands: 1,
    });
    expect(read.submission.history).toEqual([
      expect.objectContaining({
        kind: 'setAttributes',
        planId: 'pkg-industry',
        meta: { id: 'st-fgw-1-1', author: '张工', station: 'st-fgw', at: '2026-12-05T01:00:00Z' },
      }),
    ]);
    expect(read.submission.plan.features[0]!.properties['XMMC']).toBe('精密铸件项目（二期）');
  });

  it('refuses a package with any single byte changed, saying it was tampered with', async () => {
    const zip = await buildSubmission(input(), liaison);
    const codes = new Set<string>();
    for (let at = 0; at < zip.length; at += 7) {
      const changed = zip.slice();
      changed[at] = changed[at]! ^ 0x20;
      const read = readSubmission(changed, 'sub.zip', trust);
      expect(read.ok, `byte ${at}`).toBe(false);
      if (!read.ok) {
        codes.add(read.code);
        expect(read.message.zh).toMatch(/^拒绝接收报送包.*sub\.zip.*篡改/);
      }
    }
    expect(codes).toContain('tampered');
    expect([...codes].sort()).toEqual(['tampered']);
  });

  it('refuses an unsigned package, an unknown key, a revoked key and a changed signer', async () => {
    const zip = await buildSubmission(input(), liaison);
    const unsigned = readSubmission(splitSignedZip(zip).unsigned, 'sub.zip', trust);
    expect(unsigned).toMatchObject({ ok: false, code: 'unsigned' });
    if (!unsigned.ok) expect(unsigned.message.zh).toContain('未签名');

    const unknown = readSubmission(zip, 'sub.zip', memoryTrust([]));
    expect(unknown).toMatchObject({ ok: false, code: 'unknown-key' });
    if (!unknown.ok) expect(unknown.message.zh).toContain('不在本机的受信任密钥列表中');

    const revoked = readSubmission(zip, 'sub.zip', memoryTrust([trustedKeyOf(liaison, { revokedAt: '2026-12-05T00:00:00Z' })]));
    expect(revoked).toMatchObject({ ok: false, code: 'revoked' });
    if (!revoked.ok) expect(revoked.message.zh).toContain('吊销');

    // A stranger re-signs the liaison's submission with its own (trusted) key: the manifest still names the liaison.
    const files = unzipFiles(zip);
    files.delete('signature.json');
    const { signZip } = await import('../../../engine/exchange/index.ts');
    const resigned = await signZip(
      zipFiles(files, '2026-12-05T01:00:00.000Z'),
      stranger,
      '2026-12-05T01:00:00.000Z',
      '2026-12-05T01:00:00.000Z',
      { maxTotalBytes: 1e9, maxEntries: 16, maxRatio: 200, ratioFloorBytes: 1e6 },
    );
    const changedSigner = readSubmission(resigned, 'sub.zip', memoryTrust([trustedKeyOf(liaison), trustedKeyOf(stranger)]));
    expect(changedSigner).toMatchObject({ ok: false, code: 'signer-changed' });
    if (!changedSigner.ok) expect(changedSigner.message.zh).toContain('签名者被改动');
  });

  it('refuses a replayed older submission once a later one from the same station and plan was accepted', async () => {
    const first = readSubmission(await buildSubmission(input(1), liaison), 'sub-1.zip', trust);
    const second = readSubmission(await buildSubmission(input(2), liaison), 'sub-2.zip', trust);
    if (!first.ok || !second.ok) throw new Error('unreadable');
    expect(checkReplay(EMPTY_ACCEPTED_REGISTER, first.submission.manifest, 'sub-1.zip')).toBeNull();
    const register = recordAccepted(EMPTY_ACCEPTED_REGISTER, second.submission.manifest, 'abc', '2026-12-05T02:00:00Z');
    const replay = checkReplay(register, first.submission.manifest, 'sub-1.zip');
    expect(replay?.zh).toContain('重放的旧报送');
    expect(replay?.zh).toContain('第 2 号报送，本包为第 1 号');
    expect(checkReplay(register, second.submission.manifest, 'sub-2.zip')?.zh).toContain('重放');
  });
});
