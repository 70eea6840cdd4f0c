// The browser build's PDF: the sheet goes into the page as a print-only element (hidden on screen; in print, the
// only thing shown, on one page of its paper by `@page`), then the browser's print dialog opens (→ Save as PDF).
// The <style> carries the page's CSP nonce. The map is a blob: URL, decoded before the dialog opens so the print
// shows it; the sheet and its URL stay until `removePrintSheet` (the dialog closing).
import { pageStyleNonce } from '../app/pageStyleNonce.ts';
import { sheetPageCss } from '../../engine/mapSheet/index.ts';
import type { PageSheet } from './renderMapSheet.ts';

const SHEET_ID = 'lantu-print-sheet';
const STYLE_ID = 'lantu-print-sheet-style';
let sheetMapUrl: string | null = null;

export function removePrintSheet(doc: Document = document): void {
  doc.getElementById(SHEET_ID)?.remove();
  doc.getElementById(STYLE_ID)?.remove();
  if (sheetMapUrl) URL.revokeObjectURL(sheetMapUrl);
  sheetMapUrl = null;
}

/** Puts the sheet in the page for printing (replacing an earlier one); `print` opens the dialog (window.print). */
export async function printSheetInPage(
  { svg, layout, mapUrl }: PageSheet,
  signal?: AbortSignal,
  print: () => void = () => window.print(),
  doc: Document = document,
): Promise<void> {
  removePrintSheet(doc);
  sheetMapUrl = mapUrl;
  // Decoded off the page's thread now, so the print does not meet an image still loading.
  const image = new Image();
  image.src = mapUrl;
  await image.decode();
  // The dialog closed (or 取消) while it decoded: the sheet is not wanted any more.
  if (signal?.aborted) {
    removePrintSheet(doc);
    throw new DOMException('cancelled', 'AbortError');
  }
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  const nonce = pageStyleNonce(doc);
  if (nonce) style.nonce = nonce;
  style.textContent =
    `@media screen { #${SHEET_ID} { display: none; } } ` +
    `@media print { body > *:not(#${SHEET_ID}) { display: none !important; } html, body { margin: 0; padding: 0; background: #ffffff; } } ` +
    sheetPageCss(layout, `#${SHEET_ID}`);
  const sheet = doc.createElement('div');
  sheet.id = SHEET_ID;
  sheet.setAttribute('data-testid', 'print-sheet');
  sheet.innerHTML = svg;
  doc.head.append(style);
  doc.body.append(sheet);
  print();
}
