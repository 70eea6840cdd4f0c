// Pure (used by main). Puts a Content-Security-Policy <meta> at the top of a report's HTML
// before main renders it: the report is self-contained (inline styles, inline SVG, data: images), so the
// hidden print window may fetch nothing at all — no network, no file://, no script — whatever the HTML holds.
export const REPORT_PDF_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; script-src 'none'; form-action 'none'; base-uri 'none'";

export function sealReportHtml(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${REPORT_PDF_CSP}">`;
  // Right after <head> when there is one (a <meta> CSP only counts inside head); else before everything,
  // where the parser opens an implied head for it.
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  return doctype ? doctype[0] + meta + html.slice(doctype[0].length) : meta + html;
}
