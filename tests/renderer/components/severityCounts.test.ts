import { describe, expect, it } from 'vitest';
import type { Resolution } from '../../../engine/resolutions/types.ts';
import type { Conflict } from '../../../engine/rules/types.ts';
import { resolutionsByConflictKey } from '../../../renderer/components/conflictStatusOf.ts';
import { severityCounts } from '../../../renderer/components/severityCounts.ts';
import { sampleResolution } from '../resolve/sampleResolution.ts';

const HASH = 'f'.repeat(64);
const blocker = (key: string) => ({ key, regionHash: HASH, ruleId: 'R03', severity: 'blocker' }) as unknown as Conflict;

describe('severityCounts', () => {
  const exception: Resolution = {
    ...sampleResolution('R03:a:1'),
    severity: 'blocker',
    kind: 'exception',
    exception: { approvalNumber: 'A1', authority: 'B', reason: 'C' },
  };
  const deferred: Resolution = { ...sampleResolution('R03:a:2'), severity: 'blocker' };
  const conflicts = [blocker('R03:a:1'), blocker('R03:a:2'), blocker('R03:a:3')];

  it('counts an approved exception as handled and a 暂缓 as still open, as the export refusal does', () => {
    const counts = severityCounts(conflicts, new Set(), resolutionsByConflictKey([exception, deferred]), '2026-11-27');
    expect(counts.get('blocker')).toEqual({ open: 2, all: 3 });
    expect(counts.get('major')).toEqual({ open: 0, all: 0 });
  });

  it('counts an expired exception and a pending re-check as open', () => {
    const expired = { ...exception, exception: { ...exception.exception!, expiresOn: '2026-01-01' } };
    expect(severityCounts(conflicts, new Set(), resolutionsByConflictKey([expired]), '2026-11-27').get('blocker')).toEqual({
      open: 3,
      all: 3,
    });
    expect(severityCounts(conflicts, new Set(['R03:a:1']), resolutionsByConflictKey([exception]), '2026-11-27').get('blocker')).toEqual({
      open: 3,
      all: 3,
    });
  });
});
