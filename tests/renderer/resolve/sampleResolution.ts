// Test helper: a plain resolution record (a deferral, no feature edits) for store and schema tests.
import type { Resolution } from '../../../engine/resolutions/types.ts';

export function sampleResolution(conflictKey = 'R14:a:b', logNumber = '20261127000001'): Resolution {
  return {
    conflictKey,
    ruleId: conflictKey.split(':')[0]!,
    severity: 'major',
    regionHash: 'f'.repeat(64),
    kind: 'defer',
    status: 'applied',
    decidedBy: '王工',
    decidedAt: '2026-11-27T08:00:00.000Z',
    logNumber,
    changeType: 2,
    reason: '等待规划修编',
    edits: [],
  };
}
