// sourceFromPickedFiles: the files chosen in the import dialog become one ImportSource, or a refusal worded in
// both languages (from the catalogue) that names the file.
import { describe, expect, it } from 'vitest';
import { sourceFromPickedFiles } from '../../../../renderer/services/import/sourceFromPickedFiles.ts';
import type { PickedFile } from '../../../../renderer/services/platform/types.ts';

const picked = (name: string, kind: PickedFile['kind']): PickedFile => ({
  name,
  kind,
  sizeBytes: 3,
  read: async () => new Uint8Array([1, 2, 3]),
});

describe('sourceFromPickedFiles', () => {
  it('reads one GeoJSON file and the loose members of a Shapefile chosen together', async () => {
    const one = await sourceFromPickedFiles([picked('land.geojson', 'geojson')]);
    expect(one.ok && one.source.format).toBe('geojson');
    const shp = await sourceFromPickedFiles([picked('gyxm.dbf', 'shapefile-part'), picked('gyxm.shp', 'shapefile-part')]);
    expect(shp.ok && shp.source.format === 'shapefile' && shp.source.file).toBe('gyxm.shp');
  });

  it('refuses no file, two files and a file of another kind, naming the file', async () => {
    expect(await sourceFromPickedFiles([])).toEqual({ ok: false, reason: { zh: '没有选择文件', en: 'no file chosen' } });
    const two = await sourceFromPickedFiles([picked('a.geojson', 'geojson'), picked('b.geojson', 'geojson')]);
    expect(two.ok || two.reason.zh).toBe('一次只能导入一个文件（Shapefile 的 .shp/.shx/.dbf/.prj/.cpg 可一起选择）');
    expect(two.ok || two.reason.en).toBe(
      'import one file at a time (the .shp/.shx/.dbf/.prj/.cpg of one Shapefile may be chosen together)',
    );
    expect(await sourceFromPickedFiles([picked('说明.docx', undefined)])).toEqual({
      ok: false,
      reason: {
        zh: '说明.docx 不是可导入的规划文件（GeoJSON、Shapefile、GeoPackage）',
        en: '说明.docx is not an importable plan file (GeoJSON, Shapefile, GeoPackage)',
      },
    });
  });
});
