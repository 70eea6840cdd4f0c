// payloadProblemMessage(problem, payload, source) → the refusal of a workspace payload in one language,
// naming the file, where in it (plan title and feature number, or the history entry), the field (as a path
// such as history.past[0].kind) and what is wrong, and saying that the current workspace is unchanged.
import type { SchemaError } from '../validate/validateSchema.ts';
import type { CommandKind } from './types.ts';
import { say } from '../i18n/index.ts';

export const COMMAND_KINDS = [
  'setAttributes',
  'setGeometry',
  'addFeature',
  'deleteFeature',
  'importPlan',
  'removePlan',
  'batch',
  'setResolution',
  'setPolicy',
  'setProject',
  'setDepartments',
  'setConsultation',
  'setOpinion',
  'setJointOpinion',
] as const satisfies readonly CommandKind[];

export type PayloadProblem =
  | { kind: 'not-object'; pointer: '' }
  | { kind: 'not-command' | 'unknown-command' | 'duplicate-plan'; pointer: string; found: unknown }
  | { kind: 'schema'; pointer: ''; errors: SchemaError[] }
  | { kind: 'misfit'; pointer: string; reason: Text };

const PAYLOAD_FILE = 'workspace.json';
const COMBINATORS = new Set(['oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else', 'discriminator', '$ref']);

type Lang = 'zh' | 'en';
type Text = { zh: string; en: string };

function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const raw of pointer.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

/** "/history/past/0/kind" → "history.past[0].kind". */
export function fieldPath(pointer: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts.length === 0) return PAYLOAD_FILE;
  return parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

const show = (v: unknown): string => {
  if (v === undefined) return 'undefined';
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

/** Where the pointer lies, for a person: the history entry, or the plan and the feature. */
function placeOf(pointer: string, payload: unknown): Text | null {
  const history = /^\/history\/(past|future)\/(\d+)/.exec(pointer);
  if (history) {
    const n = Number(history[2]) + 1;
    const kind = (valueAt(payload, history[0]) as { kind?: unknown } | null)?.kind;
    const named = typeof kind === 'string' && (COMMAND_KINDS as readonly string[]).includes(kind) ? `（${kind}）` : '';
    const namedEn = named ? ` (${kind as string})` : '';
    return history[1] === 'past'
      ? say('edit.payloadProblemMessage.placeOf', { count: n, named: { zh: String(named), en: String(namedEn) } })
      : say('edit.payloadProblemMessage.placeOf-2', { count: n, named: { zh: String(named), en: String(namedEn) } });
  }
  const plan = /^\/plans\/(\d+)(\/features\/(\d+))?/.exec(pointer);
  if (plan) {
    const title = (valueAt(payload, `/plans/${plan[1]}/plan/title`) as unknown) ?? null;
    const planText =
      typeof title === 'string'
        ? say('edit.payloadProblemMessage.planText', { title })
        : say('edit.payloadProblemMessage.planText-2', { plan: Number(plan[1]) + 1 });
    if (plan[3] === undefined) return planText;
    const bsm = (valueAt(payload, `/plans/${plan[1]}/features/${plan[3]}/properties/BSM`) as unknown) ?? null;
    const m = Number(plan[3]) + 1;
    const bsmText = typeof bsm === 'string' ? `，BSM ${bsm}` : '';
    return {
      zh: `${planText.zh}第 ${m} 个要素（${bsmText.slice(1) || '无 BSM'}）`,
      en: `${planText.en}, feature ${m}${typeof bsm === 'string' ? ` (BSM ${bsm})` : ''}`,
    };
  }
  return null;
}

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];

/** The ajv error a person should read first: an unknown geometry type (every branch of the geometry's oneOf
 *  fails then, the deepest of them about coordinates); else not a combinator, the deepest path. */
function pickError(errors: readonly SchemaError[], payload: unknown): SchemaError {
  for (const e of errors) {
    if (e.instancePath.endsWith('/geometry/type') && !GEOMETRY_TYPES.includes(valueAt(payload, e.instancePath) as string)) {
      return { ...e, keyword: 'enum', params: { allowedValues: GEOMETRY_TYPES } };
    }
  }
  const specific = errors.filter((e) => !COMBINATORS.has(e.keyword));
  const pool = specific.length > 0 ? specific : errors;
  return pool.reduce((best, e) => (e.instancePath.split('/').length > best.instancePath.split('/').length ? e : best), pool[0]!);
}

