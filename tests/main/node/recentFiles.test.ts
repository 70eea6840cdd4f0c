import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addRecentFile, loadRecentFiles, removeRecentFile, saveRecentFiles, type RecentEntry } from '../../../main/node/recentFiles.ts';

const entry = (path: string, openedAt = '2026-11-27T08:00:00Z'): RecentEntry => ({ path, kind: 'geojson', openedAt });

describe('recent files', () => {
  it('puts the newest first, without duplicates, and keeps at most the limit', () => {
    let list: RecentEntry[] = [];
    for (let i = 0; i < 12; i++) list = addRecentFile(list, entry(`/plans/p${i}.geojson`));
    list = addRecentFile(list, entry('/plans/p5.geojson', 'later'));
    expect(list).toHaveLength(10);
    expect(list[0]).toEqual(entry('/plans/p5.geojson', 'later'));
    expect(list.filter((e) => e.path === '/plans/p5.geojson')).toHaveLength(1);
    expect(list.map((e) => e.path)).not.toContain('/plans/p0.geojson');
  });

  it('treats paths differing only in case as the same file on Windows, not on Linux', () => {
    const list = [entry('C:\\Plans\\A.geojson')];
    expect(addRecentFile(list, entry('c:\\plans\\a.geojson'), { platform: 'win32' })).toHaveLength(1);
    expect(addRecentFile(list, entry('c:\\plans\\a.geojson'), { platform: 'linux' })).toHaveLength(2);
  });

  it('does not mutate the list it is given', () => {
    const list = Object.freeze([entry('/a.geojson')]);
    expect(addRecentFile(list, entry('/b.geojson')).map((e) => e.path)).toEqual(['/b.geojson', '/a.geojson']);
    expect(removeRecentFile(list, '/a.geojson')).toEqual([]);
    expect(list).toHaveLength(1);
  });

  describe('persistence', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'lantu-recent-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('saves and loads, dropping malformed entries and kinds Lantu does not open', async () => {
      const path = join(dir, 'recent.json');
      await saveRecentFiles(path, [entry('/a.geojson'), { path: '/w.lantu', kind: 'workspace', openedAt: 'x' }]);
      expect(await loadRecentFiles(path)).toEqual([entry('/a.geojson'), { path: '/w.lantu', kind: 'workspace', openedAt: 'x' }]);
      writeFileSync(path, JSON.stringify([entry('/a.geojson'), { path: '/evil.exe', kind: 'geojson', openedAt: 'x' }, { path: 3 }, null]));
      expect(await loadRecentFiles(path)).toEqual([entry('/a.geojson')]);
      writeFileSync(path, 'garbage');
      expect(await loadRecentFiles(path)).toEqual([]);
    });
  });
});
