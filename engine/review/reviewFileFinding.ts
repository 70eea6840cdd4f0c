// Pure. reviewFileFinding(code, fileName, params) → a finding of the 征求意见 / 部门意见 file readers with its
// Chinese and English message; every message starts with the file's name and names the field it is about.
import { say, type Bilingual } from '../i18n/index.ts';
import { VERDICT_LABELS } from './verdictLabels.ts';

export type ReviewFileFindingLevel = 'fatal' | 'warning';

export interface ReviewFileFinding {
  level: ReviewFileFindingLevel;
  code: string;
  /** JSON pointer of the field ('' for the whole file). */
  path: string;
  messageZh: string;
  messageEn: string;
}

type P = Record<string, string | number>;
type Text = (p: P) => Bilingual;

/** A pair of parameters (`kindZh` and `kindEn`, `title` and `titleEn`) as one value in the message's language. */
const pair = (zh: string | number | undefined, en: string | number | undefined): Bilingual => ({ zh: String(zh), en: String(en) });

const MESSAGES: Record<string, { level: ReviewFileFindingLevel; text: Text }> = {
  REVIEW_FILE_JSON: { level: 'fatal', text: (p) => say('review.reviewFileFinding.json', { detail: pair(p.zh, p.en) }) },
  REVIEW_FILE_KIND: {
    level: 'fatal',
    text: (p) => say('review.reviewFileFinding.kind', { kind: pair(p.kindZh, p.kindEn), format: String(p.format) }),
  },
  REVIEW_FILE_SCHEMA: {
    level: 'fatal',
    text: (p) => say('review.reviewFileFinding.schema', { field: String(p.field), detail: pair(p.zh, p.en) }),
  },
  REVIEW_FILE_DATE: {
    level: 'fatal',
    text: (p) => say('review.reviewFileFinding.date', { field: String(p.field), title: pair(p.title, p.titleEn), value: String(p.value) }),
  },
  REVIEW_FILE_BLANK: { level: 'fatal', text: (p) => say('review.reviewFileFinding.blank', { field: pair(p.field, p.fieldEn) }) },
  REVIEW_DEADLINE_BEFORE_SENT: {
    level: 'fatal',
    text: (p) => say('review.reviewFileFinding.deadline', { deadline: String(p.deadline), sentOn: String(p.sentOn) }),
  },
  REVIEW_CONSULTATION_MISMATCH: {
    level: 'fatal',
    text: (p) =>
      say('review.reviewFileFinding.mismatch', {
        field: String(p.field),
        found: String(p.found),
        what: pair(p.whatZh, p.whatEn),
        expected: String(p.expected),
      }),
  },
  REVIEW_CONDITIONS_MISSING: {
    level: 'fatal',
    text: () => say('review.reviewFileFinding.conditions-missing', { conditional: VERDICT_LABELS.conditional.zh }),
  },
  REVIEW_CONDITIONS_UNEXPECTED: {
    level: 'warning',
    text: (p) => say('review.reviewFileFinding.conditions-unexpected', { verdict: pair(p.verdict, p.verdictEn), count: String(p.count) }),
  },
  REVIEW_UNKNOWN_DEPARTMENT: {
    level: 'fatal',
    text: (p) => say('review.reviewFileFinding.unknown-department', { department: String(p.department), known: String(p.known) }),
  },
  REVIEW_UNKNOWN_PROJECT: { level: 'fatal', text: (p) => say('review.reviewFileFinding.unknown-project', { project: String(p.project) }) },
  REVIEW_STALE: {
    level: 'warning',
    text: (p) => say('review.reviewFileFinding.stale', { name: String(p.name), version: String(p.version), current: String(p.current) }),
  },
};

export function reviewFileFinding(code: keyof typeof MESSAGES & string, fileName: string, path: string, params: P = {}): ReviewFileFinding {
  const m = MESSAGES[code];
  if (!m) throw new Error(`unknown review file finding ${code}`);
  const message = say('review.reviewFileFinding.finding', { fileName, text: m.text(params) });
  return { level: m.level, code, path, messageZh: message.zh, messageEn: message.en };
}
