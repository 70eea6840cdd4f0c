import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDocumentKind, validateDocumentBytes } from '../../../engine/validate/validateDocumentBytes.ts';
import { validatePlanBytes } from '../../../engine/validate/validatePlanBytes.ts';

const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

describe('validateDocumentBytes', () => {
  it('validates plan documents exactly like validatePlanBytes', () => {
    const bytes = readFileSync('tests/fixtures/plans/land/unknown-code.json');
    const result = validateDocumentBytes(bytes, 'p.json');
    expect(result.documentKind).toBe('plan');
    expect(result.findings).toEqual(validatePlanBytes(bytes, 'p.json').findings);
  });

  it('recognises other Lantu documents by shape or $schema', () => {
    expect(detectDocumentKind({ rules: [] })).toBe('rulepack');
    expect(detectDocumentKind({ targets: [], baselines: [] })).toBe('targets');
    expect(detectDocumentKind({ $schema: 'https://lantu.local/schemas/targets/1.0.0', whatever: 1 })).toBe('targets');
    expect(detectDocumentKind({ type: 'FeatureCollection' })).toBe('plan');
    expect(detectDocumentKind([1])).toBe('plan');
    expect(detectDocumentKind({ a: 1 })).toBeUndefined();
  });

  it('tells a precedence policy and a package manifest from a rule pack, by shape or a relative $schema path', () => {
    expect(detectDocumentKind({ tiers: [], rules: [] })).toBe('policy');
    expect(detectDocumentKind({ $schema: '../../schemas/policy.schema.json', rules: [] })).toBe('policy');
    expect(detectDocumentKind({ manifestVersion: 1, files: [] })).toBe('manifest');
    for (const file of ['seeds/rules/policy-default.json', 'tests/fixtures/golden/jiyuan-manifest.json']) {
      const result = validateDocumentBytes(readFileSync(file), file);
      expect(result.findings).toEqual([]);
    }
  });

  it('reports each schema error of a rule pack as a fatal, bilingual schema-violation', () => {
    const result = validateDocumentBytes(enc({ id: 'x', rules: [] }), 'r.json');
    expect(result.documentKind).toBe('rulepack');
    expect(result.plan).toBeUndefined();
    const first = result.findings[0]!;
    expect(first).toMatchObject({ level: 'fatal', code: 'schema-violation', path: '' });
    expect(first.message.zh).toMatch(/^文档顶层 不符合《规则包》模式：应当有必需属性 /);
    expect(first.message.en).toMatch(/^the document does not match the rule pack schema: must have required property /);
  });

  it('reports an unrecognised JSON object as unknown-document', () => {
    const result = validateDocumentBytes(enc({ a: 1 }), 'x.json');
    expect(result.findings.map((f) => [f.level, f.code])).toEqual([['fatal', 'unknown-document']]);
    expect(result.findings[0]!.message.zh).toMatch(/^不是蓝图的规划文档/);
  });

  it('recognises the 并联审批 documents, so `lantu validate seeds/jiyuan/*.json` passes the department list', () => {
    expect(detectDocumentKind({ departments: [] })).toBe('departments');
    expect(detectDocumentKind({ checks: [], compatibility: [] })).toBe('review-pack');
    expect(detectDocumentKind({ type: 'Feature', project: {}, properties: {}, geometry: null })).toBe('project');
    for (const [file, kind] of [
      ['seeds/jiyuan/departments.json', 'departments'],
      ['seeds/rules/jiyuan-review.json', 'review-pack'],
    ] as const) {
      const result = validateDocumentBytes(readFileSync(file), file);
      expect(result.documentKind).toBe(kind);
      expect(result.findings).toEqual([]);
    }
    const bad = validateDocumentBytes(enc({ type: 'Feature', project: {}, properties: {}, geometry: null }), 'p.json');
    expect(bad.findings.length).toBeGreaterThan(0);
    expect(bad.findings[0]!.message.zh).toContain('《投资项目文档》');
  });

  it('recognises the 并联审批 files by their format and reports their schema errors', () => {
    expect(detectDocumentKind({ format: 'lantu-review-opinion' })).toBe('review-opinion');
    expect(detectDocumentKind({ format: 'lantu-review-consultation' })).toBe('review-consultation');
    expect(detectDocumentKind({ format: 'lantu-review-projects' })).toBe('review-projects');
    expect(detectDocumentKind({ format: 'lantu-review-opinions' })).toBe('review-opinions');
    const bad = {
      format: 'lantu-review-opinion',
      schemaVersion: '1.0.0',
      opinion: {
        projectId: 'p',
        projectVersion: '0123456789abcdef',
        department: 'zrzy',
        verdict: 'maybe',
        conditions: [],
        basis: '',
        reviewer: '王',
        date: '2026-12-01',
        documentNo: '1',
      },
    };
    const result = validateDocumentBytes(new TextEncoder().encode(JSON.stringify(bad)), '部门意见.json');
    expect(result.documentKind).toBe('review-opinion');
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['schema-violation', '/opinion/verdict']]);
    expect(result.findings[0]!.message.zh).toContain('《部门审查意见》');
    const ok = validateDocumentBytes(
      new TextEncoder().encode(JSON.stringify({ ...bad, opinion: { ...bad.opinion, verdict: 'pass' } })),
      '部门意见.json',
    );
    expect(ok.findings).toEqual([]);
  });
});
