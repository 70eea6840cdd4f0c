// Pure. decodeReviewFile(bytes, fileName, kind) → the parsed value of a 征求意见 or 部门意见 file once it is
// well-formed JSON of the right `format` and passes its generated schema; otherwise fatal findings naming the
// file and the field (the first few schema errors, in both languages). Never throws.
import { decodeJsonBytes } from '../validate/decodeJsonBytes.ts';
import { schemaErrorMessage } from '../validate/schemaErrorText.ts';
import { validateSchema } from '../validate/validateSchema.ts';
import { reviewFileFinding, type ReviewFileFinding } from './reviewFileFinding.ts';
import { say } from '../i18n/index.ts';

export type ReviewFileKind = 'review-consultation' | 'review-opinion';

const KINDS: Record<ReviewFileKind, { format: string; zh: string; en: string }> = {
  'review-consultation': { format: 'lantu-review-consultation', ...say('review.decodeReviewFile.review-consultation') },
  'review-opinion': { format: 'lantu-review-opinion', ...say('review.decodeReviewFile.review-opinion') },
};

/** Chinese and English names of the fields, by the last segment of their JSON pointer. */
const FIELD_TITLES: Record<string, [string, string]> = {
  format: ['文件类型', 'file type'],
  schemaVersion: ['格式版本', 'format version'],
  opinion: ['部门意见', 'opinion'],
  consultation: ['征求意见', 'consultation'],
  projectId: ['项目标识', 'project id'],
  projectVersion: ['项目版本', 'project version'],
  department: ['部门', 'department'],
  verdict: ['审查结论', 'verdict'],
  conditions: ['附加条件', 'conditions'],
  basis: ['依据', 'basis'],
  reviewer: ['审查人', 'reviewer'],
  date: ['日期', 'date'],
  documentNo: ['文号', 'document number'],
  sentOn: ['发函日期', 'sent-on date'],
  deadline: ['答复期限', 'deadline'],
  project: ['项目', 'project'],
  review: ['初审意见', 'preliminary review'],
  geometry: ['项目边界', 'boundary'],
  properties: ['项目属性', 'project facts'],
  XMMC: ['项目名称', 'project name'],
  XMLX: ['项目类型', 'project type'],
  stage: ['阶段', 'stage'],
};

/** "/opinion/verdict（审查结论）" in Chinese, "/opinion/verdict (verdict)" in English. */
export function fieldLabel(path: string): { zh: string; en: string } {
  const where = path || '/';
  const last = path.slice(path.lastIndexOf('/') + 1);
  const title = FIELD_TITLES[last];
  return title ? { zh: `${where}（${title[0]}）`, en: `${where} (${title[1]})` } : { zh: where, en: where };
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
