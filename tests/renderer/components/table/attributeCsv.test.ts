import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureId, PlanFeature, Properties } from '../../../../engine/model/types.ts';
import { attributeColumns } from '../../../../renderer/components/table/attributeRows.ts';
import { attributeCsv } from '../../../../renderer/components/table/attributeCsv.ts';

const feature = (n: number, properties: Properties): PlanFeature => ({
  type: 'Feature',
  id: `f${n}` as FeatureId,
  layer: 'GHYDYH',
  geometry: { type: 'Point', coordinates: [112, 35] },
  properties,
});

/** The file read back by Python's csv module (as GDAL and scripts read it): rows of cells. */
function readWithPython(bytes: Uint8Array): string[][] {
  const path = join(mkdtempSync(join(tmpdir(), 'lantu-csv-')), 'table.csv');
  writeFileSync(path, bytes);
  const script =
    'import csv, json, sys\nwith open(sys.argv[1], newline="", encoding="utf-8-sig") as f: print(json.dumps(list(csv.reader(f))))';
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' })) as string[][];
}

describe('attributeCsv', () => {
  const rows = [
    feature(1, { BSM: '410881000000000001', YDYHFLDM: '0703', YDYHFLMC: '城镇住宅用地', MJ: 1234.5 }),
    feature(2, { BSM: 'B2', YDYHFLDM: '1001', YDYHFLMC: '工业用地', MJ: 7, BZ: '=SUM(A1)' }),
  ];
  const columns = attributeColumns('GHYDYH', rows).filter((c) => ['BSM', 'YDYHFLDM', 'YDYHFLMC', 'MJ', 'BZ'].includes(c.key));
  const read = readWithPython(attributeCsv(columns, rows, 'zh'));
  const cell = (row: number, key: string) => read[row + 1]![columns.findIndex((c) => c.key === key)]!;

  it('writes an 18-digit BSM and a code with a leading 0 with a leading tab, so Excel keeps them as text', () => {
    expect(cell(0, 'BSM')).toBe('\t410881000000000001');
    expect(cell(0, 'YDYHFLDM')).toBe('\t0703');
  });

  it('reads back in Python’s csv module as the same rows and columns, each value whole once trimmed', () => {
    expect(read).toHaveLength(3);
    expect(read.every((r) => r.length === columns.length)).toBe(true);
    expect(cell(0, 'BSM').trim()).toBe('410881000000000001');
    expect(cell(0, 'YDYHFLDM').trim()).toBe('0703');
    expect(cell(0, 'YDYHFLMC')).toBe('城镇住宅用地');
    expect(Number(cell(0, 'MJ'))).toBe(1234.5);
  });

  it('leaves codes Excel reads right, names and numbers as they are, and still defuses formulas', () => {
    expect(cell(1, 'YDYHFLDM')).toBe('1001');
    expect(cell(1, 'BSM')).toBe('B2');
    expect(cell(1, 'MJ')).toBe('7');
    expect(cell(1, 'BZ')).toBe("'=SUM(A1)");
  });
});
