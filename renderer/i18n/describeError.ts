// Renderer. Any thrown value as one message in the chosen language. Lantu's own errors keep their zh/en text;
// library failures (V8, Dexie/IndexedDB, File, fflate, SQLite, GEOS, ajv) are retold with the engine's
// describers; anything else becomes a sentence naming what was being done. In Chinese the library's English
// is never shown: it goes to the log (`errorText`) so a report to the maintainers still has it.
import { describeGeometryError } from '../../engine/geometry/index.ts';
import { GeometryError } from '../../engine/geometry/index.ts';
import { describeRuntimeLimit, describeSqliteError, describeZipError } from '../../engine/import/index.ts';
import type { ImportIssue } from '../../engine/import/index.ts';
import { schemaErrorText } from '../../engine/validate/index.ts';
import type { SchemaError } from '../../engine/validate/index.ts';
import { createPlatform } from '../services/platform/createPlatform.ts';
import type { Language } from './dictionary.ts';

/** What the user was doing when it failed: named in the message ("导出成果包失败：…"). */
export type ErrorAction = 'export' | 'resolve' | 'proposals' | 'policyLoad' | 'policySave' | 'import' | 'open' | 'indicators' | 'checks';

const ACTION: Readonly<Record<ErrorAction, { zh: string; en: string }>> = {
  export: { zh: '导出成果包', en: 'Exporting the package' },
  resolve: { zh: '记录处置', en: 'Recording the resolution' },
  proposals: { zh: '生成处置建议', en: 'Preparing the proposals' },
  policyLoad: { zh: '载入处置政策', en: 'Loading the policy' },
  policySave: { zh: '另存处置政策', en: 'Saving the policy' },
  import: { zh: '导入规划', en: 'Importing the plan' },
  open: { zh: '打开工作区', en: 'Opening the workspace' },
  indicators: { zh: '计算指标', en: 'Computing the indicators' },
  checks: { zh: '运行检查', en: 'Running the checks' },
};

export interface DescribedError {
  /** What the user reads, in `language` only. */
  text: string;
  /** The original words when the text does not show them (for the log or a tooltip); null otherwise. */
  detail: string | null;
}

type Text = { zh: string; en: string };
/** A reason in both languages; `raw` is the library's own text when the reason retells it. */
type Reason = { kind: 'lantu'; text: Text } | { kind: 'library'; text: Text; raw: string } | { kind: 'cancelled' } | { kind: 'unknown'; raw: string };

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** Three English words in a row: a sentence from a library, not a file name, code or unit. */
const ENGLISH_SENTENCE = /[A-Za-z]{2,}[ ,:'’-]+[A-Za-z]{2,}[ ,:'’-]+[A-Za-z]{2,}/;

