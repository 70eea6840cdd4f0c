// Pure. The words for a verdict in each language (符合 / 有条件符合 / 不符合), for messages, tables and files.
import type { Verdict } from './types.ts';

export const VERDICT_LABELS: Readonly<Record<Verdict, { zh: string; en: string }>> = {
  pass: { zh: '符合', en: 'pass' },
  conditional: { zh: '有条件符合', en: 'conditional' },
  fail: { zh: '不符合', en: 'fail' },
};
