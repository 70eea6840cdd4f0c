// What a new version of a plan changes against the version in the workspace, shown before the import is
// confirmed: features added, removed and changed (attributes field by field, geometry with its area change)
// and area totals per land-use class. Renders engine/merge/diffPlanVersions output; long lists are capped.
import type { FieldChange, PlanVersionDiff } from '../../engine/merge/index.ts';
import { codeInfo } from '../../engine/model/index.ts';

/** Rows shown per list; the rest is counted, so a 300k-feature re-import never builds a huge table. */
const MAX_ROWS = 200;
const hectares = (m2: number) => (m2 / 10000).toFixed(4);
const signedHectares = (m2: number) => `${m2 > 0 ? '+' : ''}${hectares(m2)}`;

function valueText(v: FieldChange['before'], zh: boolean): string {
  if (v === undefined) return zh ? '（无）' : '(none)';
  if (v === null) return zh ? '（空）' : '(empty)';
  return String(v);
}

function className(classKey: string): string {
  const info = codeInfo('ydyh2023', classKey);
  return info ? `${classKey} ${info.name}` : classKey;
}

export function ImportVersionDiff({ diff, zh }: { diff: PlanVersionDiff; zh: boolean }) {
  const L = (z: string, e: string) => (zh ? z : e);
  const more = (n: number) => n > MAX_ROWS && <p className="import-more">{L(`…… 另有 ${n - MAX_ROWS} 项未列出`, `… ${n - MAX_ROWS} more not listed`)}</p>;
  const changedClasses = diff.totalsByClass.filter((t) => Math.abs(t.changeM2) >= 0.01);
  return (
    <div className="import-version-diff" data-testid="import-version-diff">
      {diff.changed.length > 0 && (
        <>
          <h4>{L(`修改的要素（${diff.changed.length}）`, `Changed features (${diff.changed.length})`)}</h4>
          <table className="import-mapping" data-testid="import-diff-changed">
            <thead><tr><th>BSM</th><th>{L('图层', 'Layer')}</th><th>{L('字段：原 → 新', 'Field: before → after')}</th><th>{L('面积变化（公顷）', 'Area change (ha)')}</th></tr></thead>
            <tbody>
              {diff.changed.slice(0, MAX_ROWS).map((c) => (
                <tr key={c.id}>
                  <td>{c.bsm ?? c.id}</td>
                  <td>{c.layer}</td>
                  <td>
                    {c.fields.map((f) => <div key={f.key}>{f.key}：{valueText(f.before, zh)} → {valueText(f.after, zh)}</div>)}
                    {c.geometryChanged && <div>{L('几何已修改', 'geometry changed')}</div>}
                  </td>
                  <td>{c.geometryChanged ? signedHectares(c.areaChangeM2) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {more(diff.changed.length)}
        </>
      )}
      {(diff.added.length > 0 || diff.removed.length > 0) && (
        <>
          <h4>{L(`新增 ${diff.added.length}，删除 ${diff.removed.length}`, `${diff.added.length} added, ${diff.removed.length} removed`)}</h4>
          <table className="import-mapping" data-testid="import-diff-added-removed">
            <thead><tr><th>{L('变化', 'Change')}</th><th>BSM</th><th>{L('图层', 'Layer')}</th><th>{L('面积（公顷）', 'Area (ha)')}</th></tr></thead>
            <tbody>
              {diff.added.slice(0, MAX_ROWS).map((f) => <tr key={`a${f.id}`}><td>{L('新增', 'added')}</td><td>{f.bsm ?? f.id}</td><td>{f.layer}</td><td>{hectares(f.areaM2)}</td></tr>)}
              {diff.removed.slice(0, MAX_ROWS).map((f) => <tr key={`r${f.id}`}><td>{L('删除', 'removed')}</td><td>{f.bsm ?? f.id}</td><td>{f.layer}</td><td>{hectares(f.areaM2)}</td></tr>)}
            </tbody>
          </table>
          {more(Math.max(diff.added.length, diff.removed.length))}
        </>
      )}
      {changedClasses.length > 0 && (
        <>
          <h4>{L('各用地分类面积变化', 'Area change per land-use class')}</h4>
          <table className="import-mapping" data-testid="import-diff-classes">
            <thead><tr><th>{L('分类', 'Class')}</th><th>{L('原（公顷）', 'Before (ha)')}</th><th>{L('新（公顷）', 'After (ha)')}</th><th>{L('变化（公顷）', 'Change (ha)')}</th></tr></thead>
            <tbody>
              {changedClasses.map((t) => (
                <tr key={t.classKey}><td>{className(t.classKey)}</td><td>{hectares(t.areaBeforeM2)}</td><td>{hectares(t.areaAfterM2)}</td><td>{signedHectares(t.changeM2)}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
