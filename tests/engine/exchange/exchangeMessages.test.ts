// Pins the wording of submission refusals and of the 回执 CSV in both languages (moved into the engine catalogue byte
// for byte): a package that is no zip, lacks its manifest, or carries an unlisted file without a signature.
import { describe, expect, it } from 'vitest';
import { readSubmission, receiptCsv, type DepartmentReceipt } from '../../../engine/exchange/index.ts';
import { zipFiles } from '../../../engine/package/index.ts';
import { memoryTrust } from './memoryStation.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const message = (zip: Uint8Array): string => {
  const read = readSubmission(zip, 'sub.zip', memoryTrust([]));
  return read.ok ? 'ok' : `${read.code}: ${read.message.zh} | ${read.message.en}`;
};

describe('submission refusals', () => {
  it('say which check failed, naming the package and the entry', () => {
    const created = '2026-12-05T01:00:00.000Z';
    expect([
      message(bytes('not a zip')),
      message(zipFiles(new Map([['plan.json', bytes('{}')]]), created)),
      message(
        zipFiles(
          new Map([
            ['manifest.json', bytes('{}')],
            ['extra.txt', bytes('x')],
          ]),
          created,
        ),
      ),
    ]).toMatchInlineSnapshot(`
      [
        "tampered: 拒绝接收报送包「sub.zip」：它已被篡改或损坏，它不是完整有效的 zip 文件 | submission “sub.zip” refused: it was tampered with or damaged: it is not a whole, valid zip file",
        "malformed: 拒绝接收报送包「sub.zip」：缺少 manifest.json，它不是部门报送包 | submission “sub.zip” refused: manifest.json is missing: it is not a department submission",
        "tampered: 拒绝接收报送包「sub.zip」：它已被篡改或损坏，extra.txt 不在清单中，且包中没有签名 | submission “sub.zip” refused: it was tampered with or damaged: extra.txt is not in the manifest and the package carries no signature",
      ]
    `);
  });
});

describe('the receipt CSV', () => {
  it('has its header and yes/no cells in the chosen language', () => {
    const receipt = {
      department: 'fgw',
      departments: ['fgw'],
      plans: [],
      counts: { kept: 1, changed: 1, removed: 0, added: 0 },
      rows: [
        { planId: 'p', planVersion: 'v1', featureId: 'f1', bsm: '1', layer: 'GYXM', name: '甲', outcome: 'kept', resolutions: [] },
        {
          planId: 'p',
          planVersion: 'v1',
          featureId: 'f2',
          bsm: '2',
          layer: 'GYXM',
          name: '乙',
          outcome: 'changed',
          resolutions: [true, false].map((geometryChanged) => ({
            logNumber: '20261205000001',
            conflictKey: 'k',
            ruleId: 'R01',
            kind: 'modify',
            kindZh: '修改',
            reason: '依法',
            decidedBy: '张工',
            decidedAt: '2026-12-05',
            fields: ['XMMC', 'BZ'],
            geometryChanged,
          })),
        },
      ],
    } as unknown as DepartmentReceipt;
    expect((['zh', 'en'] as const).map((lang) => new TextDecoder().decode(receiptCsv(receipt, lang)))).toMatchInlineSnapshot(`
      [
        "规划,版本,图层,BSM,名称,结果,维护日志编号,处置方式,规则,冲突标识,修改字段,图形改变,理由,处置人,处置时间
      p,v1,GYXM,1,甲,保留,,,,,,,,,
      p,v1,GYXM,2,乙,已修改,20261205000001,修改,R01,k,XMMC BZ,是,依法,张工,2026-12-05
      p,v1,GYXM,2,乙,已修改,20261205000001,修改,R01,k,XMMC BZ,否,依法,张工,2026-12-05
      ",
        "plan,version,layer,BSM,name,outcome,log number,resolution,rule,conflict,fields changed,geometry changed,reason,decided by,decided at
      p,v1,GYXM,1,甲,kept,,,,,,,,,
      p,v1,GYXM,2,乙,changed,20261205000001,modify,R01,k,XMMC BZ,yes,依法,张工,2026-12-05
      p,v1,GYXM,2,乙,changed,20261205000001,modify,R01,k,XMMC BZ,no,依法,张工,2026-12-05
      ",
      ]
    `);
  });
});
