// The boundary import dialog: a dropped 界址点 TXT or DXF is read and reported (findings, 地块 with their
// plane and GRS80 areas, the CRS; for a DXF the layer and CRS can be chosen) next to the project's facts form
// (XMMC, XMDM, XMLX, NYDYT, ZDXM, DDXZ, GYLB, stage). Nothing is stored until 加入项目库, which is refused on a
// fatal finding or a wrong fact; then the project is one undoable `setProject` command and is selected. With a
// project selected, the file can instead replace that project's boundary (same id, its facts prefilled): the
// project's version changes and the opinions given on the old one become stale.
import { useMemo, useState } from 'react';
import { projectValueLabel } from '../../../engine/review/index.ts';
import { PROJECT_STAGES, type ProjectFacts, type ProjectStage } from '../../../engine/review/index.ts';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import { checkProjectFacts, PROJECT_TYPES, projectFromBoundary } from '../../services/review/projectFromBoundary.ts';
import { fromBoundaryRead, isFatal, readBoundaryFile, readDrawnBoundary } from '../../services/review/readBoundaryFile.ts';
import { readBoundaryTable } from '../../../engine/import/index.ts';
import { M2_PER_MU } from '../formatArea.ts';
import { catalogueNotice } from '../../store/catalogueNotice.ts';
import '../../styles/importDialog.css';
import '../../styles/plainDialog.css';

const EMPTY_FACTS: ProjectFacts = { XMMC: '', XMLX: '工业', XMDM: '', NYDYT: '', JSDW: '', ZDXM: null, DDXZ: null, GYLB: null };

