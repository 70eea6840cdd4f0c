// The status bar's stale marker: how many features were edited after the shown check results and how many
// conflicts that puts in doubt, while the re-check of those features runs (also after a reload, when the
// results come back from IndexedDB); the tooltip says when the results were computed.
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
  if (!checked || edited === 0) return null;
  const time = checkedAt ? formatTime(checkedAt) : '';
  return (
    <span className="badge check-stale" data-testid="check-stale" title={time ? t('checkedAtTitle').replace('{time}', time) : undefined}>
      {message(language, 'checkStale', { features: edited, conflicts: staleConflicts })}
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
