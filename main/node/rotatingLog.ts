// Node. An append-only log in the user data folder that rotates by size: `lantu.log` → `lantu.1.log` → …
// up to `maxFiles`, oldest dropped. Writes are synchronous so a line survives a crash right after it.
// Every entry starts a line with its timestamp; text from the page cannot forge one (control characters escaped).
import { appendFileSync, existsSync, mkdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

export interface RotatingLogOptions {
  dir: string;
  baseName?: string;
  maxBytes?: number;
  maxFiles?: number;
  now?: () => Date;
}

export interface RotatingLog {
  readonly dir: string;
  readonly currentPath: string;
  write(level: 'error' | 'warn' | 'info', message: string, detail?: string): void;
}

export function rotatedLogPath(dir: string, baseName: string, index: number): string {
  return join(dir, index === 0 ? `${baseName}.log` : `${baseName}.${index}.log`);
}

// Line breaks of every kind (\r, \n, \u0085, \u2028, \u2029) and other control characters.
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Pure. `text` on one line: control characters written as \n, \r, \t or \u00XX, so no caller can start a forged entry. */
export function escapeLogText(text: string): string {
  return text.replace(CONTROL_CHARS, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

export function createRotatingLog(options: RotatingLogOptions): RotatingLog {
  const baseName = options.baseName ?? 'lantu';
  const maxBytes = options.maxBytes ?? 1_000_000;
  const maxFiles = Math.max(1, options.maxFiles ?? 5);
  const now = options.now ?? (() => new Date());
  const currentPath = rotatedLogPath(options.dir, baseName, 0);

  function rotate(): void {
    const oldest = rotatedLogPath(options.dir, baseName, maxFiles - 1);
    if (existsSync(oldest)) unlinkSync(oldest);
    for (let index = maxFiles - 2; index >= 0; index--) {
      const from = rotatedLogPath(options.dir, baseName, index);
      if (existsSync(from)) renameSync(from, rotatedLogPath(options.dir, baseName, index + 1));
    }
  }

  return {
    dir: options.dir,
    currentPath,
    write(level, message, detail) {
      // The detail (a stack trace) keeps its own lines, each indented under the entry and escaped like the message.
      const detailLines = detail
        ? detail
            .split(/\r\n|\n/)
            .map((line) => `\n  ${escapeLogText(line)}`)
            .join('')
        : '';
      const body = `${escapeLogText(message)}${detailLines}`;
      const line = `${now().toISOString()} ${level.toUpperCase()} ${body}\n`;
      mkdirSync(options.dir, { recursive: true });
      const size = existsSync(currentPath) ? statSync(currentPath).size : 0;
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
      appendFileSync(currentPath, line, 'utf8');
    },
  };
}
