// Find a feature by BSM, name or 地名 across every plan (the conflict list's search box stays the conflicts'
// filter), and 定位到坐标: lon/lat, or X(北)/Y(东) in a chosen CGCS2000 3° Gauss-Krüger zone. Both zoom the map
// through the store's mapRequest; a found feature is also selected (inspector, table, highlight). The results are a
// listbox: ↑/↓ move the highlight, Enter takes it (the best match when none is highlighted).
import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Input } from 'antd';
import { AimOutlined, SearchOutlined } from '@ant-design/icons';
import { layerInfo } from '../../engine/model/index.ts';
import { useEditor, useEditorStore, useT } from '../app/StoreContext.tsx';
import { findFeatures, type FoundFeature } from '../services/find/findFeatures.ts';
import { selectionExtent, widen } from '../services/find/selectionExtent.ts';
import { CHINA_GK_ZONES, parseLocation, type LocationMode } from '../map/parseLocation.ts';
import { surveyReadout } from '../map/surveyReadout.ts';
import { readRememberedView } from '../map/mapViewMemory.ts';
import { gkZoneOfLon } from '../../engine/mapSheet/index.ts';
import { message, messages } from '../i18n/message.ts';
import { inTerritory, JIYUAN_TERRITORY, territoryName } from '../../engine/import/index.ts';
import { ImportChoice } from './ImportChoice.tsx';
import { DECORATIVE_ICON } from './decorativeIcon.ts';

/** Search after typing pauses this long (a scan of 300k features is tens of ms; not on every key). */
const SEARCH_DELAY_MS = 200;
/** Before the map has moved once: the demo city's 112.6°E (zone 38). */
const JIYUAN_CENTRE_LON = 112.6;
const ZONES = Array.from({ length: CHINA_GK_ZONES.max - CHINA_GK_ZONES.min + 1 }, (_, i) => CHINA_GK_ZONES.min + i);

