// Pure. importIssue builds an ImportIssue from a catalogue message (say) or, for shells not yet moved, a zh and an
// en string; ImportFailure carries a fatal one out of a reader's depths, and the reader's entry point turns it back
// into a report entry (bad input never crashes).
import type { Bilingual } from '../i18n/index.ts';
import type { ImportIssue, ImportSeverity } from './types.ts';

type Where = Pick<ImportIssue, 'file' | 'featureIndex' | 'bsm' | 'field'>;

export function importIssue(code: string, severity: ImportSeverity, message: Bilingual, where?: Where): ImportIssue;
export function importIssue(code: string, severity: ImportSeverity, messageZh: string, messageEn: string, where?: Where): ImportIssue;
export function importIssue(
  code: string,
  severity: ImportSeverity,
  message: Bilingual | string,
  enOrWhere?: string | Where,
  maybeWhere?: Where,
): ImportIssue {
  const [messageZh, messageEn, where = {}] =
    typeof message === 'string' ? [message, enOrWhere as string, maybeWhere] : [message.zh, message.en, enOrWhere as Where | undefined];
  const issue: ImportIssue = { code, severity, messageZh, messageEn };
  if (where.file !== undefined) issue.file = where.file;
  if (where.featureIndex !== undefined) issue.featureIndex = where.featureIndex;
  if (where.bsm !== undefined) issue.bsm = where.bsm;
  if (where.field !== undefined) issue.field = where.field;
  return issue;
}

export class ImportFailure extends Error {
  readonly issue: ImportIssue;
  constructor(issue: ImportIssue) {
    super(issue.messageEn);
    this.issue = issue;
  }
}

export function fail(code: string, message: Bilingual, where?: Where): never;
export function fail(code: string, messageZh: string, messageEn: string, where?: Where): never;
export function fail(code: string, message: Bilingual | string, enOrWhere?: string | Where, maybeWhere?: Where): never {
  const issue =
    typeof message === 'string'
      ? importIssue(code, 'fatal', message, enOrWhere as string, maybeWhere)
      : importIssue(code, 'fatal', message, enOrWhere as Where | undefined);
  throw new ImportFailure(issue);
}
