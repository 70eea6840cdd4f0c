// The 合规性审查报告 viewer: the report's HTML (engine, with its own print CSS for A4) in a sandboxed frame —
// no scripts run in it; same-origin only so 打印 can call the frame's print(). The frame inherits the app's
// CSP, so the report's <style> blocks get the page's style nonce. The desktop app also offers 导出 PDF (Electron
// printToPDF of the report's own HTML, through the platform); a browser has no such button: 打印 → Save as PDF.
import { useMemo, useRef, useState } from 'react';
import { pageStyleNonce } from '../../app/pageStyleNonce.ts';
import { useEditorStore, useT } from '../../app/StoreContext.tsx';
import { errorText } from '../../i18n/describeError.ts';
import { createPlatform } from '../../services/platform/createPlatform.ts';
import { reportPdfName } from '../../services/platform/reportPdfName.ts';
import type { PlatformAdapter } from '../../services/platform/types.ts';
import { catalogueNotice } from '../../store/catalogueNotice.ts';
import '../../styles/importDialog.css';
import '../../styles/plainDialog.css';

export function withStyleNonce(html: string, nonce: string): string {
  return nonce ? html.replace(/<style(\s|>)/g, `<style nonce="${nonce}"$1`) : html;
}

export function ReportDialog({
  title,
  html,
  onClose,
  platform,
}: {
  title: string;
  html: string;
  onClose: () => void;
  platform?: PlatformAdapter;
}) {
  const t = useT();
  const store = useEditorStore();
  const frame = useRef<HTMLIFrameElement>(null);
  const srcDoc = useMemo(() => withStyleNonce(html, pageStyleNonce()), [html]);
  const shell = useMemo(() => platform ?? createPlatform(), [platform]);
  const [saving, setSaving] = useState(false);
  async function savePdf() {
    setSaving(true);
    const name = reportPdfName(title, store.getState().language);
    try {
      // The report's own HTML (not the nonce'd frame copy): main seals it with its own CSP before printing.
      const saved = await shell.saveReportPdf(html, { suggestedName: name });
      if (saved) store.getState().notify(catalogueNotice('info', 'reportPdfSaved', { file: saved.name }));
    } catch (error) {
      store.getState().notify(
        catalogueNotice('error', 'reportPdfFailed', {
          title,
          file: name,
          reason: { zh: errorText(error, 'zh'), en: errorText(error, 'en') },
        }),
      );
    } finally {
      setSaving(false);
    }
  }
  return (
    <div className="dialog-backdrop" role="dialog" aria-modal="true" data-testid="report-dialog">
      <div className="import-dialog report-dialog">
        <div className="import-actions">
          <h2 className="report-title">
            {t('reportTitle')} · <span data-user-text="">{title}</span>
          </h2>
          <button data-testid="report-print" onClick={() => frame.current?.contentWindow?.print()}>
            {t('reportPrint')}
          </button>
          {shell.capabilities.reportPdf && (
            <button data-testid="report-pdf" title={t('reportPdfHint')} disabled={saving} onClick={() => void savePdf()}>
              {t('reportPdf')}
            </button>
          )}
          <button data-testid="report-close" onClick={onClose}>
            {t('reportClose')}
          </button>
        </div>
        <iframe
          ref={frame}
          title={title}
          data-user-title=""
          data-testid="report-frame"
          sandbox="allow-same-origin allow-modals"
          srcDoc={srcDoc}
        />
      </div>
    </div>
  );
}
