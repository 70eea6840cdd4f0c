import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withTemporaryHtmlFile } from '../../../main/node/withTemporaryHtmlFile.ts';

let base: string;
beforeEach(() => void (base = mkdtempSync(join(tmpdir(), 'lantu-tmphtml-'))));
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('withTemporaryHtmlFile', () => {
  it('hands over a private UTF-8 file with the HTML and removes its folder afterwards', async () => {
    let seen = '';
    const result = await withTemporaryHtmlFile(
      '<p>济源光伏</p>',
      async (path) => {
        seen = path;
        expect(readFileSync(path, 'utf8')).toBe('<p>济源光伏</p>');
        if (process.platform !== 'win32') expect(statSync(path).mode & 0o077).toBe(0);
        return 42;
      },
      base,
    );
    expect(result).toBe(42);
    expect(existsSync(seen)).toBe(false);
    expect(readdirSync(base)).toEqual([]);
  });

  it('removes the folder when the use fails, and passes the failure on', async () => {
    await expect(withTemporaryHtmlFile('<p>x</p>', async () => Promise.reject(new Error('render failed')), base)).rejects.toThrow(
      'render failed',
    );
    expect(readdirSync(base)).toEqual([]);
  });
});
