// 受信任密钥: the keys this installation trusts (with revoke), adding one from a public-key file only after the user
// typed the fingerprint its owner read out over another channel, and the append-only log of every change.
import { useEffect, useState } from 'react';
import { readPublicKeyFile, type PublicKeyFile, type TrustedKey, type TrustLogEntry } from '../../../engine/sign/index.ts';
import { useStation } from '../../app/StationContext.tsx';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import { describeStationError } from './describeStationError.ts';
import '../../styles/plainDialog.css';
import './station.css';

export function TrustedKeysDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const language = useEditor((s) => s.language);
  const station = useStation()!;
  const [list, setList] = useState<{ keys: TrustedKey[]; log: TrustLogEntry[] } | null>(null);
  const [file, setFile] = useState<{ text: string; name: string; read: PublicKeyFile } | null>(null);
  const [typed, setTyped] = useState('');
  const [confirmRevoke, setConfirmRevoke] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = () => station.service.trusted().then(setList, (e: unknown) => setError(describeStationError(e, language)));
  useEffect(() => {
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** True when the action went through (the list is then reloaded); a refusal is shown and changes nothing. */
  async function act(action: () => Promise<unknown>): Promise<boolean> {
    setError(null);
    try {
      await action();
      await reload();
      return true;
    } catch (e) {
      setError(describeStationError(e, language));
      return false;
    }
  }

  async function choose(picked: File | undefined) {
    setError(null);
    setFile(null);
    setTyped('');
    if (!picked) return;
    const text = await picked.text();
    const read = readPublicKeyFile(text, picked.name);
    if (!read.ok) return setError(read.error[language]);
    setFile({ text, name: picked.name, read: read.file });
  }

  return (
    <div className="dialog-backdrop station-backdrop">
      <div className="station-dialog station-dialog-wide" role="dialog" aria-label={t('trustedTitle')} data-testid="trusted-keys-dialog">
        <h3>{t('trustedTitle')}</h3>
        {list && list.keys.length === 0 && <p data-testid="trusted-none">{t('trustedNone')}</p>}
        {list && list.keys.length > 0 && (
          <table className="station-table" data-testid="trusted-table">
            <thead>
              <tr>
                <th>{t('stationName')}</th>
                <th>{t('stationCode')}</th>
                <th>{t('stationFingerprint')}</th>
                <th>{t('trustedAdded')}</th>
                <th>{t('trustedState')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.keys.map((k) => (
                <tr key={k.publicKey} className={k.revokedAt ? 'revoked' : ''} data-testid="trusted-row">
                  <td>{k.stationName}</td>
                  <td>{k.stationCode ?? '—'}</td>
                  <td className="station-fingerprint">{k.fingerprint}</td>
                  <td className="station-when">{k.addedAt.slice(0, 19).replace('T', ' ')}</td>
                  <td>{k.revokedAt ? `${t('trustedRevoked')} ${k.revokedAt.slice(0, 19).replace('T', ' ')}` : t('trustedValid')}</td>
                  <td>
                    {!k.revokedAt &&
                      (confirmRevoke === k.fingerprint ? (
                        <button
                          className="danger"
                          data-testid="trusted-revoke-confirm"
                          onClick={() => void act(() => station.service.revoke(k.fingerprint)).then(() => setConfirmRevoke(null))}
                        >
                          {t('trustedRevokeConfirm')}
                        </button>
                      ) : (
                        <button data-testid="trusted-revoke" onClick={() => setConfirmRevoke(k.fingerprint)}>
                          {t('trustedRevoke')}
                        </button>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h4>{t('trustedAddTitle')}</h4>
        <label>
          {t('trustedChooseFile')}{' '}
          <input type="file" accept=".pub,application/json" data-testid="trusted-file" onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        {file && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void act(() => station.service.trust(file.text, file.name, typed)).then((ok) => {
                if (ok) setFile(null);
              });
            }}
          >
            <dl className="station-facts">
              <dt>{t('trustedFileStation')}</dt>
              <dd data-testid="trusted-file-station">
                {file.read.stationName}（{file.read.stationCode}）
              </dd>
              <dt>{t('trustedFileFingerprint')}</dt>
              <dd className="station-fingerprint" data-testid="trusted-file-fingerprint">
                {file.read.fingerprint}
              </dd>
            </dl>
            <p>{t('trustedConfirmPrompt')}</p>
            <div className="station-rename">
              <input
                type="text"
                aria-label={t('trustedConfirmInput')}
                placeholder={t('trustedConfirmInput')}
                data-testid="trusted-confirm-input"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
              />
              <button type="submit" className="primary" disabled={typed.trim() === ''} data-testid="trusted-trust">
                {t('trustedTrust')}
              </button>
            </div>
          </form>
        )}
        {error && (
          <p role="alert" className="station-error" data-testid="trusted-error">
            {error}
          </p>
        )}
        <h4>{t('trustedLog')}</h4>
        <div className="station-log">
          <table className="station-table" data-testid="trusted-log">
            <tbody>
              {(list?.log ?? []).map((e, i) => (
                <tr key={i} data-testid="trusted-log-row">
                  <td className="station-when">{e.at.slice(0, 19).replace('T', ' ')}</td>
                  <td className="station-what">{e.action === 'trust' ? t('trustedLogTrust') : t('trustedLogRevoke')}</td>
                  <td>{e.key.stationName}</td>
                  <td className="station-fingerprint">{e.key.fingerprint}</td>
                  <td>
                    {t('trustedLogBy')} {e.by.stationName}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="station-actions">
          <button className="primary" data-testid="trusted-close" onClick={onClose}>
            {t('stationClose')}
          </button>
        </div>
      </div>
    </div>
  );
}
