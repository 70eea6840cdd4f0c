// The 专题图 dialog: title (default from the workspace), producing unit (remembered on this workstation), paper,
// orientation and scale (or fit to the map's view), then PNG, or PDF — printToPDF on the desktop, the browser's
// print dialog elsewhere. The 300-dpi sheet is drawn in a worker with progress and 取消; the map stays usable.
import { useEffect, useMemo, useRef, useState } from 'react';
import { SCALE_CHOICES, scaleText, type Orientation, type PaperSize } from '../../../engine/mapSheet/index.ts';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import { errorText } from '../../i18n/describeError.ts';
import { defaultSheetTitle } from '../../print/defaultSheetTitle.ts';
import { printSheetInPage, removePrintSheet } from '../../print/printSheetInPage.ts';
import { readProducingUnit, writeProducingUnit } from '../../print/producingUnit.ts';
import { planSheet, sheetForPage, sheetHtml, sheetPngBytes, type SheetOptions, type SheetRequest } from '../../print/renderMapSheet.ts';
import { sheetLayers } from '../../print/sheetLayers.ts';
import { createPlatform } from '../../services/platform/createPlatform.ts';
import type { PlatformAdapter } from '../../services/platform/types.ts';
import { catalogueNotice } from '../../store/catalogueNotice.ts';
import '../../styles/importDialog.css';
import './print.css';
import { message } from '../../i18n/message.ts';
import type { Language } from '../../i18n/dictionary.ts';
import '../../styles/plainDialog.css';

type Output = 'png' | 'pdf';

interface Job {
  abort: AbortController;
  done: number;
  total: number;
  writing: boolean;
}

/** The file name offered: the title made safe for a save dialog (main refuses separators and reserved characters). */
export function sheetFileName(title: string, output: Output, language: Language): string {
  const safe = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .trim()
    .slice(0, 200);
  return `${safe || message(language, 'fileNameUntitledSheet')}.${output}`;
}

