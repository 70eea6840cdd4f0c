// The 合规性审查报告 viewer: the report's HTML (engine, with its own print CSS for A4) in a sandboxed frame —
// no scripts run in it; same-origin only so 打印 can call the frame's print(). The frame inherits the app's
// CSP, so the report's <style> blocks get the page's style nonce. The desktop app also offers a PDF
// (Electron printToPDF through the platform) when the platform has it.
import { useMemo, useRef } from 'react';
import { useT } from '../../app/StoreContext.tsx';

/** The page's CSP style nonce (Vite writes it into `<meta property="csp-nonce">`; browsers hide the attribute
 *  after parsing, so it is read from the `nonce` property), or '' when there is none. */
function styleNonce(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  return meta?.nonce || meta?.getAttribute('nonce') || '';
}

export function withStyleNonce(html: string, nonce: string): string {
  return nonce ? html.replace(/<style(\s|>)/g, `<style nonce="${nonce}"$1`) : html;
}

export function ReportDialog({ title, html, onClose, onPdf }: { title: string; html: string; onClose: () => void; onPdf?: () => void }) {
  const t = useT();
  const frame = useRef<HTMLIFrameElement>(null);
  const srcDoc = useMemo(() => withStyleNonce(html, styleNonce()), [html]);
  return (
    <div className="import-backdrop" role="dialog" aria-modal="true" data-testid="report-dialog">
      <div className="import-dialog report-dialog">
        <div className="import-actions">
          <h2 className="report-title">{t('reportTitle')} · {title}</h2>
          <button data-testid="report-print" onClick={() => frame.current?.contentWindow?.print()}>{t('reportPrint')}</button>
          {onPdf && <button data-testid="report-pdf" onClick={onPdf}>{t('reportPdf')}</button>}
          <button data-testid="report-close" onClick={onClose}>{t('reportClose')}</button>
        </div>
        <iframe ref={frame} title={title} data-testid="report-frame" sandbox="allow-same-origin allow-modals" srcDoc={srcDoc} />
      </div>
    </div>
  );
}
