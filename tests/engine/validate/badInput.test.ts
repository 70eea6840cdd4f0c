import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFailure } from '../../../engine/validate/decodeJsonBytes.ts';
import { validatePlanBytes } from '../../../engine/validate/validatePlanBytes.ts';
import { validatePlanDocument } from '../../../engine/validate/validatePlanDocument.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const validText = readFileSync('tests/fixtures/plans/land/valid.json', 'utf8');

/** Every bad input yields exactly one fatal finding with this code and message, and no plan. */
function expectOnlyFatal(bytes: Uint8Array, code: string, zh: string | RegExp) {
  const result = validatePlanBytes(bytes, 'bad.json');
  expect(result.plan).toBeUndefined();
  expect(result.findings.map((f) => f.code)).toEqual([code]);
  expect(result.findings[0]!.level).toBe('fatal');
  if (typeof zh === 'string') expect(result.findings[0]!.message.zh).toBe(zh);
  else expect(result.findings[0]!.message.zh).toMatch(zh);
  expect(result.findings[0]!.message.en.length).toBeGreaterThan(0);
  return result.findings[0]!;
}

describe('bad input', () => {
  it('reports an empty file', () => {
    expectOnlyFatal(new Uint8Array(0), 'empty-file', '文件为空，不是规划文档');
    expectOnlyFatal(enc(' \n\t '), 'empty-file', '文件为空，不是规划文档');
  });

  it('reports truncated JSON', () => {
    expectOnlyFatal(enc(validText.slice(0, validText.length / 2)), 'truncated-json', 'JSON 在文件末尾意外结束（文件可能被截断）');
  });

  it('reports a syntax error with line and column', () => {
    expectOnlyFatal(
      enc('{\n  "type": "FeatureCollection",\n  "plan": ,\n}'),
      'invalid-json',
      '不是有效的 JSON：第 3 行第 11 列附近有语法错误',
    );
  });

  it('tells a file too long to decode (every byte valid UTF-8) from one that is not UTF-8', () => {
    // A 540 MB plan fails strict decoding on V8's longest string, not on a byte: it must not be called GBK.
    const tooLarge = decodeFailure(enc('{"type":"FeatureCollection"}'), 3);
    expect(tooLarge.code).toBe('file-too-large');
    expect(tooLarge.level).toBe('fatal');
    expect(tooLarge.message.zh).toBe('文件过大（31 字节），超出一次读入的上限（约 5.4 亿个字符）：请按图层或区域拆分成几个文件再导入');
    expect(tooLarge.message.en).toMatch(/too large .*31 bytes.*split it/);
    const gbk = decodeFailure(new Uint8Array([...enc('{"a":"'), 0xb9, 0xe6, ...enc('"}')]), 3);
    expect(gbk.code).toBe('not-utf8');
    expect(gbk.message.zh).toContain('第 9 字节起');
  });

  it('reports non-UTF-8 bytes (GBK) with the byte offset', () => {
    const gbk = new Uint8Array([...enc('{"type":"'), 0xb9, 0xe6, 0xbb, 0xae, ...enc('"}')]);
    expectOnlyFatal(gbk, 'not-utf8', '文件不是有效的 UTF-8 编码（第 9 字节起；可能是 GBK 编码，请另存为 UTF-8）');
  });

  it('accepts a UTF-8 BOM with a warning and nothing else', () => {
    const result = validatePlanBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(validText)]), 'bom.json');
    expect(result.plan).toBeDefined();
    expect(result.findings).toEqual([
      expect.objectContaining({
        level: 'warning',
        code: 'utf8-bom',
        path: '',
        message: { zh: '文件以 UTF-8 BOM 开头，已忽略', en: 'the file starts with a UTF-8 byte-order mark; ignored' },
      }),
    ]);
  });

  it('reports a JSON array instead of an object', () => {
    expectOnlyFatal(
      enc('[{"type":"FeatureCollection"}]'),
      'not-an-object',
      '文件顶层应为 JSON 对象（GeoJSON FeatureCollection），实际为 数组',
    );
  });

  it('reports __proto__ and constructor keys', () => {
    const proto = validText.replace('"properties": {', '"properties": {"__proto__": {"polluted": true}, ');
    const f = expectOnlyFatal(enc(proto), 'forbidden-key', /含有不允许的键 "__proto__"/);
    expect(f.path).toBe('/features/0/properties');
    expectOnlyFatal(
      enc('{"constructor": {"prototype": {}}}'),
      'forbidden-key',
      '文档顶层 / top level含有不允许的键 "constructor"（可能用于原型污染）',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a 10 MB string', () => {
    const big = validText.replace('"旱地"', `"${'地'.repeat(10_000_000)}"`);
    const f = expectOnlyFatal(enc(big), 'string-too-long', '/features/0/properties/YDYHFLMC的字符串过长（10000000 个字符，上限 65536）');
    expect(f.found).toBe(10_000_000);
  });

  it('reports a finding on each of 80,000 features (160,000 findings) without overflowing the stack', () => {
    // push(...findings) passed V8's argument limit (about 130k) and threw "Maximum call stack size exceeded".
    const doc = JSON.parse(readFileSync('tests/fixtures/plans/land/valid.json', 'utf8'));
    const first = doc.features[0];
    const features = Array.from({ length: 80_000 }, (_, i) => ({
      ...first,
      id: `f${i}`,
      properties: { ...first.properties, BSM: `41${String(i).padStart(8, '0')}` },
    }));
    const result = validatePlanDocument({ ...doc, features });
    expect(result.findings).toHaveLength(160_000);
    expect(result.findings[159_999]).toMatchObject({ code: 'pattern-mismatch', path: '/features/79999/properties/BSM', level: 'quality' });
    expect(result.findings.filter((f) => f.code === 'invalid-id')).toHaveLength(80_000);
  }, 180_000);

  it('checks a code the schema accepted, and leaves alone one the schema already flagged', () => {
    const doc = JSON.parse(validText);
    doc.features[0].properties.YDYHFLDM = '12X'; // breaks the pattern: the schema's finding, not also an unknown code
    doc.features[1].properties.YDYHFLDM = '9999'; // matches the pattern, in no table: the code check's finding
    doc.features[2].properties.DLBM = '99ZZ'; // matches the farmland layer's pattern, in no 三调 table
    const findings = validatePlanDocument(doc).findings.filter((f) => f.field === 'YDYHFLDM' || f.field === 'DLBM');
    expect(findings.map((f) => [f.path, f.code])).toEqual([
      ['/features/0/properties/YDYHFLDM', 'pattern-mismatch'],
      ['/features/1/properties/YDYHFLDM', 'unknown-code'],
      ['/features/2/properties/DLBM', 'unknown-code'],
    ]);
  });

  it('reports deeply nested arrays without overflowing the stack', () => {
    const depth = 200_000;
    expectOnlyFatal(enc(`${'['.repeat(depth)}${']'.repeat(depth)}`), 'too-deep', '数组或对象嵌套过深（超过 64 层），不是规划文档');
  });

  it('names a nesting bomb as too deep when it is also cut short, and when it also holds 1e400', () => {
    expectOnlyFatal(enc('['.repeat(200_000)), 'too-deep', /超过 64 层/);
    const f = expectOnlyFatal(enc(`{"a":1e400,"b":${'['.repeat(70)}${']'.repeat(70)}}`), 'too-deep', /超过 64 层/);
    expect(f.found).toBe(71);
  });

  it('counts nesting exactly at the limit: 64 levels pass the decoder, 65 do not', () => {
    const nested = (levels: number) => enc(`{"type":"FeatureCollection","x":${'['.repeat(levels - 2)}[1,2]${']'.repeat(levels - 2)}}`);
    expect(validatePlanBytes(nested(64), 'x.json').findings.map((f) => f.code)).not.toContain('too-deep');
    expect(expectOnlyFatal(nested(65), 'too-deep', /超过 64 层/).found).toBe(65);
  });

  it('counts nesting outside strings only, after multi-byte characters and escaped quotes', () => {
    const inString = `{"a":"规划\\"${'['.repeat(100)}","b":${'['.repeat(60)}${']'.repeat(60)}}`;
    expect(validatePlanBytes(enc(inString), 'x.json').findings.map((f) => f.code)).not.toContain('too-deep');
    const f = expectOnlyFatal(enc(`{"规":"\\"","b":${'['.repeat(70)}${']'.repeat(70)}}`), 'too-deep', /超过 64 层/);
    expect(f.found).toBe(71);
  });

  it('reports numbers beyond double range such as 1e400', () => {
    const f = expectOnlyFatal(
      enc(validText.replace('[\n       112.6,', '[\n       1e400,')),
      'number-out-of-range',
      /的数值超出双精度范围（如 1e400），无法表示$/,
    );
    expect(f.path).toBe('/features/0/geometry/coordinates/0/0/0');
  });

  it('reports a null geometry', () => {
    const doc = JSON.parse(validText);
    doc.features[1].geometry = null;
    expectOnlyFatal(enc(JSON.stringify(doc)), 'null-geometry', '第 2 个要素 (BSM=419001000000000002) 的几何为空（null）');
  });

  it('reports an empty geometry', () => {
    const doc = JSON.parse(validText);
    doc.features[1].geometry = { type: 'Polygon', coordinates: [] };
    expectOnlyFatal(enc(JSON.stringify(doc)), 'empty-geometry', '第 2 个要素 (BSM=419001000000000002) 的几何没有坐标');
  });

  it('reports an unknown plan kind', () => {
    const doc = JSON.parse(validText);
    doc.plan.kind = 'water';
    expectOnlyFatal(
      enc(JSON.stringify(doc)),
      'unknown-kind',
      '规划类型 plan.kind 为 "water"，应为 "land" / "ecology" / "industry" / "transport" 之一',
    );
  });

  it('reports a missing plan member', () => {
    const doc = JSON.parse(validText);
    delete doc.plan;
    expectOnlyFatal(enc(JSON.stringify(doc)), 'missing-plan', /^缺少规划元数据 plan/);
  });

  it('reports a ring with fewer than 4 positions', () => {
    const doc = JSON.parse(validText);
    doc.features[0].geometry.coordinates = [
      [
        [112.6, 35.1],
        [112.61, 35.1],
        [112.6, 35.1],
      ],
    ];
    expectOnlyFatal(
      enc(JSON.stringify(doc)),
      'ring-too-few-positions',
      '第 1 个要素 (BSM=419001000000000001) 的第 1 个环只有 3 个坐标，至少需要 4 个',
    );
  });

  it('reports non-finite coordinates in an in-memory document', () => {
    const doc = JSON.parse(validText);
    doc.features[0].geometry.coordinates[0][1][0] = Number.NaN;
    const result = validatePlanDocument(doc);
    expect(result.plan).toBeUndefined();
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['coordinate-not-finite', '/features/0/geometry/coordinates/0/1']]);
  });

  it('does not mutate the document it validates', () => {
    const doc = JSON.parse(validText);
    const before = JSON.stringify(doc);
    validatePlanDocument(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
