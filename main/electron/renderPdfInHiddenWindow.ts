// Electron. The `renderPdf` port: loads sealed report HTML (sealReportHtml) from a private temporary file into
// a hidden, sandboxed window with JavaScript off, prints it to an A4 PDF (the report's own @page CSS wins) and
// destroys the window. Its security settings are written literally here, like the main window's.
import { BrowserWindow } from 'electron';
import { withTemporaryHtmlFile } from '../node/withTemporaryHtmlFile.ts';

/** A report that has not printed after this long is given up (the window is destroyed, the save fails). */
export const PDF_RENDER_TIMEOUT_MS = 120_000;

export function renderPdfInHiddenWindow(html: string): Promise<Uint8Array> {
  return withTemporaryHtmlFile(html, async (path) => {
    const window = new BrowserWindow({
      show: false,
      width: 794,
      height: 1123,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        javascript: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        safeDialogs: true,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the report did not print within ${PDF_RENDER_TIMEOUT_MS / 1000} s`)),
          PDF_RENDER_TIMEOUT_MS,
        );
      });
      const print = (async () => {
        await window.loadFile(path);
        return window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
      })();
      const pdf = await Promise.race([print, timeout]);
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      if (!window.isDestroyed()) window.destroy();
    }
  });
}
