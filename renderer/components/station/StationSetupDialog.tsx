// The first-start dialog: the station's name (e.g. 生态环境局-张工), its role, and — where the key is sealed under
// a passphrase (the browser build, or a desktop without a keyring) — the passphrase, typed twice. Nothing is
// stored until the key pair is made and sealed; a refusal leaves the installation as it was. The dialog covers the
// toolbar, so it carries the language switch itself (English on a first start is one click, not a guess from the locale).
import { useState } from 'react';
import { newPassphraseProblem, STATION_NAME_MAX, stationNameProblem, type StationRole } from '../../../engine/sign/index.ts';
import { asLine } from '../../i18n/message.ts';
import { useStation } from '../../app/StationContext.tsx';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import { describeStationError } from './describeStationError.ts';
import '../../styles/plainDialog.css';
import './station.css';

export function StationSetupDialog() {
  const t = useT();
  const language = useEditor((s) => s.language);
  const setLanguage = useEditor((s) => s.setLanguage);
  const station = useStation()!;
  const needsPassphrase = station.state?.passphraseRequired ?? true;
  const [name, setName] = useState('');
  const [role, setRole] = useState<StationRole>('department');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function create() {
    const trimmed = name.trim();
    const problem = stationNameProblem(trimmed);
    if (problem) return setError(problem[language]);
    const weak = needsPassphrase ? newPassphraseProblem(passphrase) : null;
    if (weak) return setError(asLine(weak[language]));
    if (needsPassphrase && passphrase !== again) return setError(t('stationPassphraseMismatch'));
    setError(null);
    setBusy(true);
    try {
      station.update(await station.service.init({ stationName: trimmed, role, ...(needsPassphrase ? { passphrase } : {}) }));
    } catch (e) {
      setError(describeStationError(e, language));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="dialog-backdrop station-backdrop">
      <form
        className="station-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={t('stationSetupTitle')}
        data-testid="station-setup"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <div className="station-setup-head">
          <h3>{t('stationSetupTitle')}</h3>
          <button type="button" data-testid="station-setup-language" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
            {/* The other language's name, in that language. */}
            <span lang={language === 'zh' ? 'en' : 'zh-CN'}>{t('language')}</span>
          </button>
        </div>
        <p>{t('stationSetupIntro')}</p>
        <label htmlFor="station-name">{t('stationName')}</label>
        <input
          id="station-name"
          type="text"
          autoFocus
          maxLength={STATION_NAME_MAX}
          placeholder={t('stationNamePlaceholder')}
          data-testid="station-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <label htmlFor="station-role">{t('stationRole')}</label>
        <select id="station-role" data-testid="station-role" value={role} onChange={(e) => setRole(e.target.value as StationRole)}>
          <option value="department">{t('stationRoleDepartment')}</option>
          <option value="bureau">{t('stationRoleBureau')}</option>
        </select>
        {needsPassphrase && (
          <>
            <label htmlFor="station-passphrase">{t('stationPassphrase')}</label>
            <input
              id="station-passphrase"
              type="password"
              autoComplete="new-password"
              data-testid="station-passphrase"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
            <label htmlFor="station-passphrase-again">{t('stationPassphraseConfirm')}</label>
            <input
              id="station-passphrase-again"
              type="password"
              autoComplete="new-password"
              data-testid="station-passphrase-again"
              value={again}
              onChange={(e) => setAgain(e.target.value)}
            />
            <p className="station-hint">{t('stationPassphraseHint')}</p>
          </>
        )}
        {error && (
          <p role="alert" className="station-error" data-testid="station-setup-error">
            {error}
          </p>
        )}
        <div className="station-actions">
          <button type="submit" className="primary" disabled={busy || name.trim() === ''} data-testid="station-create">
            {busy ? t('stationCreating') : t('stationCreate')}
          </button>
        </div>
      </form>
    </div>
  );
}
