// Reading project documents (schemas/project.schema.json): what is fatal (no project), what is quality (kept,
// flagged) and what is a warning, each message naming the file and the field, in Chinese and English.
import { describe, expect, it } from 'vitest';
import { readProjectDocument } from '../../../engine/review/readProjectDocument.ts';
import type { ProjectFinding } from '../../../engine/review/projectFinding.ts';

const FILE = '虎岭铝材项目.json';

function doc(over: Record<string, unknown> = {}, props: Record<string, unknown> | null = null): Record<string, unknown> {
  return {
    type: 'Feature',
    project: {
      schemaVersion: '1.0.0',
      id: '7d2c1f1e-0000-4000-8000-000000000001',
      stage: '用地预审与选址',
      source: {
        format: 'txt',
        fileName: '界址点.txt',
        crs: 'EPSG:4526',
        points: [{ parcelId: '1', pointId: 'J1', ringNo: 1, xM: 3885123.456, yM: 38365508.88 }],
      },
    },
    properties: props ?? {
      XMDM: '2024-419001-30-03-000123',
      XMMC: '年产 5 万吨铝材项目',
      JSDW: '济源某铝业有限公司',
      XMLX: '工业',
      NYDYT: '100102',
      ZDXM: '否',
      DDXZ: '否',
      GYLB: '二类',
    },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [112.5, 35.1],
            [112.51, 35.1],
            [112.51, 35.11],
            [112.5, 35.11],
            [112.5, 35.1],
          ],
          [
            [112.502, 35.102],
            [112.502, 35.104],
            [112.504, 35.104],
            [112.504, 35.102],
            [112.502, 35.102],
          ],
        ],
        [
          [
            [112.52, 35.1],
            [112.53, 35.1],
            [112.53, 35.11],
            [112.52, 35.1],
          ],
        ],
      ],
    },
    ...over,
  };
}

const bytesOf = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const read = (value: unknown) => readProjectDocument(bytesOf(value), FILE);
const codes = (findings: readonly ProjectFinding[]) => findings.map((f) => `${f.level}:${f.code}`);

