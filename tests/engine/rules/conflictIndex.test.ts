// The conflict index a re-check patches rule lists with: removing and inserting by binary search gives the
// same list as filtering and sorting anew (ties included), and the index follows the new list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import { conflictIndexOf, conflictsOfFeatures, patchConflicts } from '../../../engine/rules/conflictIndex.ts';
import { createRulesState } from '../../../engine/rules/rulesState.ts';
import { sortConflicts, type Conflict } from '../../../engine/rules/index.ts';

const party = (id: string): NonNullable<Conflict['subject']> => ({
  planId: 'p',
  planTitle: 'p',
  layer: 'GHYDYH',
  featureId: id,
  bsm: null,
  name: null,
});

function conflict(n: number, a: number, b: number | null, hash: number): Conflict {
  const ids = [`f${a}`, ...(b === null ? [] : [`f${b}`])].sort();
  return {
    key: ['R1', ...ids].join(':'),
    regionHash: `h${hash}`,
    ruleId: 'R1',
    ruleVersion: 1,
    title: `c${n}`,
    severity: 'info',
    subject: party(`f${a}`),
    object: b === null ? null : party(`f${b}`),
    measure: {},
    shares: {},
    region: null,
    town: null,
    message: '',
  };
}

const conflictArb = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.option(fc.integer({ min: 0, max: 6 })), fc.integer({ min: 0, max: 2 }));
// No geometry is touched: the state only holds the index.
const state = () => createRulesState({} as GeometryPort, []);

describe('patchConflicts', () => {
  it('equals filtering out the changed features’ conflicts and sorting in the fresh ones', () => {
    fc.assert(
      fc.property(
        fc.array(conflictArb, { maxLength: 30 }),
        fc.array(conflictArb, { maxLength: 6 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
        (old, fresh, changedNs) => {
          const sorted = sortConflicts(old.map(([a, b, h], i) => conflict(i, a, b, h)));
          const more = fresh.map(([a, b, h], i) => conflict(100 + i, a, b, h));
          const changed = changedNs.map((n) => `f${n}`);
          const s = state();
          const index = conflictIndexOf(s, 'R1', sorted);
          const drop = conflictsOfFeatures(index, changed);
          const expected = sortConflicts([
            ...sorted.filter((c) => !changed.includes(c.subject!.featureId) && !changed.includes(c.object?.featureId ?? '')),
            ...more,
          ]);
          const patched = patchConflicts(index, sorted, drop, more);
          expect(patched.map((c) => c.title)).toEqual(expected.map((c) => c.title));
          // The index now describes the patched list, as a fresh index of it would.
          expect(conflictIndexOf(s, 'R1', patched)).toBe(index);
          const fresh2 = conflictIndexOf(state(), 'R1', patched);
          for (const id of ['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6']) {
            expect([...(index.byFeature.get(id) ?? [])].map((c) => c.title).sort()).toEqual(
              [...(fresh2.byFeature.get(id) ?? [])].map((c) => c.title).sort(),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
