// The message bar under the toolbar (an antd Alert banner): errors (what went wrong, what to do) and confirmations.
import { Alert, Button } from 'antd';
import { useEditor, useT } from '../app/StoreContext.tsx';

export function NoticeBar() {
  const t = useT();
  const notice = useEditor((s) => s.notice);
  const notify = useEditor((s) => s.notify);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <Alert
        banner
        role="none"
        showIcon
        type={notice.kind === 'error' ? 'error' : 'success'}
        title={<span data-testid="notice-text">{notice.text}</span>}
        action={
          <Button size="small" onClick={() => notify(null)}>
            {t('dismiss')}
          </Button>
        }
      />
    </div>
  );
}
