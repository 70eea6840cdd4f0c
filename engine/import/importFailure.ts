// Pure. importIssue builds an ImportIssue; ImportFailure carries a fatal one out of a reader's depths,
// and the reader's entry point turns it back into a report entry (bad input never crashes).
import type { ImportIssue, ImportSeverity } from './types.ts';

export function importIssue(
  code: string,
  severity: ImportSeverity,
  messageZh: string,
  messageEn: string,
  where: Pick<ImportIssue, 'file' | 'featureIndex' | 'bsm' | 'field'> = {},
): ImportIssue {
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

export function fail(
  code: string,
  messageZh: string,
  messageEn: string,
  where: Pick<ImportIssue, 'file' | 'featureIndex' | 'bsm' | 'field'> = {},
): never {
  throw new ImportFailure(importIssue(code, 'fatal', messageZh, messageEn, where));
}
