// Pure. The words for a verdict in each language (符合 / 有条件符合 / 不符合), for messages, tables and files.
import type { Verdict } from './types.ts';
import { say } from '../i18n/index.ts';

export const VERDICT_LABELS: Readonly<Record<Verdict, { zh: string; en: string }>> = {
  pass: say('review.verdictLabels.pass'),
  conditional: say('review.verdictLabels.conditional'),
  fail: say('review.verdictLabels.fail'),
};
