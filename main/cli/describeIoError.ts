// Turns a Node file-system error into a bilingual one-line message (no stack trace).
export function describeIoError(error: unknown, file: string): { zh: string; en: string } {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return { zh: `找不到文件 ${file}`, en: `no such file: ${file}` };
    case 'EISDIR':
      return { zh: `${file} 是目录，不是文件`, en: `${file} is a directory, not a file` };
    case 'EACCES':
    case 'EPERM':
      return { zh: `没有权限读写 ${file}`, en: `permission denied: ${file}` };
    default:
      return { zh: `无法读写 ${file}（${code ?? '未知错误'}）`, en: `cannot read or write ${file} (${code ?? 'unknown error'})` };
  }
}
