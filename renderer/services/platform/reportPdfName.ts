// The suggested file name of a 合规性审查报告 PDF, in the UI's language: the report's title (the project's XMMC) made
// safe for the save dialog — main refuses names with path separators or reserved characters — and kept under 255 characters.
import type { Language } from '../../i18n/dictionary.ts';
import { message } from '../../i18n/message.ts';

export function reportPdfName(title: string, language: Language): string {
  const safe = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .trim()
    .slice(0, 200);
  return message(language, 'fileNameReportPdf', { project: safe || message(language, 'fileNameUntitledProject') });
}
