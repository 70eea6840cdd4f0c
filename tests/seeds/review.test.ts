// The 并联审批 seeds: the department list and the default review pack validate against their schema files
// (compiled from source with ajv, so the files themselves are checked, not only the generated validators),
// load without lint errors, and every check of the pack names a listed department and a legal basis.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadDepartments } from '../../engine/review/loadDepartments.ts';
import { loadReviewPack } from '../../engine/review/loadReviewPack.ts';
import { validateSchema } from '../../engine/validate/validateSchema.ts';

const root = resolve(import.meta.dirname, '../..');
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

function compiled(name: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  for (const file of readdirSync(join(root, 'schemas')).filter((f) => f.endsWith('.schema.json'))) ajv.addSchema(json(`schemas/${file}`));
  return ajv.getSchema(json(`schemas/${name}.schema.json`).$id)!;
}

describe('review seeds', () => {
  it('seeds/jiyuan/departments.json validates against schemas/departments.schema.json and loads', () => {
    const data = json('seeds/jiyuan/departments.json');
    const validate = compiled('departments');
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(validateSchema('departments', data)).toEqual({ valid: true, errors: [] });
    expect(loadDepartments(data).ok).toBe(true);
  });

  it('seeds/rules/jiyuan-review.json validates against schemas/review-pack.schema.json and lints clean against the department list', () => {
    const data = json('seeds/rules/jiyuan-review.json');
    const validate = compiled('review-pack');
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const departments = loadDepartments(json('seeds/jiyuan/departments.json'));
    if (!departments.ok) throw new Error('departments');
    const load = loadReviewPack(data, departments.list.departments, 'jiyuan-review.json');
    expect(load.ok ? [] : load.errors).toEqual([]);
  });

  it('assigns each check of the Jiyuan review pack to its department', () => {
    const pack = json('seeds/rules/jiyuan-review.json') as { checks: { id: string; department: string; legalBasis: string }[] };
    const owner = Object.fromEntries(pack.checks.map((c) => [c.id, c.department]));
    expect(owner).toMatchObject({
      'ZR-YJJBNT': 'zrzy', 'ZR-CZKFBJ': 'zrzy', 'ZR-GD': 'zrzy', 'ZR-YDYH': 'zrzy',
      'LY-ZRBHD-HX': 'lyj', 'LY-ZRBHD-YB': 'lyj',
      'ST-STBHHX': 'sthj', 'ST-YYSY-1': 'sthj', 'ST-YYSY-2': 'sthj', 'ST-GYXZ': 'sthj',
      'FG-RY': 'fgw', 'FG-GYLB': 'fgw', 'FG-XMDM': 'fgw',
      'JT-GLKZQ': 'jtys', 'TL-AQBHQ': 'tl',
    });
    const basis = Object.fromEntries(pack.checks.map((c) => [c.id, c.legalBasis]));
    expect(basis['ZR-YJJBNT']).toContain('《中华人民共和国土地管理法》第三十五条');
    expect(basis['ST-STBHHX']).toContain('《生态保护红线管理办法（试行）》');
    expect(basis['LY-ZRBHD-HX']).toContain('《中华人民共和国自然保护区条例》');
    expect(basis['ST-YYSY-1']).toContain('《中华人民共和国水污染防治法》第六十五条');
    expect(basis['JT-GLKZQ']).toContain('《公路安全保护条例》第十一条');
    expect(basis['TL-AQBHQ']).toContain('《铁路安全管理条例》第二十七条');
  });
});
