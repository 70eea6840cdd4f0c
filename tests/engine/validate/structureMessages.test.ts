// The wording of structure findings (feature not an object, wrong type, bad geometry) is pinned: moving these
// messages into the catalogue must not change a byte.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePlanDocument } from '../../../engine/validate/validatePlanDocument.ts';
import { messageFor } from '../../../engine/validate/messages.ts';

const valid = JSON.parse(readFileSync('tests/fixtures/plans/land/valid.json', 'utf8')) as { features: Record<string, unknown>[] };

function detailsOf(mutate: (features: unknown[]) => void): { zh: string; en: string }[] {
  const doc = structuredClone(valid) as { features: unknown[] };
  mutate(doc.features);
  return validatePlanDocument(doc)
    .findings.filter((f) => f.code === 'invalid-feature' || f.code === 'invalid-geometry')
    .map((f) => f.message);
}

describe('structure findings', () => {
  it('word a feature that is not an object, of the wrong type or without object properties as before', () => {
    const messages = detailsOf((fs) => {
      fs[0] = 'x';
      (fs[1] as Record<string, unknown>).type = 'Foo';
      (fs[2] as Record<string, unknown>).properties = 5;
    });
    expect(messages.map((m) => m.zh).join('\n')).toMatch(/要素应为 JSON 对象[^]*type 应为 "Feature"，实际为 "Foo"[^]*properties 应为对象/);
    expect(messages.map((m) => m.en).join('\n')).toMatch(
      /a feature must be a JSON object[^]*type must be "Feature", found "Foo"[^]*properties must be an object/,
    );
  });

  it('word a geometry that is not an object, of an unknown type or without coordinates as before', () => {
    const messages = detailsOf((fs) => {
      (fs[0] as Record<string, unknown>).geometry = 'x';
      (fs[1] as Record<string, unknown>).geometry = { type: 'Circle' };
      (fs[2] as Record<string, unknown>).geometry = { type: 'Polygon' };
    });
    expect(messages.map((m) => m.zh).join('\n')).toMatch(/几何应为 GeoJSON 对象[^]*不支持的几何类型 "Circle"[^]*缺少坐标数组 coordinates/);
    expect(messages.map((m) => m.en).join('\n')).toMatch(
      /geometry must be a GeoJSON object[^]*unsupported geometry type "Circle"[^]*coordinates must be an array/,
    );
  });

  it('names an array given instead of a plan in both languages', () => {
    const [finding] = validatePlanDocument([]).findings;
    expect(finding!.message.zh).toContain('数组');
    expect(finding!.message.en).toContain('an array');
  });
});

describe('an empty field', () => {
  it('is said to be empty, not "found null", in both languages', () => {
    const params = {
      feature: { index: 0, bsm: '419001000000000001' },
      field: 'XMMC',
      fieldTitle: '项目名称',
      fieldTitleEn: 'Project name',
      found: null,
      detail: { typeZh: '字符串', typeEn: 'a string' },
    };
    const empty = messageFor('wrong-type', params);
    expect(empty.zh).toContain('没有填写（应为字符串）');
    expect(empty.en).toContain('is empty (it must be a string)');
    expect(`${empty.zh} ${empty.en}`).not.toContain('null');
    // A value of another type is still quoted as found.
    expect(messageFor('wrong-type', { ...params, found: 12 }).zh).toContain('实际为 12');
  });
});
