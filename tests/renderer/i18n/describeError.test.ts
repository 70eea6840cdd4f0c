// Every family of failure the editor can meet is told in the chosen language only: Lantu's bilingual errors keep
// their text; V8, Dexie/IndexedDB, File, fflate, SQLite, GEOS and ajv failures are retold; anything else names
// what was being done. English has no Chinese; Chinese has no library English (that goes to the log).
import Dexie from 'dexie';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeometryMemoryError, type GeomHandle, type GeometryPort } from '../../../engine/geometry/port.ts';
import { fail } from '../../../engine/import/importFailure.ts';
import { validateSchema } from '../../../engine/validate/validateSchema.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { createSqlJs } from '../../../main/node/createSqlJs.ts';
import { describeError, errorText, setErrorDetailLog, type ErrorAction } from '../../../renderer/i18n/describeError.ts';
import { PolicyEditError } from '../../../renderer/services/blueprint/editPolicy.ts';
import { ImportCancelled } from '../../../renderer/services/import/runImportInWorker.ts';
import { PlatformError } from '../../../renderer/services/platform/PlatformError.ts';
import { CommandError } from '../../../renderer/store/applyCommand.ts';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** Three English words in a row: library prose (file names, codes and units are single tokens). */
const ENGLISH_PROSE = /[A-Za-z]{2,}[ ,:'’-]+[A-Za-z]{2,}[ ,:'’-]+[A-Za-z]{2,}/;

const caught = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};

let port: GeometryPort;
let failures: Record<string, { error: unknown; action: ErrorAction; zh: RegExp; en: RegExp }>;

beforeAll(async () => {
  port = await createGeometryPort();
  const sql = await createSqlJs();
  const schema = validateSchema('policy', { id: 1 });
  const recurse = (n: number): number => recurse(n + 1) + 1;
  // Real failures from the real libraries, as the editor meets them (a worker hands errors over as plain Errors).
  failures = {
    'V8 JSON syntax': {
      error: caught(() => JSON.parse('{"type": ')),
      action: 'open',
      zh: /打开工作区失败：内容不是有效的 JSON/,
      en: /^Opening the workspace failed: .*JSON/,
    },
    'V8 string limit': {
      error: caught(() => 'ab'.repeat(2 ** 30)),
      action: 'export',
      zh: /导出成果包失败：结果超出 JavaScript 字符串的长度上限/,
      en: /^Exporting the package failed: Invalid string length/,
    },
    'V8 stack': { error: caught(() => recurse(0)), action: 'checks', zh: /数据嵌套过深/, en: /Maximum call stack size exceeded/ },
    'V8 TypeError (unknown)': {
      error: caught(() => (null as unknown as { x: { y: number } }).x.y),
      action: 'resolve',
      zh: /^记录处置失败：出现未预料的错误/,
      en: /^Recording the resolution failed: Cannot read properties of null/,
    },
    'Dexie quota behind an abort': {
      error: new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
      action: 'import',
      zh: /本地存储空间不足/,
      en: /no storage space left/,
    },
    'Dexie database closed': {
      error: new Dexie.DatabaseClosedError(),
      action: 'open',
      zh: /本地数据库已关闭/,
      en: /local database was closed/,
    },
    'File read (DOMException)': {
      error: new DOMException('The requested file could not be read, typically due to permission problems.', 'NotReadableError'),
      action: 'policyLoad',
      zh: /载入处置政策失败：文件无法读取/,
      en: /^Loading the policy failed: the file cannot be read/,
    },
    fflate: {
      error: caught(() => unzipSync(new Uint8Array([80, 75, 1, 2, 3, 4, 5]))),
      action: 'import',
      zh: /导入规划失败：zip 目录结构无效/,
      en: /invalid zip data/,
    },
    SQLite: {
      error: caught(() =>
        new sql.Database(new TextEncoder().encode('this is not a GeoPackage at all, just text padding it out to a page'.repeat(20))).exec(
          'SELECT 1',
        ),
      ),
      action: 'import',
      zh: /不是 SQLite 数据库/,
      en: /file is not a database/,
    },
    'GEOS (real port)': {
      error: caught(() => port.intersection(987654 as GeomHandle, 987655 as GeomHandle)),
      action: 'resolve',
      zh: /几何运算（求交）失败/,
      en: /intersection: unknown or released handle/,
    },
    'GEOS from a worker (plain Error named GeometryError)': {
      error: Object.assign(new Error('intersection: TopologyException: Input geom 1 is invalid: Self-intersection'), {
        name: 'GeometryError',
      }),
      action: 'proposals',
      zh: /生成处置建议失败：几何运算（求交）失败/,
      en: /TopologyException/,
    },
    'ajv errors': {
      error: Object.assign(new Error('schema'), { errors: schema.errors }),
      action: 'policyLoad',
      zh: /数据不符合格式要求：\S+/,
      en: /does not match its schema: .*must/,
    },
    'ajv sentence': {
      error: new Error('/status must be equal to one of the allowed values'),
      action: 'policyLoad',
      zh: /载入处置政策失败：数据不符合格式要求$/,
      en: /\/status must be equal to one of the allowed values/,
    },
    'Lantu ImportFailure': {
      error: caught(() =>
        fail('dbf-header', 'plan.dbf 的文件头损坏（第 3 字节）', 'plan.dbf has a damaged header (byte 3)', { file: 'plan.dbf' }),
      ),
      action: 'import',
      zh: /导入规划失败：plan\.dbf 的文件头损坏（第 3 字节）/,
      en: /^Importing the plan failed: plan\.dbf has a damaged header \(byte 3\)$/,
    },
    'Lantu PolicyEditError': {
      error: new PolicyEditError('没有第 4 个层次（共 3 个）', 'there is no tier 4 (3 in all)'),
      action: 'policySave',
      zh: /没有第 4 个层次（共 3 个）/,
      en: /there is no tier 4 \(3 in all\)/,
    },
    'Lantu CommandError': {
      error: new CommandError('要素 f1 不存在', 'feature f1 does not exist'),
      action: 'resolve',
      zh: /^记录处置失败：要素 f1 不存在$/,
      en: /^Recording the resolution failed: feature f1 does not exist$/,
    },
    'GEOS out of memory, from a worker': {
      error: Object.assign(new Error(new GeometryMemoryError('unaryUnion', 'std::bad_alloc').message), { name: 'GeometryMemoryError' }),
      action: 'export',
      zh: /^导出成果包失败：几何引擎（GEOS）内存不足：其 WebAssembly 内存上限为 2 GB/,
      en: /^Exporting the package failed: unaryUnion: the geometry engine \(GEOS\) ran out of memory; its WebAssembly memory is limited to 2 GB/,
    },
    'Chinese-only text from elsewhere': {
      error: new Error('要素 f1 不存在'),
      action: 'resolve',
      zh: /^记录处置失败：要素 f1 不存在$/,
      en: /^Recording the resolution failed: an unexpected error occurred/,
    },
  };
  expect(schema.valid).toBe(false);
});
afterAll(() => port?.dispose());

