// Pure. buildSheetHtml(svg, layout, title) → a self-contained HTML page holding the sheet SVG on one page of its
// paper (`@page` size and no margins): what printToPDF renders on the desktop and what a browser prints. It
// fetches nothing (the map is a data: image), so main's report CSP (img-src data:) lets it print.
import { escapeHtml } from '../package/escapeHtml.ts';
import type { SheetLayout } from './sheetLayout.ts';

/** The `@page` and sizing rules of a sheet: the browser print path puts the same rules in the page. */
export function sheetPageCss(layout: SheetLayout, selector: string): string {
  // The SVG is a hair shorter than the page so rounding never spills a blank second page.
  return (
    `@page { size: ${layout.paper} ${layout.orientation}; margin: 0; } ` +
    `${selector} { margin: 0; padding: 0; } ` +
    `${selector} svg { display: block; width: ${layout.widthMm}mm; height: ${layout.heightMm - 0.5}mm; }`
  );
}

export function buildSheetHtml(svg: string, layout: SheetLayout, title: string, language: 'zh' | 'en'): string {
  return [
    '<!doctype html>',
    `<html lang="${language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`,
    `<style>html { margin: 0; padding: 0; } ${sheetPageCss(layout, 'body')}</style>`,
    '</head><body>',
    svg,
    '</body></html>',
  ].join('\n');
}
