import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergePlanVersions } from '../../../engine/merge/mergePlanVersions.ts';
import { resolveMergeConflicts } from '../../../engine/merge/resolveMergeConflicts.ts';
import { basePlan, edit, parcel } from './planVersions.ts';

const A = basePlan();
const [p1, p2, p3] = A.features.map((f) => f.id);

describe('mergePlanVersions: the merge matrix', () => {
  it('takes a change made only on our side', () => {
    const ours = edit(A, (fs) => (fs[0]!.properties.BZ = '本地备注'));
    const r = mergePlanVersions(A, ours, A);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.features[0]!.properties.BZ).toBe('本地备注');
    expect(r.stats).toMatchObject({ fromOurs: 1, unchanged: 2 });
  });

  it('takes a change made only on their side', () => {
    const theirs = edit(A, (fs) => (fs[1]!.properties.YDYHFLDM = '0102'));
    const r = mergePlanVersions(A, A, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.features[1]!.properties.YDYHFLDM).toBe('0102');
    expect(r.stats).toMatchObject({ fromTheirs: 1 });
  });

  it('never conflicts on identical changes', () => {
    const change = (fs: typeof A.features) => {
      fs[2]!.properties.YDYHFLDM = '100103';
      fs[2]!.geometry = parcel(3, '100103', 112.541).geometry;
    };
    const r = mergePlanVersions(A, edit(A, change), edit(A, change));
    expect(r.conflicts).toEqual([]);
    expect(r.merged.features[2]!.properties.YDYHFLDM).toBe('100103');
  });

  it('reports the same field diverged, with all three values, and keeps ours until decided', () => {
    const ours = edit(A, (fs) => (fs[0]!.properties.YDYHFLDM = '0102'));
    const theirs = edit(A, (fs) => (fs[0]!.properties.YDYHFLDM = '0103'));
    const r = mergePlanVersions(A, ours, theirs);
    expect(r.conflicts).toEqual([
      { id: p1, bsm: '419001000000000001', kind: 'field', field: 'YDYHFLDM', ancestor: '0101', ours: '0102', theirs: '0103' },
    ]);
    expect(r.merged.features[0]!.properties.YDYHFLDM).toBe('0102');
    expect(resolveMergeConflicts(r, ['theirs']).features[0]!.properties.YDYHFLDM).toBe('0103');
  });

  it('merges changes to different fields of one feature by themselves', () => {
    const ours = edit(A, (fs) => (fs[0]!.properties.BZ = '本地备注'));
    const theirs = edit(A, (fs) => (fs[0]!.properties.YDYHFLDM = '0103'));
    const r = mergePlanVersions(A, ours, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.features[0]!.properties).toMatchObject({ BZ: '本地备注', YDYHFLDM: '0103' });
    expect(r.stats.combined).toBe(1);
  });

  it('merges our geometry edit with their attribute edit, and reports diverged geometries', () => {
    const moved = parcel(1, '0101', 112.501).geometry;
    const r = mergePlanVersions(
      A,
      edit(A, (fs) => (fs[0]!.geometry = moved)),
      edit(A, (fs) => (fs[0]!.properties.YDYHFLDM = '0103')),
    );
    expect(r.conflicts).toEqual([]);
    expect(r.merged.features[0]!.geometry).toEqual(moved);
    expect(r.merged.features[0]!.properties.YDYHFLDM).toBe('0103');
    const other = parcel(1, '0101', 112.502).geometry;
    const g = mergePlanVersions(
      A,
      edit(A, (fs) => (fs[0]!.geometry = moved)),
      edit(A, (fs) => (fs[0]!.geometry = other)),
    );
    expect(g.conflicts).toEqual([expect.objectContaining({ id: p1, kind: 'geometry', ours: moved, theirs: other })]);
  });

  it('reports delete/edit: we deleted what they changed', () => {
    const ours = edit(A, (fs) => fs.splice(1, 1));
    const theirs = edit(A, (fs) => (fs[1]!.properties.YDYHFLDM = '0102'));
    const r = mergePlanVersions(A, ours, theirs);
    expect(r.conflicts).toEqual([expect.objectContaining({ id: p2, kind: 'delete-edit', ours: null })]);
    expect(r.merged.features.map((f) => f.id)).toEqual([p1, p3]);
    expect(resolveMergeConflicts(r, ['theirs']).features.map((f) => f.id)).toEqual([p1, p3, p2]);
  });

  it('reports edit/delete: they deleted what we changed', () => {
    const ours = edit(A, (fs) => (fs[2]!.properties.BZ = '保留'));
    const theirs = edit(A, (fs) => fs.splice(2, 1));
    const r = mergePlanVersions(A, ours, theirs);
    expect(r.conflicts).toEqual([expect.objectContaining({ id: p3, kind: 'edit-delete', theirs: null })]);
    expect(r.merged.features.map((f) => f.id)).toEqual([p1, p2, p3]);
    expect(resolveMergeConflicts(r, ['theirs']).features.map((f) => f.id)).toEqual([p1, p2]);
  });

  it('deletes without conflict what one side deleted and the other left alone', () => {
    expect(
      mergePlanVersions(
        A,
        edit(A, (fs) => fs.splice(0, 1)),
        A,
      ).merged.features.map((f) => f.id),
    ).toEqual([p2, p3]);
    expect(
      mergePlanVersions(
        A,
        A,
        edit(A, (fs) => fs.splice(0, 1)),
      ).merged.features.map((f) => f.id),
    ).toEqual([p2, p3]);
  });

  it('reports add/add with the same BSM when the two new features differ', () => {
    const ours = edit(A, (fs) => fs.push(parcel(4, '0301', 112.6)));
    const theirs = edit(A, (fs) => fs.push(parcel(4, '0305', 112.6)));
    const r = mergePlanVersions(A, ours, theirs);
    expect(r.conflicts).toEqual([expect.objectContaining({ kind: 'add-add', bsm: '419001000000000004' })]);
    expect(mergePlanVersions(A, ours, ours).conflicts).toEqual([]);
  });

  it('keeps features both sides added under different BSMs', () => {
    const r = mergePlanVersions(
      A,
      edit(A, (fs) => fs.push(parcel(5, '0301', 112.6))),
      edit(A, (fs) => fs.push(parcel(6, '0305', 112.62))),
    );
    expect(r.conflicts).toEqual([]);
    expect(r.merged.features.map((f) => f.properties.BSM)).toEqual([
      '419001000000000001',
      '419001000000000002',
      '419001000000000003',
      '419001000000000006',
      '419001000000000005',
    ]);
  });

  it('takes the new version metadata and keeps the plan id', () => {
    const theirs = edit(A, () => undefined);
    theirs.plan.version = 'v2';
    expect(mergePlanVersions(A, A, theirs).merged.plan).toMatchObject({ version: 'v2', id: A.plan.id });
  });

  it('does not mutate its inputs', () => {
    const ours = edit(A, (fs) => (fs[0]!.properties.YDYHFLDM = '0102'));
    const theirs = edit(A, (fs) => (fs[0]!.properties.YDYHFLDM = '0103'));
    const snapshot = JSON.stringify([A, ours, theirs]);
    resolveMergeConflicts(mergePlanVersions(A, ours, theirs), ['theirs']);
    expect(JSON.stringify([A, ours, theirs])).toBe(snapshot);
  });
});

