// A project boundary from a GeoJSON, Shapefile (.shp with its siblings, or .zip) or GeoPackage given to
// `lantu review`: read by the plan importer's readers, then taken as 地块 by boundaryFromFeatures (界址点 J1…
// clockwise from the north-west, the TXT reader's checks). Prints the findings; null when the file cannot serve.
import { boundaryFromFeatures } from '../../engine/import/index.ts';
import type { BoundaryReadResult } from '../../engine/import/index.ts';
import { readSource, type SourceOutcome } from '../../engine/import/index.ts';
import { DEFAULT_ZIP_LIMITS } from '../../engine/import/index.ts';
import { DEFAULT_GPKG_READ_LIMITS, readGeoPackageInWorker } from '../node/readGeoPackageInWorker.ts';
import type { CliContext } from './context.ts';
import { describeIoError } from './describeIoError.ts';
import { UsageError } from './parseArgs.ts';
import { readSourceFiles } from './readSourceFiles.ts';
import { say } from '../i18n/index.ts';

export const FEATURE_BOUNDARY_EXTENSIONS: readonly string[] = ['.geojson', '.shp', '.zip', '.gpkg'];

const LEVEL = {
  fatal: say('cli.readFeatureBoundary.LEVEL_fatal'),
  quality: say('cli.readFeatureBoundary.LEVEL_quality'),
  warning: say('cli.readFeatureBoundary.LEVEL_warning'),
  info: say('cli.readFeatureBoundary.LEVEL_info'),
} as const;

export interface FeatureBoundary {
  boundary: BoundaryReadResult;
  format: 'geojson' | 'shapefile' | 'geopackage';
}

export async function readFeatureBoundary(ctx: CliContext, file: string, crsOption: string | undefined): Promise<FeatureBoundary | null> {
  let outcome: SourceOutcome;
  try {
    const source = await readSourceFiles([file], ctx.cwd);
    outcome =
      source.format === 'geopackage'
        ? await readGeoPackageInWorker(source.file, source.bytes, {}, DEFAULT_GPKG_READ_LIMITS)
        : readSource(source, { zipLimits: DEFAULT_ZIP_LIMITS });
  } catch (error) {
    ctx.err(`✗ ${file}: ${ctx.t(error instanceof UsageError ? error.text : describeIoError(error, file))}`);
    return null;
  }
  if (!outcome.ok) {
    for (const issue of outcome.issues.slice(0, 20))
      ctx.err(`  [${ctx.t(LEVEL[issue.severity])}] ${issue.code}  ${ctx.t({ zh: issue.messageZh, en: issue.messageEn })}`);
    ctx.err(ctx.t(say('cli.readFeatureBoundary.readFeatureBoundary', { file })));
    return null;
  }
  const read = outcome.read;
  // A GeoJSON without a crs member is lon/lat (RFC 7946), read as CGCS2000 as the importer reads it.
  const crs =
    crsOption ??
    (read.declaredCrs?.epsg !== undefined
      ? `EPSG:${read.declaredCrs.epsg}`
      : read.format === 'geojson' && !read.declaredCrs
        ? 'EPSG:4490'
        : undefined);
  if (crs === undefined) {
    ctx.err(ctx.t(say('cli.readFeatureBoundary.readFeatureBoundary-2', { file })));
    return null;
  }
  const boundary = boundaryFromFeatures(read.features, read.file, crs);
  for (const f of boundary.findings.slice(0, 20)) {
    (f.level === 'fatal' ? ctx.err : ctx.out)(`  [${ctx.t(LEVEL[f.level])}] ${f.code}  ${ctx.t({ zh: f.messageZh, en: f.messageEn })}`);
  }
  const fatal = boundary.findings.filter((f) => f.level === 'fatal').length;
  if (fatal > 0 || boundary.parcels.length === 0) {
    ctx.err(ctx.t(say('cli.readFeatureBoundary.readFeatureBoundary-3', { file, fatal })));
    return null;
  }
  return { boundary, format: read.format };
}