export function BoundaryImportDialog() {
  const t = useT();
  const store = useEditorStore();
  const lang = useEditor((s) => s.language);
  const pending = useEditor((s) => s.pendingBoundaries);
  const file = pending[0]!;
  const [layer, setLayer] = useState<string | undefined>(undefined);
  const [crs, setCrs] = useState('');
  const reading = useMemo(
    () =>
      file.typed
        ? fromBoundaryRead(
            readBoundaryTable(file.typed.text, {
              fileName: file.name,
              ...(file.typed.zone !== undefined ? { zone: file.typed.zone } : {}),
            }),
            'typed',
            null,
          )
        : file.drawn
          ? readDrawnBoundary(file.drawn, file.name)
          : readBoundaryFile(file.bytes, file.name, {
              ...(layer ? { layer } : {}),
              ...(/^EPSG:\d+$/.test(crs.trim()) ? { crs: crs.trim() } : {}),
            }),
    [file, layer, crs],
  );
  const selected = useEditor((s) => s.workspace.projects?.find((p) => p.project.id === s.selectedProjectId) ?? null);
  const [replace, setReplace] = useState(false);
  const [facts, setFacts] = useState<ProjectFacts>(() => ({
    ...EMPTY_FACTS,
    XMMC: file.drawn || file.typed ? '' : file.name.replace(/\.[^.]+$/, ''),
  }));
  const [stage, setStage] = useState<ProjectStage>('用地预审与选址');
  const chooseReplace = (on: boolean) => {
    setReplace(on);
    if (on && selected) {
      setFacts({ ...EMPTY_FACTS, ...selected.properties });
      setStage(selected.project.stage);
    }
  };
  const [tried, setTried] = useState(false);
  const fatal = isFatal(reading);
  const problems = checkProjectFacts(facts, stage);
  const say = (x: { zh: string; en: string }) => (lang === 'zh' ? x.zh : x.en);
  const areaM2 = reading.parcels.reduce((a, p) => a + p.grs80AreaM2, 0);
  const planeM2 = reading.parcels.reduce((a, p) => a + p.planeAreaM2, 0);

  const close = () => store.getState().setPendingBoundaries(store.getState().pendingBoundaries.slice(1));
  const set = <K extends keyof ProjectFacts>(key: K, value: string) => setFacts((f) => ({ ...f, [key]: value === '' ? null : value }));

  function add() {
    setTried(true);
    if (fatal || problems.length > 0) return;
    const s = store.getState();
    if (replace && selected) {
      const id = selected.project.id;
      const doc = projectFromBoundary(reading, { ...facts, XMMC: facts.XMMC ?? '' }, stage, id);
      const index = (s.workspace.projects ?? []).findIndex((p) => p.project.id === id);
      s.execute({ kind: 'setProject', projectId: id, index, before: selected, after: doc });
      s.notify(catalogueNotice('info', 'boundaryReplaced', { file: file.name, project: doc.properties.XMMC }));
      close();
      return;
    }
    const id = crypto.randomUUID();
    const doc = projectFromBoundary(reading, { ...facts, XMMC: facts.XMMC ?? '' }, stage, id);
    s.execute({ kind: 'setProject', projectId: id, index: (s.workspace.projects ?? []).length, before: null, after: doc });
    s.selectProject(id);
    s.notify(catalogueNotice('info', 'projectAdded', { file: file.name, project: doc.properties.XMMC }));
    close();
  }

  return (
    <div className="dialog-backdrop" role="dialog" aria-modal="true" data-testid="boundary-dialog" data-file={file.name}>
      <div className="import-dialog boundary-dialog">
        <h2>
          {t('boundaryTitle')} · <span data-user-text="">{file.name}</span>
        </h2>
        <div className="import-body">
          <div data-testid="boundary-report">
            <h4>{t('boundaryReport')}</h4>
            <p>
              {t('boundaryFormat')}: {reading.format.toUpperCase()} · {t('boundaryCrs')}:{' '}
              <span data-testid="boundary-crs">{reading.crs ?? '—'}</span>{' '}
              {reading.crsNameZh && lang === 'zh' ? `（${reading.crsNameZh}）` : ''}
            </p>
            {!reading.layers && (reading.format === 'shapefile' || reading.format === 'geojson') && (
              <div className="import-options">
                <label>
                  {t('boundaryCrsChoice')}
                  <input data-testid="boundary-crs-input" placeholder="EPSG:4526" value={crs} onChange={(e) => setCrs(e.target.value)} />
                </label>
              </div>
            )}
            {reading.layers && (
              <div className="import-options">
                <label>
                  {t('boundaryLayer')}
                  <select
                    data-testid="boundary-layer"
                    value={reading.layer ?? layer ?? ''}
                    onChange={(e) => setLayer(e.target.value || undefined)}
                  >
                    <option value="">—</option>
                    {reading.layers.map((l) => (
                      <option key={l.name} value={l.name}>
                        {l.name} (
                        {Object.entries(l.entityCounts)
                          .map(([k, n]) => `${k} ${n}`)
                          .join(', ')}
                        )
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('boundaryCrsChoice')}
                  <input data-testid="boundary-crs-input" placeholder="EPSG:4527" value={crs} onChange={(e) => setCrs(e.target.value)} />
                </label>
              </div>
            )}
            {reading.parcels.length > 0 && (
              <table className="import-mapping" data-testid="boundary-parcels">
                <thead>
                  <tr>
                    <th>{t('boundaryParcel')}</th>
                    <th>{t('boundaryPoints')}</th>
                    <th>{t('boundaryPlaneArea')}</th>
                    <th>{t('boundaryGrs80Area')}</th>
                  </tr>
                </thead>
                <tbody>
                  {reading.parcels.map((p) => (
                    <tr key={p.id}>
                      <td data-user-text="">
                        {p.id}
                        {p.name ? ` ${p.name}` : ''}
                      </td>
                      <td>{p.pointCount}</td>
                      <td>{(p.planeAreaM2 / 10_000).toFixed(4)}</td>
                      <td>{(p.grs80AreaM2 / 10_000).toFixed(4)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {reading.parcels.length > 0 && (
              <p data-testid="boundary-area">
                {t('boundaryTotal')}: {(areaM2 / 10_000).toFixed(4)} {t('hectare')} ({(areaM2 / M2_PER_MU).toFixed(2)} {t('mu')}) ·{' '}
                {t('boundaryPlaneArea')} {(planeM2 / 10_000).toFixed(4)}
              </p>
            )}
            <ul className="import-issues" data-testid="boundary-findings">
              {reading.findings.map((f, i) => (
                <li key={i} className={f.level}>
                  {say(f)}
                </li>
              ))}
            </ul>
            {fatal && (
              <p className="import-duplicate" data-testid="boundary-fatal">
                {t('boundaryNothingStored')}
              </p>
            )}
          </div>
          <div data-testid="boundary-facts" className="boundary-facts">
            <h4>{t('projectFacts')}</h4>
            {selected && (
              <label className="inline">
                <input type="checkbox" data-testid="boundary-replace" checked={replace} onChange={(e) => chooseReplace(e.target.checked)} />
                {t('boundaryReplace')}「{selected.properties.XMMC}」
              </label>
            )}
            <label>
              {t('factXMMC')}
              <input data-testid="fact-XMMC" value={facts.XMMC ?? ''} onChange={(e) => set('XMMC', e.target.value)} />
            </label>
            <label>
              {t('factXMDM')}
              <input
                data-testid="fact-XMDM"
                placeholder="YYYY-XXXXXX-XX-XX-XXXXXX"
                value={facts.XMDM ?? ''}
                onChange={(e) => set('XMDM', e.target.value)}
              />
            </label>
            <label>
              {t('factJSDW')}
              <input data-testid="fact-JSDW" value={facts.JSDW ?? ''} onChange={(e) => set('JSDW', e.target.value)} />
            </label>
            <label>
              {t('factXMLX')}
              <select data-testid="fact-XMLX" value={facts.XMLX} onChange={(e) => set('XMLX', e.target.value)}>
                {PROJECT_TYPES.map((x) => (
                  <option key={x} value={x}>
                    {projectValueLabel(x, lang)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('factNYDYT')}
              <input data-testid="fact-NYDYT" placeholder="1001" value={facts.NYDYT ?? ''} onChange={(e) => set('NYDYT', e.target.value)} />
            </label>
            <label>
              {t('factZDXM')}
              <select data-testid="fact-ZDXM" value={facts.ZDXM ?? ''} onChange={(e) => set('ZDXM', e.target.value)}>
                <option value="">{t('factUnknown')}</option>
                <option value="是">{projectValueLabel('是', lang)}</option>
                <option value="否">{projectValueLabel('否', lang)}</option>
              </select>
            </label>
            <label>
              {t('factDDXZ')}
              <select data-testid="fact-DDXZ" value={facts.DDXZ ?? ''} onChange={(e) => set('DDXZ', e.target.value)}>
                <option value="">{t('factUnknown')}</option>
                <option value="是">{projectValueLabel('是', lang)}</option>
                <option value="否">{projectValueLabel('否', lang)}</option>
              </select>
            </label>
            <label>
              {t('factGYLB')}
              <select data-testid="fact-GYLB" value={facts.GYLB ?? ''} onChange={(e) => set('GYLB', e.target.value)}>
                <option value="">—</option>
                {(['一类', '二类', '三类'] as const).map((x) => (
                  <option key={x} value={x}>
                    {projectValueLabel(x, lang)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('projectStage')}
              <select data-testid="fact-stage" value={stage} onChange={(e) => setStage(e.target.value as ProjectStage)}>
                {PROJECT_STAGES.map((x) => (
                  <option key={x} value={x}>
                    {projectValueLabel(x, lang)}
                  </option>
                ))}
              </select>
            </label>
            {tried && problems.length > 0 && (
              <ul className="import-issues" data-testid="fact-problems">
                {problems.map((p) => (
                  <li key={p.field} className="fatal">
                    {say(p)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <div className="import-actions">
          <button onClick={close} data-testid="boundary-cancel">
            {t('cancel')}
          </button>
          <button className="primary" disabled={fatal} onClick={add} data-testid="boundary-add">
            {t('boundaryAdd')}
          </button>
        </div>
      </div>
    </div>
  );
}
