// The browser build's PDF: the sheet goes into the page as a print-only element (hidden on screen; in print, the
// only thing shown, on one page of its paper by `@page`), then the browser's print dialog opens (→ Save as PDF).
// The <style> carries the page's CSP nonce. The sheet stays until `removePrintSheet` (the dialog closing).
import { pageStyleNonce } from '../app/pageStyleNonce.ts';
import { sheetPageCss, type SheetLayout } from '../../engine/mapSheet/index.ts';

const SHEET_ID = 'lantu-print-sheet';
const STYLE_ID = 'lantu-print-sheet-style';

export function removePrintSheet(doc: Document = document): void {
  doc.getElementById(SHEET_ID)?.remove();
  doc.getElementById(STYLE_ID)?.remove();
}

/** Puts the sheet in the page for printing (replacing an earlier one); `print` opens the dialog (window.print). */
export function printSheetInPage(
  svg: string,
  layout: SheetLayout,
  print: () => void = () => window.print(),
  doc: Document = document,
): void {
  removePrintSheet(doc);
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
