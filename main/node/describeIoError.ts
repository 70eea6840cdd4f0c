import { say } from '../i18n/index.ts';
// Pure. Turns a Node file-system error into a bilingual one-line message naming the file (no stack trace,
// no raw English from Node in the Chinese). Shared by the CLI and the desktop shell.
export function describeIoError(error: unknown, file: string): { zh: string; en: string } {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      if ((error as { writing?: unknown }).writing === true) return say('node.describeIoError.describeIoError', { file });
      return say('node.describeIoError.describeIoError-2', { file });
    case 'EISDIR':
      return say('node.describeIoError.describeIoError-3', { file });
    case 'EACCES':
    case 'EPERM':
      return say('node.describeIoError.describeIoError-4', { file });
    case 'ENOSPC':
    case 'EDQUOT':
      return say('node.describeIoError.describeIoError-5', { file });
    case 'EFBIG':
      return say('node.describeIoError.describeIoError-6', { file });
    case 'EROFS':
      return say('node.describeIoError.describeIoError-7', { file });
    case 'ENOTDIR':
      return say('node.describeIoError.describeIoError-8', { file });
    case 'EMFILE':
    case 'ENFILE':
      return say('node.describeIoError.describeIoError-9', { file });
    default:
      return say('node.describeIoError.other', { file, code: code ?? say('node.describeIoError.unknownError') });
  }
}
