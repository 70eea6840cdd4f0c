// The message bar under the toolbar: errors (what went wrong, what to do) and confirmations.
import { useEditor, useT } from '../app/StoreContext.tsx';

export function NoticeBar() {
  const t = useT();
  const notice = useEditor((s) => s.notice);
  const notify = useEditor((s) => s.notify);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{notice.text}</span>
      <button onClick={() => notify(null)}>{t('dismiss')}</button>
    </div>
  );
}
