// 本工作站: the station's name (renamable), code, role, id and key fingerprint (to read out to whoever trusts it),
// exporting the public key, and the way to 受信任密钥.
import { useState } from 'react';
import { STATION_NAME_MAX } from '../../../engine/sign/index.ts';
import { useStation } from '../../app/StationContext.tsx';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import { describeStationError } from './describeStationError.ts';
import { TrustedKeysDialog } from './TrustedKeysDialog.tsx';
import '../../styles/plainDialog.css';
import './station.css';

export function StationDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const language = useEditor((s) => s.language);
  const station = useStation()!;
  const info = station.state?.station;
  const [name, setName] = useState(info?.stationName ?? '');
  const [error, setError] = useState<string | null>(null);
  const [trusted, setTrusted] = useState(false);
  if (!info) return null;
  if (trusted) return <TrustedKeysDialog onClose={() => setTrusted(false)} />;

  async function act(action: () => Promise<void>) {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(describeStationError(e, language));
    }
  }

  return (
    <div className="dialog-backdrop station-backdrop">
      <div className="station-dialog" role="dialog" aria-label={t('stationTitle')} data-testid="station-dialog">
        <h3>{t('stationTitle')}</h3>
        <label htmlFor="station-rename">{t('stationName')}</label>
        <div className="station-rename">
          <input
            id="station-rename"
            type="text"
            maxLength={STATION_NAME_MAX}
            data-testid="station-rename-input"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button
            data-testid="station-rename"
            disabled={name.trim() === '' || name.trim() === info.stationName}
            onClick={() => void act(async () => station.update(await station.service.rename(name.trim())))}
          >
            {t('stationRename')}
          </button>
        </div>
        <dl className="station-facts">
          <dt>{t('stationRole')}</dt>
          <dd data-testid="station-role-value">{info.role === 'bureau' ? t('stationRoleBureau') : t('stationRoleDepartment')}</dd>
          <dt>{t('stationCode')}</dt>
          <dd data-testid="station-code">{info.stationCode}</dd>
          <dt>{t('stationId')}</dt>
          <dd>{info.stationId}</dd>
          <dt>{t('stationFingerprint')}</dt>
          <dd className="station-fingerprint" data-testid="station-fingerprint">
            {info.fingerprint ?? '—'}
          </dd>
        </dl>
        <p className="station-hint">{t('stationFingerprintHint')}</p>
        {error && (
          <p role="alert" className="station-error">
            {error}
          </p>
        )}
        <div className="station-actions">
          <button data-testid="station-export-key" onClick={() => void act(async () => void (await station.service.exportPublicKey()))}>
            {t('stationExportKey')}
          </button>
          <button data-testid="station-open-trusted" onClick={() => setTrusted(true)}>
            {t('stationTrustedKeys')}
          </button>
          <button className="primary" data-testid="station-close" onClick={onClose}>
            {t('stationClose')}
          </button>
        </div>
      </div>
    </div>
  );
}
