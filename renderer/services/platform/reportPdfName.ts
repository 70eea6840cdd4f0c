// The suggested file name of a 合规性审查报告 PDF: the report's title (the project's XMMC) made safe for the
// save dialog — main refuses names with path separators or reserved characters — and kept under 255 characters.
export function reportPdfName(title: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .trim()
    .slice(0, 200);
  return `合规性审查报告-${safe || '项目'}.pdf`;
}
