import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRotatingLog } from '../../../main/node/rotatingLog.ts';

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'lantu-log-')), 'logs');
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

describe('createRotatingLog', () => {
  it('creates the folder and appends timestamped lines with level and detail', () => {
    const log = createRotatingLog({ dir, now: () => new Date('2026-11-27T08:00:00Z') });
    log.write('error', 'Renderer crashed', 'stack line 1\nstack line 2');
    log.write('info', '启动');
    expect(readFileSync(log.currentPath, 'utf8')).toBe(
      '2026-11-27T08:00:00.000Z ERROR Renderer crashed\n  stack line 1\n  stack line 2\n2026-11-27T08:00:00.000Z INFO 启动\n',
    );
  });

  it('rotates by size, keeps at most maxFiles files and drops the oldest', () => {
    const log = createRotatingLog({ dir, maxBytes: 100, maxFiles: 3, now: () => new Date(0) });
    for (let i = 0; i < 12; i++) log.write('info', `line ${String(i).padStart(2, '0')} ${'x'.repeat(30)}`);
    expect(readdirSync(dir).sort()).toEqual(['lantu.1.log', 'lantu.2.log', 'lantu.log']);
    for (const name of readdirSync(dir)) expect(readFileSync(join(dir, name)).byteLength).toBeLessThanOrEqual(100);
    expect(readFileSync(join(dir, 'lantu.log'), 'utf8')).toContain('line 11');
    expect(readFileSync(join(dir, 'lantu.1.log'), 'utf8')).toContain('line 10');
    expect(readFileSync(join(dir, 'lantu.2.log'), 'utf8')).toContain('line 09');
    const all = readdirSync(dir)
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join('');
    expect(all).not.toContain('line 00');
  });

  it('writes a line longer than the limit into a fresh file rather than losing it', () => {
    const log = createRotatingLog({ dir, maxBytes: 50, maxFiles: 2, now: () => new Date(0) });
    log.write('info', 'short');
    log.write('error', 'y'.repeat(200));
    expect(readFileSync(log.currentPath, 'utf8')).toContain('y'.repeat(200));
    expect(readFileSync(join(dir, 'lantu.1.log'), 'utf8')).toContain('short');
    expect(existsSync(join(dir, 'lantu.2.log'))).toBe(false);
  });

  it('escapes line breaks and control characters so a message cannot forge a log entry', () => {
    const log = createRotatingLog({ dir, now: () => new Date('2026-11-27T08:00:00Z') });
    log.write(
      'info',
      'opened a.json\n2026-11-27T08:00:00.000Z ERROR forged\r\u2028x\u001b[31m',
      'at f\n2026-11-27T08:00:00.000Z WARN forged too\rz',
    );
    expect(readFileSync(log.currentPath, 'utf8')).toBe(
      '2026-11-27T08:00:00.000Z INFO opened a.json\\n2026-11-27T08:00:00.000Z ERROR forged\\r\\u2028x\\u001b[31m\n' +
        '  at f\n  2026-11-27T08:00:00.000Z WARN forged too\\rz\n',
    );
    const entries = readFileSync(log.currentPath, 'utf8')
      .split('\n')
      .filter((line) => /^\d{4}-/.test(line));
    expect(entries).toHaveLength(1);
  });
});
