import { describe, expect, it } from 'vitest';
import { extensionOf, fileKindOf, PLAN_FILE_EXTENSIONS } from '../../../engine/ipc/index.ts';

describe('fileKindOf', () => {
  it('tells plan formats and workspaces apart by extension, whatever the case', () => {
    expect(fileKindOf('/data/规划.GeoJSON')).toBe('geojson');
    expect(fileKindOf('plan.json')).toBe('geojson');
    expect(fileKindOf('plan.zip')).toBe('shapefile-zip');
    expect(fileKindOf('GHYDYH.DBF')).toBe('shapefile-part');
    expect(fileKindOf('plan.gpkg')).toBe('geopackage');
    expect(fileKindOf('济源.lantu')).toBe('workspace');
  });

  it('gives undefined for files Lantu does not open and for names without an extension', () => {
    expect(fileKindOf('notes.txt')).toBeUndefined();
    expect(fileKindOf('.geojson')).toBeUndefined();
    expect(fileKindOf('README')).toBeUndefined();
    expect(extensionOf('.lantu')).toBe('');
  });

  it('lists every plan extension and leaves the workspace out', () => {
    expect(PLAN_FILE_EXTENSIONS).toEqual(['json', 'geojson', 'zip', 'shp', 'dbf', 'shx', 'prj', 'cpg', 'gpkg']);
  });
});