export function FindBar() {
  const t = useT();
  const store = useEditorStore();
  const language = useEditor((s) => s.language);
  const workspace = useEditor((s) => s.workspace);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [locating, setLocating] = useState(false);
  /** The result ↑/↓ highlighted (an index into the shown hits), −1 for none. */
  const [active, setActive] = useState(-1);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useMemo(() => findFeatures(workspace, query), [workspace, query]);
  useEffect(() => setActive(-1), [found]);
  useEffect(() => {
    list.current?.querySelector('.find-result.active')?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const shown = open && query.trim() !== '' && query === text;

  const go = (hit: FoundFeature) => {
    const s = store.getState();
    const ref = { planId: hit.planId, featureId: hit.featureId };
    s.select(ref);
    const extent = selectionExtent(s.workspace, [ref]);
    if (extent) s.requestMap({ extent });
    setOpen(false);
  };
  const layerName = (hit: FoundFeature) => (language === 'zh' ? layerInfo(hit.layer).nameZh : layerInfo(hit.layer).nameEn);

  return (
    <div className="find-bar" data-testid="find-bar">
      <div className="find-row">
        <Input
          type="search"
          allowClear
          prefix={<SearchOutlined {...DECORATIVE_ICON} />}
          value={text}
          placeholder={t('findPlaceholder')}
          aria-label={t('findPlaceholder')}
          data-testid="find-input"
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          // Closed after a short delay so a click on a result still lands; an open list would hide the map.
          onBlur={() => setTimeout(() => setOpen(false), 200)}
          role="combobox"
          aria-expanded={shown}
          aria-controls="find-results"
          aria-activedescendant={shown && active >= 0 ? `find-result-${active}` : undefined}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
            if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && found.hits.length > 0) {
              e.preventDefault();
              setOpen(true);
              const step = e.key === 'ArrowDown' ? 1 : -1;
              setActive((i) => (i < 0 && step < 0 ? found.hits.length - 1 : (i + step + found.hits.length) % found.hits.length));
            }
            if (e.key === 'Enter' && shown && found.hits[active]) go(found.hits[active]);
            else if (e.key === 'Enter') {
              // Enter searches now (no pause) and goes to the best match.
              const now = findFeatures(store.getState().workspace, text);
              setQuery(text);
              if (now.hits[0]) go(now.hits[0]);
            }
          }}
        />
        <Button
          type={locating ? 'primary' : 'default'}
          icon={<AimOutlined {...DECORATIVE_ICON} />}
          onClick={() => {
            setLocating((v) => !v);
            setOpen(false);
          }}
          data-testid="locate-toggle"
        >
          {t('locate')}
        </Button>
      </div>
      {shown && (
        <div className="find-results" data-testid="find-results" id="find-results" role="listbox" ref={list}>
          {found.hits.length === 0 ? (
            <div className="find-empty">{t('findNoHit').replace('{q}', query.trim())}</div>
          ) : (
            found.hits.map((hit, i) => (
              <div
                key={`${hit.planId}/${hit.featureId}`}
                id={`find-result-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'find-result active' : 'find-result'}
                data-testid="find-result"
                data-feature-id={hit.featureId}
                // Keeps the focus in the search box (its blur would close the list before the click lands).
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => go(hit)}
                title={`${hit.bsm} ${hit.name} · ${layerName(hit)}`}
                data-user-title=""
              >
                <span className="find-bsm">{hit.bsm}</span>
                <span className="find-name">{hit.name}</span>
                <span className="find-layer">{layerName(hit)}</span>
              </div>
            ))
          )}
          {found.total > found.hits.length && (
            <div className="find-empty">{message(language, 'findMore', { n: found.total - found.hits.length })}</div>
          )}
        </div>
      )}
      {locating && <LocatePanel />}
    </div>
  );
}

function LocatePanel() {
  const t = useT();
  const store = useEditorStore();
  const language = useEditor((s) => s.language);
  const [mode, setMode] = useState<LocationMode>('lonlat');
  // The zone of where the map looks, as the coordinate readout gives it: a Y copied from the readout without its
  // zone prefix then lands where it was read, not 3° away.
  const [zone, setZone] = useState(() => gkZoneOfLon(readRememberedView()?.centre[0] ?? JIYUAN_CENTRE_LON));
  const [text, setText] = useState('');
  const [error, setError] = useState<{ zh: string; en: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [outside, setOutside] = useState<{ zh: string; en: string } | null>(null);

  const locate = () => {
    const parsed = parseLocation(text, mode, zone);
    setOutside(null);
    if (!parsed.ok) {
      setError(parsed.error);
      setDone(null);
      return;
    }
    setError(null);
    const [lon, lat] = parsed.lonLat;
    // Still goes there (a neighbouring county's point is a real place), but a point far from the city is most often
    // a typo, a swapped X/Y or the wrong zone.
    if (!inTerritory(JIYUAN_TERRITORY, lon, lat))
      setOutside(messages('locateOutsideTerritory', { territory: territoryName(JIYUAN_TERRITORY) }));
    store.getState().requestMap({ extent: widen([lon, lat, lon, lat], 0.004), mark: parsed.lonLat });
    setDone(`${lon.toFixed(6)}°, ${lat.toFixed(6)}° · ${surveyReadout(lon, lat, language)}`);
  };

  return (
    <div className="locate-panel" data-testid="locate-panel">
      <div className="find-row">
        <ImportChoice
          testId="locate-mode"
          value={mode}
          title={t('locate')}
          onChange={(v) => setMode(v as LocationMode)}
          options={[
            { value: 'lonlat', label: t('locateModeLonLat') },
            { value: 'gk', label: t('locateModeGk') },
          ]}
        />
        {mode === 'gk' && (
          <ImportChoice
            testId="locate-zone"
            value={String(zone)}
            onChange={(v) => setZone(Number(v))}
            options={ZONES.map((z) => ({
              value: String(z),
              label: t('locateZone')
                .replace('{zone}', String(z))
                .replace('{cm}', String(z * 3)),
            }))}
          />
        )}
      </div>
      <div className="find-row">
        <Input
          value={text}
          placeholder={mode === 'lonlat' ? '112.59, 35.09' : '3890784.40, 38365508.88'}
          aria-label={mode === 'lonlat' ? t('locateModeLonLat') : t('locateModeGk')}
          data-testid="locate-input"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && locate()}
        />
        <Button type="primary" onClick={locate} data-testid="locate-go">
          {t('locateGo')}
        </Button>
      </div>
      {error && <Alert className="locate-error" type="error" title={<span data-testid="locate-error">{error[language]}</span>} />}
      {done && <div data-testid="locate-done">{t('locateDone').replace('{where}', done)}</div>}
      {outside && <Alert className="locate-error" type="warning" title={<span data-testid="locate-outside">{outside[language]}</span>} />}
    </div>
  );
}
