import { describe, expect, it } from 'vitest';
import { validateIpcRequest } from '../../../../engine/ipc/index.ts';
import { reportPdfName } from '../../../../renderer/services/platform/reportPdfName.ts';

describe('reportPdfName', () => {
  it('names the PDF after the project in the UI language, and main accepts the name', () => {
    expect(reportPdfName('济源光伏', 'zh')).toBe('合规性审查报告-济源光伏.pdf');
    expect(reportPdfName('济源光伏', 'en')).toBe('compliance-review-济源光伏.pdf');
    for (const language of ['zh', 'en'] as const) {
      for (const title of ['a/b\\c:d*e?"<>|', '', ' ', 'x'.repeat(400), '..']) {
        const name = reportPdfName(title, language);
        expect(validateIpcRequest('saveReportPdf', { suggestedName: name, html: '<p>x</p>' }).ok, name).toBe(true);
      }
    }
    expect(reportPdfName('a/b', 'zh')).toBe('合规性审查报告-a_b.pdf');
    expect(reportPdfName(' ', 'zh')).toBe('合规性审查报告-项目.pdf');
    expect(reportPdfName('', 'en')).toBe('compliance-review-project.pdf');
  });
});
