// Pure. decodeReviewFile(bytes, fileName, kind) → the parsed value of a 征求意见 or 部门意见 file once it is
// well-formed JSON of the right `format` and passes its generated schema; otherwise fatal findings naming the
// file and the field (the first few schema errors, in both languages). Never throws.
import { decodeJsonBytes } from '../validate/decodeJsonBytes.ts';
import { schemaErrorMessage } from '../validate/schemaErrorText.ts';
import { validateSchema } from '../validate/validateSchema.ts';
import { reviewFileFinding, type ReviewFileFinding } from './reviewFileFinding.ts';
import { say, type MessageKey } from '../i18n/index.ts';

export type ReviewFileKind = 'review-consultation' | 'review-opinion';

const KINDS: Record<ReviewFileKind, { format: string; zh: string; en: string }> = {
  'review-consultation': { format: 'lantu-review-consultation', ...say('review.decodeReviewFile.review-consultation') },
  'review-opinion': { format: 'lantu-review-opinion', ...say('review.decodeReviewFile.review-opinion') },
};

/** Chinese and English names of the fields, by the last segment of their JSON pointer. */
const FIELD_TITLES = {
  format: 'review.decodeReviewFile.field-format',
  schemaVersion: 'review.decodeReviewFile.field-schemaVersion',
  opinion: 'review.decodeReviewFile.field-opinion',
  consultation: 'review.decodeReviewFile.field-consultation',
  projectId: 'review.decodeReviewFile.field-projectId',
  projectVersion: 'review.decodeReviewFile.field-projectVersion',
  department: 'review.decodeReviewFile.field-department',
  verdict: 'review.decodeReviewFile.field-verdict',
  conditions: 'review.decodeReviewFile.field-conditions',
  basis: 'review.decodeReviewFile.field-basis',
  reviewer: 'review.decodeReviewFile.field-reviewer',
  date: 'review.decodeReviewFile.field-date',
  documentNo: 'review.decodeReviewFile.field-documentNo',
  sentOn: 'review.decodeReviewFile.field-sentOn',
  deadline: 'review.decodeReviewFile.field-deadline',
  project: 'review.decodeReviewFile.field-project',
  review: 'review.decodeReviewFile.field-review',
  geometry: 'review.decodeReviewFile.field-geometry',
  properties: 'review.decodeReviewFile.field-properties',
  XMMC: 'review.decodeReviewFile.field-XMMC',
  XMLX: 'review.decodeReviewFile.field-XMLX',
  stage: 'review.decodeReviewFile.field-stage',
} as const satisfies Record<string, MessageKey>;
type FieldTitle = (typeof FIELD_TITLES)[keyof typeof FIELD_TITLES];

/** "/opinion/verdict（审查结论）" in Chinese, "/opinion/verdict (verdict)" in English. */
export function fieldLabel(path: string): { zh: string; en: string } {
  const where = path || '/';
  const last = path.slice(path.lastIndexOf('/') + 1);
  // Own keys only: a field named "constructor" or "toString" has no title.
  const title = Object.hasOwn(FIELD_TITLES, last) ? (FIELD_TITLES as Readonly<Record<string, FieldTitle>>)[last] : undefined;
  return title ? say('review.decodeReviewFile.field-label', { where, title: say(title) }) : { zh: where, en: where };
}

const MAX_SCHEMA_FINDINGS = 10;

export function decodeReviewFile(
  bytes: Uint8Array,
  fileName: string,
  kind: ReviewFileKind,
): { value: Record<string, unknown> } | { findings: ReviewFileFinding[] } {
  const decoded = decodeJsonBytes(bytes);
  const fatal = decoded.findings.filter((f) => f.level === 'fatal');
  if (!('value' in decoded) || fatal.length > 0) {
    const first = fatal[0] ?? decoded.findings[0];
    const zh = first ? first.message.zh.replace('，不是规划文档', '') : '无法读取';
    const en = first ? first.message.en.replace(', not a plan document', '') : 'cannot be read';
    return { findings: [reviewFileFinding('REVIEW_FILE_JSON', fileName, '', { zh, en })] };
  }
  const value = decoded.value;
  const k = KINDS[kind];
  if (value === null || typeof value !== 'object' || Array.isArray(value) || (value as Record<string, unknown>).format !== k.format) {
    return { findings: [reviewFileFinding('REVIEW_FILE_KIND', fileName, '/format', { kindZh: k.zh, kindEn: k.en, format: k.format })] };
  }
  const schema = validateSchema(kind, value);
  if (!schema.valid) {
    // `if` only says that its `then` failed; anyOf's branches are reported one by one already.
    const errors = schema.errors.filter((e) => e.keyword !== 'if').slice(0, MAX_SCHEMA_FINDINGS);
    return {
      findings: errors.map((e) => {
        const field = fieldLabel(e.instancePath);
        const what = schemaErrorMessage(e);
        const f = reviewFileFinding('REVIEW_FILE_SCHEMA', fileName, e.instancePath, { field: field.zh, zh: what.zh, en: what.en });
        f.messageEn = `${fileName}: field ${field.en}: ${what.en}`;
        return f;
      }),
    };
  }
  return { value: value as Record<string, unknown> };
}