function schemaText(error: SchemaError, payload: unknown): { pointer: string; what: Text } {
  const p = error.params as Record<string, unknown>;
  const found = valueAt(payload, error.instancePath);
  const actual = say('edit.payloadProblemMessage.actual', { found: show(found) });
  const with_ = (zh: string, en: string, withFound = true): Text => ({
    zh: zh + (withFound ? actual.zh : ''),
    en: en + (withFound ? actual.en : ''),
  });
  switch (error.keyword) {
    case 'required':
      return { pointer: `${error.instancePath}/${String(p.missingProperty)}`, what: with_('缺失（必填）', 'is missing (required)', false) };
    case 'additionalProperties':
      return {
        pointer: `${error.instancePath}/${String(p.additionalProperty)}`,
        what: with_('不是允许的字段', 'is not an allowed field', false),
      };
    case 'type':
      return { pointer: error.instancePath, what: with_(`应为 ${String(p.type)} 类型`, `should be of type ${String(p.type)}`) };
    case 'const':
      return { pointer: error.instancePath, what: with_(`应为 ${show(p.allowedValue)}`, `should be ${show(p.allowedValue)}`) };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(show);
      return { pointer: error.instancePath, what: with_(`应为 ${allowed.join('、')} 之一`, `should be one of ${allowed.join(', ')}`) };
    }
    case 'pattern':
      return {
        pointer: error.instancePath,
        what: with_(`格式不对（应符合 ${String(p.pattern)}）`, `has the wrong form (should match ${String(p.pattern)})`),
      };
    case 'format':
      return { pointer: error.instancePath, what: with_(`应为 ${String(p.format)} 格式`, `should be in ${String(p.format)} format`) };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        pointer: error.instancePath,
        what: with_(`应 ${String(p.comparison)} ${String(p.limit)}`, `should be ${String(p.comparison)} ${String(p.limit)}`),
      };
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return {
        pointer: error.instancePath,
        what: with_(
          `长度应${error.keyword.startsWith('min') ? '至少' : '至多'}为 ${String(p.limit)}`,
          `should have ${error.keyword.startsWith('min') ? 'at least' : 'at most'} ${String(p.limit)} items or characters`,
        ),
      };
    default:
      return {
        pointer: error.instancePath,
        what: with_(`不符合工作区格式（${error.keyword}）`, `does not follow the workspace format (${error.keyword})`),
      };
  }
}

function problemText(problem: PayloadProblem, payload: unknown): { pointer: string; what: Text } {
  switch (problem.kind) {
    case 'not-object':
      return { pointer: '', what: say('edit.payloadProblemMessage.what') };
    case 'not-command':
      return {
        pointer: problem.pointer,
        what: say('edit.payloadProblemMessage.what-2', { found: show(problem.found) }),
      };
    case 'unknown-command':
      return {
        pointer: problem.pointer,
        what: say('edit.payloadProblemMessage.what-5', {
          found: show(problem.found),
          v: { zh: String(COMMAND_KINDS.join('、')), en: String(COMMAND_KINDS.join(', ')) },
        }),
      };
    case 'duplicate-plan':
      return {
        pointer: problem.pointer,
        what: say('edit.payloadProblemMessage.what-3', { found: show(problem.found) }),
      };
    case 'schema':
      return schemaText(pickError(problem.errors, payload), payload);
    case 'misfit':
      return {
        pointer: problem.pointer,
        what: say('edit.payloadProblemMessage.what-4', { reason: problem.reason }),
      };
  }
}

export function payloadProblemMessage(problem: PayloadProblem, payload: unknown, source: { fileName: string; lang: Lang }): string {
  const { pointer, what } = problemText(problem, payload);
  const place = placeOf(pointer, payload);
  const field = fieldPath(pointer);
  if (source.lang === 'en') {
    return `Cannot open "${source.fileName}": in ${PAYLOAD_FILE}${place ? `, ${place.en}` : ''}, the field ${field} ${what.en}. The current workspace was not changed.`;
  }
  return `无法打开「${source.fileName}」：${PAYLOAD_FILE} 中${place ? `${place.zh}的` : ''}字段 ${field} ${what.zh}。当前工作区未作改动。`;
}