describe('describeError', () => {
  it('has a failure of every family', () => {
    expect(Object.keys(failures)).toHaveLength(18);
  });

  it('tells each family in Chinese without the library’s English, naming what was being done', () => {
    for (const [family, f] of Object.entries(failures)) {
      const { text, detail } = describeError(f.error, 'zh', f.action);
      expect(text, family).toMatch(f.zh);
      expect(text, family).not.toMatch(ENGLISH_PROSE);
      const raw = f.error instanceof Error ? f.error.message : String(f.error);
      if (ENGLISH_PROSE.test(raw)) {
        expect(text, family).not.toContain(raw);
        expect(detail, `${family}: the original words are kept for the log`).toBe(raw);
      }
    }
  });

  it('tells each family in English with no Chinese', () => {
    for (const [family, f] of Object.entries(failures)) {
      const { text } = describeError(f.error, 'en', f.action);
      expect(text, family).toMatch(f.en);
      expect(text, family).not.toMatch(CJK);
    }
  });

  it('keeps an English sentence that quotes Chinese user data, such as a file name', () => {
    const error = new Error('Cannot open "济源.lantu": the field history.past[0] should be an edit command.');
    expect(describeError(error, 'en', 'open').text).toBe(
      'Opening the workspace failed: Cannot open "济源.lantu": the field history.past[0] should be an edit command.',
    );
    expect(describeError(error, 'zh', 'open').text).toMatch(/^打开工作区失败：出现未预料的错误/);
  });

  it('keeps the platform’s message (already in the UI language) and says a cancel is a cancel', () => {
    expect(describeError(new PlatformError('io', '磁盘空间不足，无法写入 /home/规划/a.zip（原有文件未改动）'), 'zh').text).toBe(
      '磁盘空间不足，无法写入 /home/规划/a.zip（原有文件未改动）',
    );
    expect(describeError(new PlatformError('io', 'Reading /home/规划/a.zip failed: permission denied'), 'en').text).toBe(
      'Reading /home/规划/a.zip failed: permission denied',
    );
    expect(describeError(new ImportCancelled(), 'zh', 'import').text).toBe('已取消');
    expect(describeError(new Error('export cancelled'), 'en', 'export').text).toBe('Cancelled');
  });

  it('without an action gives the reason alone (for a caller that frames it itself)', () => {
    expect(describeError(new Dexie.DatabaseClosedError(), 'zh').text).toBe(
      '本地数据库已关闭（可能在另一个窗口中被删除或升级），请重新载入页面',
    );
    expect(describeError('plain string thrown', 'en').text).toBe('plain string thrown');
  });

  it('errorText logs the hidden original words and stack, and nothing when nothing is hidden', () => {
    const logged: string[] = [];
    setErrorDetailLog((message, detail) => logged.push(`${message} | ${detail}`));
    const typeError = failures['V8 TypeError (unknown)']!.error as Error;
    expect(errorText(typeError, 'zh', 'resolve')).toMatch(/^记录处置失败：出现未预料的错误/);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(typeError.message);
    expect(logged[0]).toContain('at ');
    errorText(new PolicyEditError('没有第 4 个层次（共 3 个）', 'there is no tier 4 (3 in all)'), 'zh');
    expect(logged).toHaveLength(1);
  });
});