const rawOf = (error: unknown): string => (error instanceof Error ? error.message : typeof error === 'string' ? error : safeString(error));
const nameOf = (error: unknown): string => (error !== null && typeof error === 'object' && typeof (error as { name?: unknown }).name === 'string' ? (error as { name: string }).name : '');
const own = (error: unknown, key: string): unknown => (error !== null && typeof error === 'object' && Object.prototype.hasOwnProperty.call(error, key) ? (error as Record<string, unknown>)[key] : undefined);

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Browser storage and file failures (IndexedDB through Dexie, File reads, workers) by their DOMException name. */
const BY_NAME: Readonly<Record<string, Text>> = {
  QuotaExceededError: { zh: '本地存储空间不足（浏览器配额或磁盘已满），更改未能保存', en: 'no storage space left (the browser quota or the disk is full); the change was not saved' },
  DatabaseClosedError: { zh: '本地数据库已关闭（可能在另一个窗口中被删除或升级），请重新载入页面', en: 'the local database was closed (perhaps deleted or upgraded in another window); reload the page' },
  InvalidStateError: { zh: '本地数据库已关闭（可能在另一个窗口中被删除或升级），请重新载入页面', en: 'the local database was closed (perhaps deleted or upgraded in another window); reload the page' },
  VersionError: { zh: '本地数据库由更新版本的蓝图创建，请使用新版本打开', en: 'the local database was created by a newer Lantu; open it with that version' },
  UpgradeError: { zh: '本地数据库升级失败，数据未改动', en: 'upgrading the local database failed; the data is unchanged' },
  OpenFailedError: { zh: '无法打开浏览器本地数据库（可能处于隐私模式或存储被禁用）', en: 'the browser’s local database cannot be opened (private mode, or storage is disabled)' },
  MissingAPIError: { zh: '浏览器不支持本地数据库（IndexedDB）', en: 'the browser has no local database (IndexedDB)' },
  InvalidTableError: { zh: '本地数据库的结构与本程序不符（可能已被更新版本的蓝图改动），请使用新版本打开', en: 'the local database does not have the layout this Lantu expects (a newer Lantu may have changed it); open it with that version' },
  ConstraintError: { zh: '本地数据库中已有相同编号的记录', en: 'the local database already holds a record with that key' },
  DataCloneError: { zh: '数据无法传给后台线程（包含无法复制的内容）', en: 'the data cannot be passed to the background worker (it holds something that cannot be copied)' },
  NotReadableError: { zh: '文件无法读取（可能已被移动、删除，或没有读取权限）', en: 'the file cannot be read (moved, deleted, or no permission)' },
  NotFoundError: { zh: '要读写的文件或本地数据已不存在（可能已被移动、删除，或被另一个窗口改动）', en: 'the file or local data no longer exists (moved, deleted, or changed by another window)' },
  SecurityError: { zh: '浏览器拒绝了这次存储或文件访问', en: 'the browser refused this storage or file access' },
  TimeoutError: { zh: '操作超时', en: 'the operation timed out' },
  AbortError: { zh: '本地数据库的写入被中止，更改未能保存', en: 'the write to the local database was aborted; the change was not saved' },
};

function reasonOf(error: unknown): Reason {
  // Cancelling is not a failure (ImportCancelled, RulesCancelledError, the export worker's 'export cancelled').
  const raw = rawOf(error);
  if (/Cancel/.test(nameOf(error)) || /^(import|export|check|rules?) cancelled$/i.test(raw)) return { kind: 'cancelled' };
  // Lantu's own bilingual errors: ImportFailure (its issue), PolicyEditError (`en`), and {zh, en} values.
  const issue = own(error, 'issue') as ImportIssue | undefined;
  if (issue && typeof issue.messageZh === 'string' && typeof issue.messageEn === 'string') return { kind: 'lantu', text: { zh: issue.messageZh, en: issue.messageEn } };
  const en = own(error, 'en');
  if (typeof en === 'string' && error instanceof Error) return { kind: 'lantu', text: { zh: error.message, en } };
  const zh = own(error, 'zh');
  if (typeof zh === 'string' && typeof en === 'string') return { kind: 'lantu', text: { zh, en } };
  // The platform's errors come from main already in the UI language (a path may hold any script).
  if (nameOf(error) === 'PlatformError') return { kind: 'lantu', text: { zh: raw, en: raw } };
  // GEOS through the port; from a worker it arrives as a plain Error named GeometryError ("<operation>: <why>").
  if (error instanceof GeometryError || nameOf(error) === 'GeometryError') {
    const operation = own(error, 'operation');
    return { kind: 'library', text: describeGeometryError(error instanceof GeometryError ? error : new GeometryError(raw, typeof operation === 'string' ? operation : raw.split(':')[0]!)), raw };
  }
  // Dexie wraps the IndexedDB error (`inner`): the innermost known name says most (a quota behind an abort).
  for (let e: unknown = error, depth = 0; e && depth < 4; e = own(e, 'inner'), depth++) {
    const name = nameOf(e).replace(/^Dexie\./, '');
    if (name !== 'AbortError' && Object.prototype.hasOwnProperty.call(BY_NAME, name)) return { kind: 'library', text: BY_NAME[name]!, raw };
  }
  if (nameOf(error) === 'AbortError') return { kind: 'library', text: BY_NAME['AbortError']!, raw };
  const limit = describeRuntimeLimit(error);
  if (limit) return { kind: 'library', text: limit, raw };
  // ajv: a validation error carrying its error objects, or an ajv sentence thrown as text.
  const schemaErrors = own(error, 'errors');
  if (Array.isArray(schemaErrors) && schemaErrors.length > 0 && typeof (schemaErrors[0] as SchemaError).keyword === 'string') {
    const lines = (schemaErrors as SchemaError[]).slice(0, 3).map(schemaErrorText);
    return { kind: 'library', text: { zh: `数据不符合格式要求：${lines.map((l) => l.zh).join('；')}`, en: `the data does not match its schema: ${lines.map((l) => l.en).join('; ')}` }, raw };
  }
  if (/(^|\s)\/\S*\s+must (be|have|NOT|match|pass|contain)\b/.test(raw)) return { kind: 'library', text: { zh: '数据不符合格式要求', en: `the data does not match its schema: ${raw}` }, raw };
  // fflate: a numeric FlateErrorCode.
  const code = own(error, 'code');
  if (typeof code === 'number' && code >= 0 && code <= 14 && !CJK.test(raw)) return { kind: 'library', text: describeZipError(error), raw };
  if (/file is not a database|database disk image is malformed|no such (table|column)|SQLITE_|sqlite/i.test(raw)) return { kind: 'library', text: describeSqliteError(error), raw };
  if (nameOf(error) === 'SyntaxError' && /JSON|Unexpected (token|end|non-whitespace)|Bad control character|is not valid/i.test(raw)) {
    return { kind: 'library', text: { zh: '内容不是有效的 JSON', en: raw }, raw };
  }
  // A Lantu message already in one language (thrown by the caller in the UI language) or an unknown failure.
  return { kind: 'unknown', raw };
}

