// The status bar: conflict counts per severity, check progress, feature count, autosave state.
import { SEVERITIES } from '../../engine/rules/types.ts';
import { useEditor, useT } from '../app/StoreContext.tsx';
import type { SaveStatus } from '../services/persistence/attachAutosave.ts';

export function StatusBar({ save }: { save: SaveStatus }) {
  const t = useT();
  const conflicts = useEditor((s) => s.conflicts);
  const progress = useEditor((s) => s.progress);
  const featureCount = useEditor((s) => {
    let n = 0;
    for (const p of s.workspace.plans.values()) n += p.features.size;
    return n;
  });
  const counts = new Map(SEVERITIES.map((sev) => [sev, 0]));
  for (const c of conflicts) counts.set(c.severity, (counts.get(c.severity) ?? 0) + 1);
  return (
    <div className="status-bar" data-testid="status-bar">
      {SEVERITIES.map((sev) => (
        <span key={sev} className={`badge sev-${sev}`} data-testid={`count-${sev}`}>
          {t(sev)} {counts.get(sev)}
        </span>
      ))}
      {progress.running && (
        <span className="progress" data-testid="check-progress">
          {t('checking')} {progress.phase}
          <progress max={Math.max(progress.total, 1)} value={progress.done} />
        </span>
      )}
      <span className="spacer" />
      <span>{featureCount} {t('featureCount')}</span>
      <span className={`save save-${save.state}`} data-testid="save-status">
        {save.state === 'saved' ? t('saved') : save.state === 'saving' ? t('saving') : `${t('saveFailed')}: ${save.message}`}
      </span>
    </div>
  );
}
