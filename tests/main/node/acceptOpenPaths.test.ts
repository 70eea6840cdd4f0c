import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acceptOpenPaths, pathFromFileUrl } from '../../../main/node/acceptOpenPaths.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-drop-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('acceptOpenPaths (dropped files, command line, second launch)', () => {
  it('accepts plan formats and workspaces in order, once each, with kind and size', async () => {
    writeFileSync(join(dir, '用地.geojson'), '{}');
    writeFileSync(join(dir, 'roads.SHP'), 'abc');
    writeFileSync(join(dir, 'eco.gpkg'), 'abcd');
    writeFileSync(join(dir, '济源.lantu'), 'abcde');
    const result = await acceptOpenPaths([
      join(dir, '用地.geojson'),
      join(dir, 'roads.SHP'),
      join(dir, 'eco.gpkg'),
      join(dir, '济源.lantu'),
      join(dir, '用地.geojson'),
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.accepted.map(({ name, kind, sizeBytes }) => ({ name, kind, sizeBytes }))).toEqual([
      { name: '用地.geojson', kind: 'geojson', sizeBytes: 2 },
      { name: 'roads.SHP', kind: 'shapefile-part', sizeBytes: 3 },
      { name: 'eco.gpkg', kind: 'geopackage', sizeBytes: 4 },
      { name: '济源.lantu', kind: 'workspace', sizeBytes: 5 },
    ]);
  });

  it('rejects other formats, folders and missing files with a Chinese reason naming the file', async () => {
    writeFileSync(join(dir, 'report.docx'), 'x');
    mkdirSync(join(dir, 'folder.zip'));
    const result = await acceptOpenPaths([join(dir, 'report.docx'), join(dir, 'folder.zip'), join(dir, 'gone.geojson')]);
    expect(result.accepted).toEqual([]);
    expect(result.rejected).toEqual([
      {
        name: 'report.docx',
        reason:
          'report.docx：应为规划文档（.json、.geojson）、Shapefile 文件组或压缩包（.shp/.dbf/.shx/.prj/.cpg、.zip）、GeoPackage（.gpkg）或工作空间（.lantu）',
      },
      { name: 'folder.zip', reason: `${join(dir, 'folder.zip')} 是文件夹，请拖入其中的文件` },
      { name: 'gone.geojson', reason: `${join(dir, 'gone.geojson')} 不存在` },
    ]);
  });

  it('gives reasons in English when asked', async () => {
    const result = await acceptOpenPaths([join(dir, 'gone.geojson')], 'en');
    expect(result.rejected[0]?.reason).toBe(`${join(dir, 'gone.geojson')} does not exist`);
  });
});

describe('pathFromFileUrl (a file dropped where the page did not catch it)', () => {
  it('decodes POSIX and Windows file URLs and ignores other schemes', () => {
    expect(pathFromFileUrl('file:///home/zhang/%E6%B5%8E%E6%BA%90.lantu', 'linux')).toBe('/home/zhang/济源.lantu');
    expect(pathFromFileUrl('file:///C:/Users/zhang/plan%20a.geojson', 'win32')).toBe('C:\\Users\\zhang\\plan a.geojson');
    expect(pathFromFileUrl('file://server/share/a.gpkg', 'win32')).toBe('\\\\server\\share\\a.gpkg');
    expect(pathFromFileUrl('https://example.com/a.geojson', 'linux')).toBeUndefined();
    expect(pathFromFileUrl('not a url', 'linux')).toBeUndefined();
  });
});
