import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesFromArgv, secondInstanceHandover } from '../../../main/node/secondInstanceHandover.ts';

describe('filesFromArgv', () => {
  it('skips the executable and flags in a packaged app and resolves paths against the launch folder', () => {
    expect(
      filesFromArgv(['/opt/lantu/lantu', '--allow-file-access-from-files', 'a.geojson', '/data/b.lantu'], '/home/zhang', true),
    ).toEqual(['/home/zhang/a.geojson', '/data/b.lantu']);
  });

  it('also skips the app path when run as `electron .`', () => {
    expect(filesFromArgv(['/usr/bin/electron', '.', '/data/plan.gpkg'], '/home/zhang', false)).toEqual(['/data/plan.gpkg']);
    expect(filesFromArgv(['/usr/bin/electron', '--inspect', '.', '--lang=en'], '/home/zhang', false)).toEqual([]);
  });

  it('ignores URLs', () => {
    expect(filesFromArgv(['lantu', 'https://example.com/x.geojson'], '/', true)).toEqual([]);
  });
});

describe('secondInstanceHandover', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lantu-second-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('focuses the running window and opens the files the second launch was given', async () => {
    writeFileSync(join(dir, '交通.geojson'), '{}');
    const handover = await secondInstanceHandover(['/opt/lantu/lantu', '交通.geojson', 'notes.txt'], dir, { isPackaged: true });
    expect(handover.focusWindow).toBe(true);
    expect(handover.accepted.map((a) => a.path)).toEqual([join(dir, '交通.geojson')]);
    expect(handover.rejected.map((r) => r.name)).toEqual(['notes.txt']);
  });

  it('only focuses when the second launch had no files', async () => {
    const handover = await secondInstanceHandover(['/opt/lantu/lantu'], dir, { isPackaged: true });
    expect(handover).toEqual({ focusWindow: true, accepted: [], rejected: [] });
  });
});