describe('readProjectDocument', () => {
  it('reads a valid project document with holes and several parcels, without findings', () => {
    const r = read(doc());
    expect(r.findings).toEqual([]);
    expect(r.project?.properties.XMMC).toBe('年产 5 万吨铝材项目');
    expect(r.project?.geometry.coordinates).toHaveLength(2);
  });

  it('flags a malformed XMDM as quality, naming the file, the field and the expected format', () => {
    const r = read(doc({}, { ...(doc().properties as object), XMDM: '2024-41900-30-03-000123' }));
    expect(codes(r.findings)).toEqual(['quality:pattern-mismatch']);
    expect(r.findings[0]!.path).toBe('/properties/XMDM');
    expect(r.findings[0]!.message.zh).toBe(
      '虎岭铝材项目.json：统一项目代码（XMDM） 的值 "2024-41900-30-03-000123" 格式不对（应为 YYYY-XXXXXX-XX-XX-XXXXXX，如 2024-419001-30-03-000123）',
    );
    expect(r.findings[0]!.message.en).toContain('XMDM (unified project code): "2024-41900-30-03-000123" has the wrong format');
    expect(r.project).not.toBeNull();
  });

  it('flags an unknown XMLX with the allowed values', () => {
    const r = read(doc({}, { ...(doc().properties as object), XMLX: '化工' }));
    expect(codes(r.findings)).toEqual(['quality:invalid-value']);
    expect(r.findings[0]!.message.zh).toBe(
      '虎岭铝材项目.json：项目类型（XMLX） 的值 "化工" 无效，应为 "工业" / "仓储" / "交通" / "能源" / "水利" / "公共服务" / "住宅" / "商业" / "其他" 之一',
    );
  });

  it('accepts alias keys, renames them to the national field names and warns once per column', () => {
    const r = read(
      doc(
        {},
        {
          统一项目代码: '2024-419001-30-03-000123',
          项目名称: '铝材项目',
          项目类型: '工业',
          是否国家重大建设项目: '否',
          工业类别: '一类',
          xmdm_note: 'kept',
        },
      ),
    );
    expect(codes(r.findings)).toEqual([
      'warning:alias-field',
      'warning:alias-field',
      'warning:alias-field',
      'warning:alias-field',
      'warning:alias-field',
    ]);
    expect(r.findings.map((f) => f.message.zh)).toContain(
      '虎岭铝材项目.json：列 "项目名称" 是 项目名称（XMMC）的别名，已按标准字段名 XMMC 读取',
    );
    expect(r.project?.properties).toEqual({
      XMDM: '2024-419001-30-03-000123',
      XMMC: '铝材项目',
      XMLX: '工业',
      ZDXM: '否',
      GYLB: '一类',
      xmdm_note: 'kept',
    });
  });

  it('keeps the national field over its alias and says so', () => {
    const r = read(doc({}, { XMMC: '甲', 项目名称: '乙', XMLX: '工业', XMDM: '2024-419001-30-03-000123' }));
    expect(codes(r.findings)).toEqual(['warning:alias-shadowed']);
    expect(r.project?.properties.XMMC).toBe('甲');
  });

  it('flags a missing XMMC as quality', () => {
    const r = read(doc({}, { XMDM: '2024-419001-30-03-000123', XMLX: '工业' }));
    expect(codes(r.findings)).toEqual(['quality:missing-field']);
    expect(r.findings[0]!.message.zh).toBe('虎岭铝材项目.json：缺少必填字段 项目名称（XMMC）');
    expect(r.findings[0]!.message.en).toBe('虎岭铝材项目.json: lacks the required field XMMC (project name)');
  });

  it('requires XMDM from 用地预审与选址 on, not at 策划生成', () => {
    const props = { XMMC: '铝材项目', XMLX: '工业' };
    const later = read(doc({}, props));
    expect(codes(later.findings)).toEqual(['quality:missing-project-code']);
    expect(later.findings[0]!.message.zh).toBe(
      '虎岭铝材项目.json：项目处于“用地预审与选址”阶段，自用地预审与选址起必须填写统一项目代码（XMDM）',
    );
    const early = doc({}, props);
    (early.project as Record<string, unknown>).stage = '策划生成';
    expect(read(early).findings).toEqual([]);
    (early.project as Record<string, unknown>).stage = '工程规划许可';
    expect(codes(read(early).findings)).toEqual(['quality:missing-project-code']);
  });

  it('refuses a boundary that is not polygonal, and reads a Polygon as one parcel', () => {
    const line = read(
      doc({
        geometry: {
          type: 'LineString',
          coordinates: [
            [112.5, 35.1],
            [112.51, 35.1],
          ],
        },
      }),
    );
    expect(line.project).toBeNull();
    expect(codes(line.findings)).toEqual(['fatal:geometry-type-mismatch']);
    expect(line.findings[0]!.message.zh).toBe(
      '虎岭铝材项目.json：边界几何（geometry）类型应为 MultiPolygon（或 Polygon），实际为 "LineString"',
    );
    const polygon = read(
      doc({
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [112.5, 35.1],
              [112.51, 35.1],
              [112.51, 35.11],
              [112.5, 35.1],
            ],
          ],
        },
      }),
    );
    expect(codes(polygon.findings)).toEqual(['warning:polygon-as-multipolygon']);
    expect(polygon.project?.geometry.type).toBe('MultiPolygon');
    expect(polygon.project?.geometry.coordinates).toEqual([
      [
        [
          [112.5, 35.1],
          [112.51, 35.1],
          [112.51, 35.11],
          [112.5, 35.1],
        ],
      ],
    ]);
  });

  it('refuses projected metres, unclosed rings, short rings and a missing geometry', () => {
    const metres = read(
      doc({
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [38365508.88, 3885123.45],
                [38365608.88, 3885123.45],
                [38365608.88, 3885223.45],
                [38365508.88, 3885123.45],
              ],
            ],
          ],
        },
      }),
    );
    expect(codes(metres.findings)).toEqual(['fatal:coordinate-out-of-range']);
    expect(metres.findings[0]!.message.zh).toContain('看起来是投影坐标米数');
    const open = read(
      doc({
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [112.5, 35.1],
                [112.51, 35.1],
                [112.51, 35.11],
                [112.5, 35.11],
              ],
            ],
          ],
        },
      }),
    );
    expect(codes(open.findings)).toEqual(['fatal:ring-not-closed']);
    expect(open.findings[0]!.message.zh).toBe('虎岭铝材项目.json：边界几何（geometry）第 1 个地块第 1 个环（外圈）未闭合（首尾坐标不同）');
    const short = read(
      doc({
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [112.5, 35.1],
                [112.51, 35.1],
                [112.5, 35.1],
              ],
            ],
          ],
        },
      }),
    );
    expect(codes(short.findings)).toEqual(['fatal:ring-too-few-positions']);
    expect(codes(read(doc({ geometry: null })).findings)).toEqual(['fatal:null-geometry']);
    expect(
      codes(
        read(
          doc({
            geometry: {
              type: 'MultiPolygon',
              coordinates: [
                [
                  [
                    [112.5, 'x'],
                    [112.51, 35.1],
                    [112.51, 35.11],
                    [112.5, 35.1],
                  ],
                ],
              ],
            },
          }),
        ).findings,
      ),
    ).toEqual(['fatal:invalid-geometry']);
  });

  it('flags self-intersections, holes outside their shell and overlapping parcels as quality', () => {
    const bowtie = read(
      doc({
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [112.5, 35.1],
                [112.51, 35.11],
                [112.51, 35.1],
                [112.5, 35.11],
                [112.5, 35.1],
              ],
            ],
          ],
        },
      }),
    );
    expect(codes(bowtie.findings)).toEqual(['quality:self-intersection']);
    expect(bowtie.findings[0]!.message.zh).toMatch(/^虎岭铝材项目\.json：边界几何第 1 个地块第 1 个环自身相交或自接触/);
    const shell = [
      [112.5, 35.1],
      [112.51, 35.1],
      [112.51, 35.11],
      [112.5, 35.11],
      [112.5, 35.1],
    ];
    const farHole = [
      [112.6, 35.2],
      [112.6, 35.21],
      [112.61, 35.21],
      [112.61, 35.2],
      [112.6, 35.2],
    ];
    expect(codes(read(doc({ geometry: { type: 'MultiPolygon', coordinates: [[shell, farHole]] } })).findings)).toEqual([
      'quality:hole-outside-shell',
    ]);
    const shifted = shell.map(([x, y]) => [x! + 0.005, y!]);
    expect(codes(read(doc({ geometry: { type: 'MultiPolygon', coordinates: [[shell], [shifted]] } })).findings)).toEqual([
      'quality:parts-overlap',
    ]);
  });

  it('refuses what is not a project document, naming the file', () => {
    const cases: [unknown, string][] = [
      ['', 'fatal:empty-file'],
      ['{"type":"Feature","project":{', 'fatal:truncated-json'],
      ['[1,2]', 'fatal:not-an-object'],
      [{ type: 'FeatureCollection', features: [] }, 'fatal:missing-project'],
      [{ ...doc(), project: undefined }, 'fatal:missing-project'],
      [{ ...doc(), properties: 'x' }, 'fatal:properties-not-object'],
    ];
    for (const [input, code] of cases) {
      const r = read(input);
      expect(r.project, String(code)).toBeNull();
      expect(codes(r.findings), JSON.stringify(input).slice(0, 60)).toContain(code);
      for (const f of r.findings) expect(f.message.zh.startsWith(`${FILE}：`)).toBe(true);
    }
    expect(read('').findings[0]!.message.zh).toBe('虎岭铝材项目.json：文件为空，不是项目文档');
    const fc = read({ ...doc(), type: 'FeatureCollection' });
    expect(fc.findings[0]!.message.zh).toContain('项目文档是单个 Feature');
  });

  it('refuses bad project metadata as fatal, naming the field by its title', () => {
    const badStage = doc();
    (badStage.project as Record<string, unknown>).stage = '竣工验收';
    const r = read(badStage);
    expect(r.project).toBeNull();
    expect(codes(r.findings)).toEqual(['fatal:invalid-project-field']);
    expect(r.findings[0]!.message.zh).toMatch(
      /^虎岭铝材项目\.json：项目元数据 审批阶段（project\.stage）的值 "竣工验收" 无效：应为以下之一：/,
    );
    const noId = doc();
    delete (noId.project as Record<string, unknown>).id;
    expect(read(noId).findings.map((f) => f.message.zh)).toEqual(['虎岭铝材项目.json：项目元数据缺少必填字段 项目标识（project.id）']);
    const badPoint = doc();
    (badPoint.project as { source: { points: Record<string, unknown>[] } }).source.points[0]!.ringNo = 0;
    expect(read(badPoint).findings[0]!.message.zh).toMatch(
      /项目元数据 边界来源 的 界址点第 1 个 的 圈号（project\.source\.points\.0\.ringNo）的值 0 无效/,
    );
  });

  it('reads GBK bytes as not UTF-8 and drops a BOM with a warning', () => {
    const gbk = new Uint8Array([0x7b, 0x22, 0xcf, 0xee, 0xc4, 0xbf, 0x22, 0x7d]); // {"项目"} in GBK
    expect(codes(readProjectDocument(gbk, FILE).findings)).toEqual(['fatal:not-utf8']);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(doc())]);
    const r = readProjectDocument(withBom, FILE);
    expect(codes(r.findings)).toEqual(['warning:utf8-bom']);
    expect(r.project).not.toBeNull();
  });

  it('never throws and never mutates its input', () => {
    const original = doc({}, { 项目名称: '铝材项目', XMLX: '工业', XMDM: '2024-419001-30-03-000123' });
    const bytes = bytesOf(original);
    const copy = bytes.slice();
    readProjectDocument(bytes, FILE);
    expect(bytes).toEqual(copy);
    for (const junk of [
      'null',
      '0',
      '"x"',
      '{"type":"Feature"}',
      '{"type":"Feature","project":{},"properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[[]]]}}',
      '{"__proto__":{}}',
      '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
    ]) {
      const r = readProjectDocument(bytesOf(junk), FILE);
      expect(r.project).toBeNull();
      expect(r.findings.some((f) => f.level === 'fatal')).toBe(true);
    }
  });
});
