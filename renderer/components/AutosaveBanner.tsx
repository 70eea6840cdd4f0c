// The persistent banner while autosave cannot write: why, how many changes are held in memory only, and a
// retry button. It cannot be dismissed; it goes away only when every queued change is stored.
import { Alert, Button } from 'antd';
import { useEditor, useT } from '../app/StoreContext.tsx';
import { message } from '../i18n/message.ts';
import type { SaveStatus } from '../services/persistence/attachAutosave.ts';

export function AutosaveBanner({ save, onRetry }: { save: SaveStatus; onRetry: () => void }) {
  const t = useT();
  const language = useEditor((s) => s.language);
  if (save.state !== 'failed') return null;
  const text = message(language, 'saveBanner', { reason: save.reason[language], pending: save.pending });
  return (
    <div className="notice notice-error" role="alert" data-testid="autosave-banner">
      <Alert
        banner
        role="none"
        showIcon
        type="error"
        title={text}
        action={
          <Button size="small" danger onClick={onRetry} data-testid="autosave-retry">
            {t('saveRetryNow')}
          </Button>
        }
      />
    </div>
  );
}
