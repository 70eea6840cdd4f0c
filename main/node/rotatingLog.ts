// Node. An append-only log in the user data folder that rotates by size: `lantu.log` → `lantu.1.log` → …
// up to `maxFiles`, oldest dropped. Writes are synchronous so a line survives a crash right after it.
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
      const body = detail ? `${message}\n  ${detail.replace(/\n/g, '\n  ')}` : message;
      const line = `${now().toISOString()} ${level.toUpperCase()} ${body}\n`;
      mkdirSync(options.dir, { recursive: true });
      const size = existsSync(currentPath) ? statSync(currentPath).size : 0;
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
      appendFileSync(currentPath, line, 'utf8');
    },
  };
}
