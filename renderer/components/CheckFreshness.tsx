// The status bar's freshness marker: when the shown check results were computed (they survive a reload), or how many
// features were edited after them and how many conflicts that puts in doubt, while the re-check of those features
// runs (also after a reload, when the results come back from IndexedDB); the tooltip says when they were computed.
import { useEditor, useT } from '../app/StoreContext.tsx';
import { message } from '../i18n/message.ts';

export function CheckFreshness() {
  const t = useT();
  const language = useEditor((s) => s.language);
  const checked = useEditor((s) => s.checked);
  const edited = useEditor((s) => s.uncheckedFeatureIds.length);
  const staleConflicts = useEditor((s) => s.staleKeys.size);
  const running = useEditor((s) => s.progress.running);
  const checkedAt = useEditor((s) => s.checkedAt);
  if (!checked) return null;
  const time = checkedAt ? formatTime(checkedAt) : '';
  const title = time ? t('checkedAtTitle').replace('{time}', time) : undefined;
  if (edited === 0) {
    return time ? (
      <span className="check-time" data-testid="check-time" title={title}>
        {message(language, 'checkedAt', { time })}
      </span>
    ) : null;
  }
  return (
    <span className="badge check-stale" data-testid="check-stale" title={title}>
      {staleConflicts > 0
        ? message(language, 'checkStale', { features: edited, conflicts: staleConflicts })
        : message(language, 'checkStaleNoConflicts', { features: edited })}
      {running ? ` · ${t('checkRechecking')}` : ''}
    </span>
  );
}

/** "2026-12-05 08:31" in local time (no Intl: the same text in both languages). */
function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