/** `error` as a message in `language`, naming `action` when given (without it: the reason alone). */
export function describeError(error: unknown, language: Language, action?: ErrorAction): DescribedError {
  const reason = reasonOf(error);
  const doing = action ? ACTION[action] : null;
  const say = (text: Text): string => (language === 'zh' ? (doing ? `${doing.zh}失败：${text.zh}` : text.zh) : doing ? `${doing.en} failed: ${text.en}` : text.en);
  switch (reason.kind) {
    case 'cancelled':
      return { text: language === 'zh' ? '已取消' : 'Cancelled', detail: null };
    case 'lantu':
      return { text: say(reason.text), detail: null };
    case 'library':
      return { text: say(reason.text), detail: language === 'zh' || reason.text.en !== reason.raw ? reason.raw : null };
    case 'unknown': {
      const raw = reason.raw.trim();
      const chinese = CJK.test(raw);
      if (language === 'zh' && chinese && !ENGLISH_SENTENCE.test(raw)) return { text: doing ? `${doing.zh}失败：${raw}` : raw, detail: null };
      // An English sentence may quote Chinese user data (a file or feature name): it is still English.
      if (language === 'en' && raw !== '' && (!chinese || ENGLISH_SENTENCE.test(raw))) return { text: doing ? `${doing.en} failed: ${raw}` : raw, detail: null };
      const generic = { zh: '出现未预料的错误（原始信息已写入日志），请报告给维护者', en: 'an unexpected error occurred (the original text is in the log); please report it' };
      return { text: say(generic), detail: raw || null };
    }
  }
}

type DetailLog = (message: string, detail: string) => void;
/** The platform's log (the app's log file; the console in a browser). */
let detailLog: DetailLog = (message, detail) => {
  if (typeof window !== 'undefined') createPlatform(window).logError(message, detail);
  else console.error(`[lantu] ${message}\n${detail}`);
};

/** Where the words the user does not see go (tests collect them). */
export function setErrorDetailLog(log: DetailLog): void {
  detailLog = log;
}

/** `describeError(…).text`, logging the original words when the text hides them. */
export function errorText(error: unknown, language: Language, action?: ErrorAction): string {
  const described = describeError(error, language, action);
  if (described.detail) detailLog(described.text, error instanceof Error && error.stack ? `${described.detail}\n${error.stack}` : described.detail);
  return described.text;
}
