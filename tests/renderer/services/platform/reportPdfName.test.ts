import { describe, expect, it } from 'vitest';
import { validateIpcRequest } from '../../../../engine/ipc/index.ts';
import { reportPdfName } from '../../../../renderer/services/platform/reportPdfName.ts';

describe('reportPdfName', () => {
  it('names the PDF after the project, and main accepts the name', () => {
    expect(reportPdfName('济源光伏')).toBe('合规性审查报告-济源光伏.pdf');
    for (const title of ['a/b\\c:d*e?"<>|', '', ' ', 'x'.repeat(400), '..']) {
      const name = reportPdfName(title);
      expect(validateIpcRequest('saveReportPdf', { suggestedName: name, html: '<p>x</p>' }).ok, name).toBe(true);
    }
    expect(reportPdfName('a/b')).toBe('合规性审查报告-a_b.pdf');
  });
});
