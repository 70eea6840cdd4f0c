// Asks for the station key's passphrase before a signature (the key is sealed under it); says so after a wrong one.
import { useState } from 'react';
import { useT } from '../../app/StoreContext.tsx';
import '../../styles/plainDialog.css';
import './station.css';

export function PassphraseDialog({ retry, onAnswer }: { retry: boolean; onAnswer: (passphrase: string | null) => void }) {
  const t = useT();
  const [value, setValue] = useState('');
  return (
    <div className="dialog-backdrop station-backdrop">
      <form
        className="station-dialog station-dialog-small"
        role="dialog"
        aria-label={t('passphrasePrompt')}
        data-testid="passphrase-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (value !== '') onAnswer(value);
        }}
      >
        <h3>{t('passphrasePrompt')}</h3>
        {retry && (
          <p role="alert" className="station-error">
            {t('passphraseWrong')}
          </p>
        )}
        <input
          type="password"
          autoFocus
          autoComplete="current-password"
          data-testid="passphrase-input"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <div className="station-actions">
          <button type="button" onClick={() => onAnswer(null)}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" disabled={value === ''} data-testid="passphrase-ok">
            {t('passphraseOk')}
          </button>
        </div>
      </form>
    </div>
  );
}
