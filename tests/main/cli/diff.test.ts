// `lantu diff` on two crafted versions: v2 changes one parcel's use, drops another and moves the project;
// the diff names the changed and removed features per layer, the area change per class and the indicators.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLantuInProcess } from './runLantuInProcess.ts';
import { packagePlans } from '../../engine/package/packagePlans.ts';
import { unzipFiles, zipFiles } from '../../../engine/package/index.ts';
import { forgeDeclaredSize } from '../../engine/zip/zipBombs.ts';

let dir: string;

const lantu = (...args: string[]) => runLantuInProcess(dir, args);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-diff-'));
  for (const [name, plans] of [
    ['v1', packagePlans()],
    ['v2', packagePlans({ version: 'v2', northWestCode: '0101', dropParcel: true, projectOnFarmland: true })],
  ] as const) {
    writeFileSync(join(dir, `${name}-land.json`), JSON.stringify(plans[0]));
    writeFileSync(join(dir, `${name}-industry.json`), JSON.stringify(plans[1]));
    const run = await lantu(
      'export',
      `${name}-land.json`,
      `${name}-industry.json`,
      '--created',
      '2026-11-27T08:00:00Z',
      '--draft',
      '-o',
      `${name}.zip`,
    );
    if (run.status !== 0) throw new Error(run.stderr);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lantu diff', () => {
  it('lists features added, removed and changed per layer, area change per class and indicator changes', async () => {
    const run = await lantu('diff', 'v1.zip', 'v2.zip', '--json', 'diff.json');
    expect(run.status).toBe(0);
    const d = JSON.parse(readFileSync(join(dir, 'diff.json'), 'utf8'));
    const perLayer = Object.fromEntries(d.perLayer.map((l: { layer: string }) => [l.layer, l]));
    expect(perLayer['GHYDYH']).toEqual({ layer: 'GHYDYH', added: 0, removed: 1, changed: 3 });
    expect(perLayer['GYXM']).toMatchObject({ added: 0, removed: 0, changed: 1 });
    expect(d.removed.map((f: { bsm: string }) => f.bsm)).toEqual(['419001000010000004']);
    const nw = d.changed.find((c: { bsm: string }) => c.bsm === '419001000010000003');
    expect(nw.fields).toContainEqual({ key: 'YDYHFLDM', before: '0301', after: '0101' });
    const byClass = Object.fromEntries(d.areaByClass.map((c: { classCode: string; changeM2: number }) => [c.classCode, c.changeM2]));
    expect(byClass['0301']).toBeLessThan(-200_000);
    expect(byClass['0101']).toBeCloseTo(-byClass['0301'], -1);
    expect(byClass['070101']).toBeLessThan(-200_000);
    expect(d.indicatorChanges.map((i: { indicator: string }) => i.indicator)).toContain('cultivatedLand');
    expect(run.stdout).toContain('GHYDYH  新增 0，删除 1，修改 3');
    expect(run.stdout).toMatch(/用地 0301 +25\.\d{4} → 0\.0000 公顷（-25\.\d{4}）/);
  });

  it('reports no differences between a package and itself, and exits 1 on a file that is not a package', async () => {
    const same = await lantu('diff', 'v1.zip', 'v1.zip');
    expect(same.status).toBe(0);
    expect(same.stdout).toMatch(/共新增 0、删除 0、修改 0 个要素（未变 \d+），0 个用地分类面积变化，0 项指标变化/);
    writeFileSync(join(dir, 'x.zip'), 'nope');
    expect((await lantu('diff', 'v1.zip', 'x.zip')).status).toBe(1);
    expect((await lantu('diff', 'v1.zip')).status).toBe(2);
  });
});

describe('lantu diff on zip bombs', () => {
  const v1 = () => unzipFiles(readFileSync(join(dir, 'v1.zip')));

  it('stops inflating a layer that passes its declared size instead of reporting no changes', async () => {
    writeFileSync(join(dir, 'understated.zip'), forgeDeclaredSize(readFileSync(join(dir, 'v1.zip')), 'layers/GHYDYH.geojson', 100));
    const run = await lantu('diff', 'v1.zip', 'understated.zip');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('understated.zip 中的“layers/GHYDYH.geojson”解压后超过其声明的大小 100 字节');
  });

  it('refuses a layer compressed over 200:1', async () => {
    const files = v1();
    files.set('layers/GHYDYH.geojson', new Uint8Array(4 * 1024 * 1024).fill(32));
    writeFileSync(join(dir, 'ratio.zip'), zipFiles(files, '2026-11-27T08:00:00Z'));
    const run = await lantu('diff', 'ratio.zip', 'v1.zip', '--lang', 'en');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/“layers\/GHYDYH\.geojson” in ratio\.zip has a compression ratio of \d+:1 .* over the limit of 200:1/);
  });

  it('refuses a declared total over the inflate limit and names it', async () => {
    const run = await lantu('diff', 'v1.zip', 'v2.zip', '--max-inflate', '64KiB');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('v1.zip 解压后将超过解压上限 64.0 KiB');
  });
});
