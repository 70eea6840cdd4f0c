// The toolbar's 本工作站 entry: the station's name, opening its settings (rename, key, 受信任密钥).
import { useState } from 'react';
import { useStation } from '../../app/StationContext.tsx';
import { useT } from '../../app/StoreContext.tsx';
import { StationDialog } from './StationDialog.tsx';
import './station.css';

export function StationButton() {
  const t = useT();
  const station = useStation();
  const [open, setOpen] = useState(false);
  if (!station) return null;
  const name = station.state?.station?.stationName;
  return (
    <>
      <button
        className="station-button"
        data-testid="station-button"
        title={t('stationTitle')}
        disabled={!name}
        onClick={() => setOpen(true)}
      >
        {t('stationButton')}
        {t('labelColon')}
        {name ? <span data-user-text="">{name}</span> : t('stationNotSet')}
      </button>
      {open && <StationDialog onClose={() => setOpen(false)} />}
    </>
  );
}