describe('mergePlanVersions: invariants', () => {
  const codes = fc.constantFrom('0101', '0102', '0103', '0301', '100102');
  const side = fc.array(fc.record({ i: fc.integer({ min: 0, max: 2 }), code: codes, drop: fc.boolean() }), { maxLength: 4 });
  const apply = (edits: { i: number; code: string; drop: boolean }[]) =>
    edit(A, (fs) => {
      for (const e of edits) if (fs[e.i]) fs[e.i]!.properties.YDYHFLDM = e.code;
      const drops = new Set(edits.filter((e) => e.drop).map((e) => e.i));
      for (let i = fs.length - 1; i >= 0; i--) if (drops.has(i)) fs.splice(i, 1);
    });

  it('changes nothing when a version is merged with itself', () => {
    fc.assert(
      fc.property(side, (e) => {
        const O = apply(e);
        const r = mergePlanVersions(A, O, O);
        expect(r.conflicts).toEqual([]);
        expect(r.merged.features).toEqual(O.features);
      }),
    );
  });

  it('gives the other side when one side is unchanged', () => {
    fc.assert(
      fc.property(side, (e) => {
        const X = apply(e);
        expect(mergePlanVersions(A, A, X).merged.features).toEqual(X.features);
        expect(mergePlanVersions(A, X, A).merged.features).toEqual(X.features);
      }),
    );
  });

  it('leaves features nobody touched byte-identical', () => {
    fc.assert(
      fc.property(side, side, (eo, et) => {
        const r = mergePlanVersions(A, apply(eo), apply(et));
        const touched = new Set([...eo, ...et].map((e) => A.features[e.i]!.id));
        for (const f of A.features.filter((x) => !touched.has(x.id))) {
          expect(JSON.stringify(r.merged.features.find((m) => m.id === f.id))).toBe(JSON.stringify(f));
        }
      }),
    );
  });
});

describe('coordinate noise', () => {
  it('treats a geometry re-exported with sub-millimetre noise as unchanged in the merge and the diff', async () => {
    const { diffPlanVersions } = await import('../../../engine/merge/diffPlanVersions.ts');
    const noisy = edit(A, (fs) => {
      const g = fs[0]!.geometry as { coordinates: number[][][] };
      g.coordinates[0]![1]![0]! += 3e-9;
    });
    const ours = edit(A, (fs) => (fs[0]!.properties.BZ = '本地'));
    const r = mergePlanVersions(A, ours, noisy);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.features[0]!.properties.BZ).toBe('本地');
    expect(diffPlanVersions(A, noisy).changed).toEqual([]);
    const moved = edit(A, (fs) => {
      const g = fs[0]!.geometry as { coordinates: number[][][] };
      g.coordinates[0]![1]![0]! += 1e-6;
    });
    expect(diffPlanVersions(A, moved).changed.map((c) => c.geometryChanged)).toEqual([true]);
  });
});