const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function PrintDialog({ onClose, platform }: { onClose: () => void; platform?: PlatformAdapter }) {
  const t = useT();
  const store = useEditorStore();
  const language = useEditor((s) => s.language);
  const plans = useEditor((s) => s.workspace.plans);
  const shell = useMemo(() => platform ?? createPlatform(), [platform]);
  const [title, setTitle] = useState(() =>
    defaultSheetTitle(
      [...plans.values()].map((p) => p.meta.title),
      language,
    ),
  );
  const [unit, setUnit] = useState(() => readProducingUnit());
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [scale, setScale] = useState<number | 'fit'>('fit');
  const [job, setJob] = useState<Job | null>(null);
  const jobRef = useRef<Job | null>(null);
  const view = useMemo(() => window.lantuMap?.viewLonLat() ?? null, []);

  // Closing the dialog cancels a drawing under way and takes the print-only sheet out of the page.
  useEffect(
    () => () => {
      jobRef.current?.abort.abort();
      removePrintSheet();
    },
    [],
  );

  const request = (): SheetRequest | null =>
    view && {
      paper,
      orientation,
      scale,
      title: title.trim(),
      unit: unit.trim(),
      date: today(),
      language,
      centreLonLat: view.centre,
      viewBoxLonLat: view.box,
    };
  const plan = useMemo(() => {
    const r = request();
    return r ? planSheet(r) : null;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [paper, orientation, scale, view]);

  async function run(output: Output) {
    const r = request();
    if (!r) {
      store.getState().notify(catalogueNotice('error', 'printNoMap'));
      return;
    }
    writeProducingUnit(unit);
    const name = sheetFileName(r.title, output, language);
    const current: Job = { abort: new AbortController(), done: 0, total: 0, writing: false };
    jobRef.current = current;
    setJob({ ...current });
    try {
      const layers = sheetLayers(store.getState());
      // A progress message the worker sent just before 取消 can arrive after the job ended: it must not bring it back.
      const update = (next: Job) => {
        if (jobRef.current === current) setJob(next);
      };
      const options: SheetOptions = {
        signal: current.abort.signal,
        onProgress: (done, total) => update({ ...current, done, total }),
        onWriting: () => update({ ...current, done: 1, total: 1, writing: true }),
      };
      if (output === 'png') {
        const bytes = await sheetPngBytes(layers, r, options);
        const saved = await shell.saveFile(bytes, { suggestedName: name, format: 'png' });
        if (saved) store.getState().notify(catalogueNotice('info', 'printPngSaved', { file: saved.name }));
      } else if (shell.capabilities.reportPdf) {
        const saved = await shell.saveReportPdf(await sheetHtml(layers, r, options), { suggestedName: name });
        if (saved) store.getState().notify(catalogueNotice('info', 'printPdfSaved', { file: saved.name }));
      } else {
        await printSheetInPage(await sheetForPage(layers, r, options), current.abort.signal);
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        store.getState().notify(catalogueNotice('info', 'printCancelled', { title: r.title }));
      } else {
        store.getState().notify(
          catalogueNotice('error', 'printFailed', {
            title: r.title,
            kind: output.toUpperCase(),
            file: name,
            reason: { zh: errorText(error, 'zh'), en: errorText(error, 'en') },
          }),
        );
      }
    } finally {
      if (jobRef.current === current) jobRef.current = null;
      setJob((j) => (j && j.abort === current.abort ? null : j));
    }
  }

  const info = !plan
    ? t('printNoMap')
    : message(language, 'printSheetInfo', {
        zone: plan.ground.zone,
        scale: scaleText(plan.ground.scaleDenominator),
        width: plan.sheetPx[0],
        height: plan.sheetPx[1],
      });
  return (
    <div className="dialog-backdrop" role="dialog" aria-modal="true" aria-label={t('printDialogTitle')} data-testid="print-dialog">
      <div className="import-dialog print-dialog">
        <h2>{t('printDialogTitle')}</h2>
        <div className="print-form">
          <label htmlFor="print-title">{t('printSheetTitle')}</label>
          <input
            id="print-title"
            type="text"
            data-testid="print-title"
            value={title}
            maxLength={100}
            onChange={(e) => setTitle(e.target.value)}
          />
          <label htmlFor="print-unit">{t('printUnit')}</label>
          <input
            id="print-unit"
            type="text"
            data-testid="print-unit"
            value={unit}
            maxLength={100}
            onChange={(e) => setUnit(e.target.value)}
          />
          <label htmlFor="print-paper">{t('printPaper')}</label>
          <select id="print-paper" data-testid="print-paper" value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
            <option value="A4">A4</option>
            <option value="A3">A3</option>
          </select>
          <label htmlFor="print-orientation">{t('printOrientation')}</label>
          <select
            id="print-orientation"
            data-testid="print-orientation"
            value={orientation}
            onChange={(e) => setOrientation(e.target.value as Orientation)}
          >
            <option value="landscape">{t('printLandscape')}</option>
            <option value="portrait">{t('printPortrait')}</option>
          </select>
          <label htmlFor="print-scale">{t('printScale')}</label>
          <select
            id="print-scale"
            data-testid="print-scale"
            value={String(scale)}
            onChange={(e) => setScale(e.target.value === 'fit' ? 'fit' : Number(e.target.value))}
          >
            <option value="fit">{t('printFit')}</option>
            {SCALE_CHOICES.map((s) => (
              <option key={s} value={String(s)}>
                {scaleText(s)}
              </option>
            ))}
          </select>
        </div>
        <p className="print-info" data-testid="print-info">
          {info}
        </p>
        {job && (
          <div className="print-running" data-testid="print-progress">
            <span>{job.writing ? t('printWriting') : `${t('printDrawing')} ${job.done} / ${job.total}`}</span>
            <progress max={Math.max(job.total, 1)} value={job.done} />
            <button data-testid="print-cancel" onClick={() => job.abort.abort()}>
              {t('cancel')}
            </button>
          </div>
        )}
        <div className="import-actions">
          <button data-testid="print-png" disabled={!plan || job !== null} onClick={() => void run('png')}>
            {t('printPng')}
          </button>
          {shell.capabilities.reportPdf ? (
            <button data-testid="print-pdf" disabled={!plan || job !== null} onClick={() => void run('pdf')}>
              {t('printPdf')}
            </button>
          ) : (
            <button data-testid="print-print" title={t('printPrintHint')} disabled={!plan || job !== null} onClick={() => void run('pdf')}>
              {t('printPrint')}
            </button>
          )}
          <button data-testid="print-close" onClick={onClose}>
            {t('printClose')}
          </button>
        </div>
      </div>
    </div>
  );
}
