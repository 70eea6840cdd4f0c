// The status bar: conflict counts per severity (open / all, or "not checked" before a check), check progress,
// feature count, autosave state (未保存 while any change is only in memory; never 已自动保存 over a gap).
import { useMemo } from 'react';
import { SEVERITIES } from '../../engine/rules/index.ts';
import { useEditor, useT } from '../app/StoreContext.tsx';
import type { SaveStatus } from '../services/persistence/attachAutosave.ts';
import { resolutionsByConflictKey } from './conflictStatusOf.ts';
import { severityCounts } from './severityCounts.ts';
import { CheckFreshness } from './CheckFreshness.tsx';
import { StationButton } from './station/StationButton.tsx';

export function StatusBar({ save }: { save: SaveStatus }) {
  const t = useT();
  const language = useEditor((s) => s.language);
  const conflicts = useEditor((s) => s.conflicts);
  const progress = useEditor((s) => s.progress);
  const featureCount = useEditor((s) => {
    let n = 0;
    for (const p of s.workspace.plans.values()) n += p.features.size;
    return n;
  });
  const checked = useEditor((s) => s.checked);
  const staleKeys = useEditor((s) => s.staleKeys);
  const resolutions = useEditor((s) => s.workspace.resolutions);
  const counts = useMemo(
    () => severityCounts(conflicts, staleKeys, resolutionsByConflictKey(resolutions)),
    [conflicts, staleKeys, resolutions],
  );
  return (
    <div className="status-bar" data-testid="status-bar">
      {!checked ? (
        <span className="badge" data-testid="count-not-checked">
          {t('statusNotChecked')}
        </span>
      ) : (
        SEVERITIES.map((sev) => {
          const n = counts.get(sev)!;
          const title = t('statusCountTitle').replace('{open}', String(n.open)).replace('{all}', String(n.all));
          return (
            <span key={sev} className={`badge sev-${sev}`} data-testid={`count-${sev}`} title={title}>
              {t(sev)} {n.open} / {n.all}
            </span>
          );
        })
      )}
      <CheckFreshness />
      {progress.running && (
        <span className="progress" data-testid="check-progress">
          {progress.phase ? `${t('checking')} ${progress.phase}` : `${t('checking')}…`}
          <progress max={Math.max(progress.total, 1)} value={progress.done} />
        </span>
      )}
      <span className="spacer" />
      <StationButton />
      <span>
        {featureCount} {t('featureCount')}
      </span>
      <span className={`save save-${save.state}`} data-testid="save-status">
        {save.state === 'saved'
          ? t('saved')
          : save.state === 'saving'
            ? t('saving')
            : t('saveUnsaved').replace('{reason}', save.reason[language])}
      </span>
    </div>
  );
}
