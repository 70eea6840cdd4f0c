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
    return typeof bsm === 'string'
      ? say('edit.payloadProblemMessage.feature', { plan: planText, feature: m, bsm })
      : say('edit.payloadProblemMessage.feature-no-bsm', { plan: planText, feature: m });
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
  switch (error.keyword) {
    case 'required':
      return { pointer: `${error.instancePath}/${String(p.missingProperty)}`, what: say('edit.payloadProblemMessage.required') };
    case 'additionalProperties':
      return {
        pointer: `${error.instancePath}/${String(p.additionalProperty)}`,
        what: say('edit.payloadProblemMessage.additional'),
      };
    case 'type':
      return { pointer: error.instancePath, what: say('edit.payloadProblemMessage.type', { type: String(p.type), actual }) };
    case 'const':
      return { pointer: error.instancePath, what: say('edit.payloadProblemMessage.const', { allowed: show(p.allowedValue), actual }) };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(show);
      return {
        pointer: error.instancePath,
        what: say('edit.payloadProblemMessage.enum', { allowed: { zh: allowed.join('、'), en: allowed.join(', ') }, actual }),
      };
    }
    case 'pattern':
      return {
        pointer: error.instancePath,
        what: say('edit.payloadProblemMessage.pattern', { pattern: String(p.pattern), actual }),
      };
    case 'format':
      return { pointer: error.instancePath, what: say('edit.payloadProblemMessage.format', { format: String(p.format), actual }) };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        pointer: error.instancePath,
        what: say('edit.payloadProblemMessage.limit', { comparison: String(p.comparison), limit: String(p.limit), actual }),
      };
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return {
        pointer: error.instancePath,
        what: say(error.keyword.startsWith('min') ? 'edit.payloadProblemMessage.min-length' : 'edit.payloadProblemMessage.max-length', {
          limit: String(p.limit),
          actual,
        }),
      };
    default:
      return {
        pointer: error.instancePath,
        what: say('edit.payloadProblemMessage.other', { keyword: error.keyword, actual }),
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
  return say('edit.payloadProblemMessage.refusal', {
    fileName: source.fileName,
    file: PAYLOAD_FILE,
    place: place ? say('edit.payloadProblemMessage.place', { place }) : '',
    field,
    what,
  })[source.lang];
}
