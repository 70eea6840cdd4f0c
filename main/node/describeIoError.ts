// Pure. Turns a Node file-system error into a bilingual one-line message naming the file (no stack trace,
// no raw English from Node in the Chinese). Shared by the CLI and the desktop shell.
export function describeIoError(error: unknown, file: string): { zh: string; en: string } {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      if ((error as { writing?: unknown }).writing === true)
        return { zh: `无法写入 ${file}：所在的文件夹不存在`, en: `cannot write ${file}: its folder does not exist` };
      return { zh: `找不到文件 ${file}`, en: `no such file: ${file}` };
    case 'EISDIR':
      return { zh: `${file} 是目录，不是文件`, en: `${file} is a directory, not a file` };
    case 'EACCES':
    case 'EPERM':
      return { zh: `没有权限读写 ${file}`, en: `permission denied: ${file}` };
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        zh: `磁盘空间不足，无法写入 ${file}（原有文件未改动）`,
        en: `no space left to write ${file} (the existing file is unchanged)`,
      };
    case 'EFBIG':
      return {
        zh: `${file} 超过系统允许的文件大小，无法写入（原有文件未改动）`,
        en: `${file} would exceed the allowed file size (the existing file is unchanged)`,
      };
    case 'EROFS':
      return { zh: `${file} 所在的磁盘为只读，无法写入`, en: `${file} is on a read-only file system` };
    case 'ENOTDIR':
      return { zh: `${file} 的上级路径不是目录`, en: `a parent of ${file} is not a directory` };
    case 'EMFILE':
    case 'ENFILE':
      return { zh: `打开的文件过多，无法读写 ${file}`, en: `too many open files to read or write ${file}` };
    default:
      return { zh: `无法读写 ${file}（${code ?? '未知错误'}）`, en: `cannot read or write ${file} (${code ?? 'unknown error'})` };
  }
}
