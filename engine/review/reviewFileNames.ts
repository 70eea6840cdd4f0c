// Pure. The suggested names of the files that travel between the coordinator and the departments:
// `征求意见-<XMMC>-<部门简称>.json` and `部门意见-<XMMC>-<部门简称>.json`, safe on Windows, macOS and Linux.

/** Characters no file system accepts (and control characters) become `_`; the name is kept to 60 characters. */
export function safeFileNamePart(text: string): string {
  const cleaned = text
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return (cleaned === '' ? '_' : cleaned).slice(0, 60);
}

export function consultationFileName(projectName: string, departmentShortName: string): string {
  return `征求意见-${safeFileNamePart(projectName)}-${safeFileNamePart(departmentShortName)}.json`;
}

export function opinionFileName(projectName: string, departmentShortName: string): string {
  return `部门意见-${safeFileNamePart(projectName)}-${safeFileNamePart(departmentShortName)}.json`;
}
