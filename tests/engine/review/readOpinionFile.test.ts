import { describe, expect, it } from 'vitest';
import { readOpinionFile } from '../../../engine/review/readOpinionFile.ts';
import { projectVersion } from '../../../engine/review/projectVersion.ts';
import type { DepartmentOpinion, ProjectDocument } from '../../../engine/review/types.ts';
import { writeOpinionFile } from '../../../engine/review/writeOpinionFile.ts';
import { DEPARTMENTS, DEPOT, PLANT } from './reviewFixtures.ts';

const context = { departments: DEPARTMENTS, projects: [PLANT, DEPOT] };
const names = { projectName: PLANT.properties.XMMC, departmentName: '济源市生态环境局', departmentShortName: '生态环境' };
const opinion: DepartmentOpinion = {
  projectId: PLANT.project.id,
  projectVersion: projectVersion(PLANT),
  department: 'sthj',
  verdict: 'conditional',
  conditions: ['落实环评批复要求', '二类工业须入园'],
  basis: '《中华人民共和国环境影响评价法》第二十二条',
  reviewer: '王敏',
  date: '2026-12-03',
  documentNo: '济环审〔2026〕41号',
};
const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const withOpinion = (patch: Record<string, unknown>): Uint8Array => {
  const value = JSON.parse(new TextDecoder().decode(writeOpinionFile(opinion, names).bytes));
  value.opinion = { ...value.opinion, ...patch };
  return enc(JSON.stringify(value));
};

describe('writeOpinionFile / readOpinionFile', () => {
  it('round-trips an opinion byte for byte and suggests 部门意见-<XMMC>-<部门>.json', () => {
    const written = writeOpinionFile(opinion, names);
    expect(written.fileName).toBe('部门意见-济源钢铁深加工项目-生态环境.json');
    const read = readOpinionFile(written.bytes, written.fileName, context);
    expect(read.findings).toEqual([]);
    expect(read.stale).toBe(false);
    expect(read.opinion).toEqual(opinion);
    expect(writeOpinionFile(read.opinion!, names).bytes).toEqual(written.bytes);
  });

  it('writes the same bytes whatever the key order of the opinion it is given', () => {
    const reordered = Object.fromEntries(Object.entries(opinion).reverse()) as unknown as DepartmentOpinion;
    expect(writeOpinionFile(reordered, names).bytes).toEqual(writeOpinionFile(opinion, names).bytes);
  });

  it('accepts an opinion on an older version but marks it stale with a warning', () => {
    const moved: ProjectDocument = structuredClone(PLANT);
    moved.geometry.coordinates[0]![0]![1] = [112.52, 35.1];
    const read = readOpinionFile(writeOpinionFile(opinion, names).bytes, 'a.json', { ...context, projects: [moved, DEPOT] });
    expect(read.stale).toBe(true);
    expect(read.opinion).toEqual(opinion);
    expect(read.currentVersion).toBe(projectVersion(moved));
    expect(read.findings).toEqual([expect.objectContaining({ level: 'warning', code: 'REVIEW_STALE', path: '/opinion/projectVersion' })]);
    expect(read.findings[0]!.messageZh).toMatch(/^a\.json：.*济源钢铁深加工项目.*旧版本.*意见已过期/);
  });

  const refused: [string, Uint8Array, string, RegExp][] = [
    ['an empty file', new Uint8Array(), 'REVIEW_FILE_JSON', /^x\.json：不是有效的 JSON 文件：文件为空$/],
    ['a truncated file', writeOpinionFile(opinion, names).bytes.subarray(0, 80), 'REVIEW_FILE_JSON', /被截断/],
    ['a consultation file', enc('{"format":"lantu-review-consultation"}'), 'REVIEW_FILE_KIND', /不是部门审查意见文件/],
    ['an unknown verdict', withOpinion({ verdict: 'maybe' }), 'REVIEW_FILE_SCHEMA', /\/opinion\/verdict（审查结论）.*"pass"/],
    ['a missing reviewer', withOpinion({ reviewer: undefined }), 'REVIEW_FILE_SCHEMA', /reviewer/],
    ['a malformed date', withOpinion({ date: '2026/12/03' }), 'REVIEW_FILE_SCHEMA', /\/opinion\/date（日期）/],
    [
      'a date that is no calendar day',
      withOpinion({ date: '2026-02-30' }),
      'REVIEW_FILE_DATE',
      /\/opinion\/date（日期）“2026-02-30”不是有效日期/,
    ],
    [
      'a conditional verdict without conditions',
      withOpinion({ conditions: [] }),
      'REVIEW_CONDITIONS_MISSING',
      /有条件符合.*\/opinion\/conditions/,
    ],
    ['a blank document number', withOpinion({ documentNo: '  ' }), 'REVIEW_FILE_BLANK', /\/opinion\/documentNo（文号）为空/],
    [
      'a department not in the list',
      withOpinion({ department: 'tl' }),
      'REVIEW_UNKNOWN_DEPARTMENT',
      /部门“tl”不在本工作区的部门名单中（zrzy 自然资源、sthj 生态环境、jtys 交通运输）/,
    ],
    ['a project not in the register', withOpinion({ projectId: 'nope' }), 'REVIEW_UNKNOWN_PROJECT', /项目“nope”不在本工作区的项目库中/],
  ];
  for (const [what, bytes, code, zh] of refused) {
    it(`refuses ${what} with a Chinese message naming the file and field, and returns no opinion`, () => {
      const read = readOpinionFile(bytes, 'x.json', context);
      expect(read.opinion).toBeUndefined();
      const f = read.findings.find((x) => x.code === code);
      expect(f, JSON.stringify(read.findings)).toBeDefined();
      expect(f!.level).toBe('fatal');
      expect(f!.messageZh).toMatch(zh);
      expect(f!.messageZh.startsWith('x.json：')).toBe(true);
      expect(f!.messageEn.startsWith('x.json: ')).toBe(true);
    });
  }

  it('drops the conditions of a pass with a warning', () => {
    const read = readOpinionFile(withOpinion({ verdict: 'pass' }), 'x.json', context);
    expect(read.opinion?.conditions).toEqual([]);
    expect(read.findings).toEqual([expect.objectContaining({ level: 'warning', code: 'REVIEW_CONDITIONS_UNEXPECTED' })]);
  });

  it('never throws on garbage', () => {
    for (const text of [
      'null',
      '[]',
      '{"format":"lantu-review-opinion"}',
      '{"format":"lantu-review-opinion","schemaVersion":"1.0.0","opinion":5}',
      '\u0000\u0001',
      '{"__proto__":{}}',
    ]) {
      const read = readOpinionFile(enc(text), 'g.json', context);
      expect(read.opinion).toBeUndefined();
      expect(read.findings.length).toBeGreaterThan(0);
      expect(read.findings.every((f) => f.messageZh.startsWith('g.json：'))).toBe(true);
    }
  });
});
