// Pure. readShapefile(files, label, options) → SourceRead. Takes the Shapefile's member files by name (from
// a zip or a loose set chosen together: .shp .shx .dbf, optional .prj .cpg); decodes attributes with the
// chosen encoding and reads the CRS declaration from the .prj. Throws ImportFailure on unusable input.
import { say } from '../../i18n/index.ts';
import { fail, importIssue } from '../importFailure.ts';
import { parsePrjWkt } from '../crs/parsePrjWkt.ts';
import { decodeText } from '../text/decodeText.ts';
import type { DeclaredCrs, ImportIssue, SourceFeature, SourceRead, TextEncodingName } from '../types.ts';
import { chooseDbfEncoding } from './chooseDbfEncoding.ts';
import { nonAsciiTextCells, decodeDbfRecords, readDbf } from './readDbf.ts';
import { encodingRemedy, type ImportAudience } from '../remedyWording.ts';
import { readShpRecords } from './readShpRecords.ts';

export interface ShapefileOptions {
  encoding?: TextEncodingName;
  /** Base name of the .shp to read when the set holds several. */
  sourceLayer?: string;
  /** Plan layer code: a .shp of that name is chosen when the set holds several. */
  targetLayer?: string;
  /** Who reads the messages (CLI flags or the dialog's fields in the fix). */
  audience?: ImportAudience;
}

function baseName(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop()!;
}

export function readShapefile(files: ReadonlyMap<string, Uint8Array>, label: string, options: ShapefileOptions = {}): SourceRead {
  const byExt = new Map<string, Map<string, { name: string; bytes: Uint8Array }>>();
  for (const [path, bytes] of files) {
    const name = baseName(path);
    const m = /^(.*)\.([^.]+)$/.exec(name);
    if (!m) continue;
    const ext = m[2]!.toLowerCase();
    if (!byExt.has(ext)) byExt.set(ext, new Map());
    byExt.get(ext)!.set(m[1]!.toLowerCase(), { name, bytes });
  }
  const shps = [...(byExt.get('shp')?.keys() ?? [])].sort();
  if (shps.length === 0) {
    fail('shp-missing', say('import.readShapefile.shp-missing', { label }), { file: label });
  }
  let stem: string;
  if (options.sourceLayer !== undefined) {
    const wanted = options.sourceLayer.toLowerCase().replace(/\.shp$/, '');
    if (!shps.includes(wanted)) {
      fail(
        'shp-layer-missing',
        say('import.readShapefile.shp-layer-missing', {
          label,
          sourceLayer: options.sourceLayer,
          layers: { zh: shps.join('、'), en: shps.join(', ') },
        }),
        { file: label },
      );
    }
    stem = wanted;
  } else if (shps.length > 1 && options.targetLayer !== undefined && shps.includes(options.targetLayer.toLowerCase())) {
    stem = options.targetLayer.toLowerCase();
  } else if (shps.length > 1) {
    fail(
      'shp-layer-ambiguous',
      say('import.readShapefile.shp-layer-ambiguous', { label, layers: { zh: shps.join('、'), en: shps.join(', ') } }),
      { file: label },
    );
  } else {
    stem = shps[0]!;
  }
  const shp = byExt.get('shp')!.get(stem)!;
  const part = (ext: string) => byExt.get(ext)?.get(stem);
  const shx = part('shx');
  const dbf = part('dbf');
  for (const [ext, got] of [
    ['shx', shx],
    ['dbf', dbf],
  ] as const) {
    if (!got) {
      fail(`${ext}-missing`, say('import.readShapefile.companion-missing', { shp: shp.name, ext, stem }), { file: shp.name });
    }
  }
  const issues: ImportIssue[] = [];
  const records = readShpRecords(shp.bytes, shx!.bytes, shp.name);
  const table = readDbf(dbf!.bytes, dbf!.name);
  if (table.recordCount !== records.geometries.length) {
    fail(
      'shp-dbf-count-mismatch',
      say('import.readShapefile.shp-dbf-count-mismatch', {
        shp: shp.name,
        shapes: records.geometries.length,
        dbf: dbf!.name,
        recordCount: table.recordCount,
      }),
      { file: shp.name },
    );
  }
  const cpg = part('cpg');
  const cpgText = cpg ? (decodeText(cpg.bytes, 'utf-8', false) ?? undefined) : undefined;
  const encoding = chooseDbfEncoding(table, cpgText, options.encoding);
  if (encoding.encoding !== 'utf-8' && encoding.source !== 'user') {
    let cells = 0;
    let utf8 = 0;
    for (const cell of nonAsciiTextCells(table)) {
      cells++;
      if (decodeText(cell.bytes, 'utf-8', true) !== null) utf8++;
      if (cells >= 200) break;
    }
    if (cells > 0 && utf8 === cells) {
      issues.push(
        importIssue(
          'dbf-encoding-suspect',
          'quality',
          say('import.readShapefile.dbf-encoding-suspect', {
            dbf: dbf!.name,
            encoding: encoding.encoding.toUpperCase(),
            detail: encoding.detail,
            remedy: encodingRemedy(options.audience, 'utf-8'),
          }),
          { file: dbf!.name },
        ),
      );
    }
  }
  const decoded = decodeDbfRecords(table, encoding.encoding, dbf!.name, options.audience);
  if (records.hadZOrM) {
    issues.push(importIssue('shp-z-dropped', 'info', say('import.readShapefile.shp-z-dropped', { shp: shp.name }), { file: shp.name }));
  }
  const features: SourceFeature[] = [];
  let deletedCount = 0;
  for (let i = 0; i < records.geometries.length; i++) {
    if (decoded.deleted[i]) {
      deletedCount++;
      continue;
    }
    features.push({ index: i, geometry: records.geometries[i]!, properties: decoded.records[i]! });
  }
  if (deletedCount > 0) {
    issues.push(
      importIssue('dbf-deleted-rows', 'info', say('import.readShapefile.dbf-deleted-rows', { dbf: dbf!.name, deletedCount }), {
        file: dbf!.name,
      }),
    );
  }
  let declaredCrs: DeclaredCrs | null = null;
  const prj = part('prj');
  if (prj) {
    const wkt = decodeText(prj.bytes, 'utf-8', false) ?? '';
    const parsed = parsePrjWkt(wkt);
    declaredCrs = parsed.ok ? { epsg: parsed.epsg, raw: wkt.trim(), from: 'prj' } : { raw: wkt.trim(), from: 'prj' };
  }
  return {
    format: 'shapefile',
    file: shp.name,
    features,
    fields: decoded.fieldNames,
    declaredCrs,
    encoding,
    layers: shps,
    layer: stem,
    issues,
  };
}
