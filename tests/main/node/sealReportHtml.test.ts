import { describe, expect, it } from 'vitest';
import { REPORT_PDF_CSP, sealReportHtml } from '../../../main/node/sealReportHtml.ts';

const META = `<meta http-equiv="Content-Security-Policy" content="${REPORT_PDF_CSP}">`;

describe('sealReportHtml', () => {
  it('puts the no-fetch, no-script CSP first inside <head>', () => {
    expect(sealReportHtml('<!DOCTYPE html><html lang="zh"><head lang="zh"><title>报告</title></head><body></body></html>')).toBe(
      `<!DOCTYPE html><html lang="zh"><head lang="zh">${META}<title>报告</title></head><body></body></html>`,
    );
  });

  it('puts it after the doctype, or first, when the HTML has no <head>', () => {
    expect(sealReportHtml('<!doctype html><p>x</p>')).toBe(`<!doctype html>${META}<p>x</p>`);
    expect(sealReportHtml('<p>x</p>')).toBe(`${META}<p>x</p>`);
  });

  it('allows only inline styles and data: images and fonts', () => {
    expect(REPORT_PDF_CSP).toContain("default-src 'none'");
    expect(REPORT_PDF_CSP).toContain("script-src 'none'");
    expect(REPORT_PDF_CSP).not.toMatch(/https?:|file:|\*/);
  });
});
