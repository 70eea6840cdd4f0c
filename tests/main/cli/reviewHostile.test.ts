// `lantu review` given hostile or mislabelled input: each case ends with a message naming the file, the 地块 and the
// field, exit 1 (bad input) and nothing written; names carrying terminal control characters are printed escaped.
// Every case here fails while reading the boundary, so no blueprint is built (the plans are never read).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLantuInProcess } from './runLantuInProcess.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const SITE = readFileSync(join(root, 'tests', 'fixtures', 'review', 'farmland-site.txt'), 'utf8');
const PLAN = join(root, 'seeds', 'jiyuan', 'land.json');

let dir: string;
const lantu = (...args: string[]) => runLantuInProcess(dir, args);
const outputs = ['--report', 'out.html', '--csv', 'out.csv', '--json', 'out.json'];
const nothingWritten = () => ['out.html', 'out.csv', 'out.json'].every((f) => !existsSync(join(dir, f)));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-review-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lantu review on hostile input', () => {
  it('prints terminal control characters of a 地块编号 escaped, never raw', async () => {
    // ESC [2J clears the screen, OSC 0 retitles the window, BEL rings, BS hides the text before it.
    const id = '\u001b[2J\u001b]0;pwned\u0007JY\b\b';
    writeFileSync(join(dir, 'esc.txt'), SITE.replace('JY-2026-01', id).replace('J2,1,3875581.863', 'J2,1,38755x1.863'));
    const run = await lantu('review', 'esc.txt', PLAN, '--xmlx', '工业', ...outputs);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('编号 \\x1b[2J\\x1b]0;pwned\\x07JY\\x08\\x08');
    expect(run.stderr).toContain('X“38755x1.863”不是数字');
    expect(run.stderr + run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(nothingWritten()).toBe(true);
  });
});
