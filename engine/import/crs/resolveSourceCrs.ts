// Pure. Decides the source CRS (user choice > declaration > inference from coordinates) and checks it
// against the coordinates: swapped axes, a zone prefix that contradicts the label, a label one zone off,
// data outside the territory. Returns the CRS with issues, or a fatal issue when it cannot be known.
import { say, type Bilingual } from '../../i18n/index.ts';
import { importIssue } from '../importFailure.ts';
import { crsRemedy, type ImportAudience } from '../remedyWording.ts';
import type { DeclaredCrs, ImportIssue } from '../types.ts';
import { CRS_CATALOG, crsInfo, gk3ByZone, gk6ByZone, parseEpsgReference, type CrsInfo } from './crsCatalog.ts';
import { createReprojector } from './createReprojector.ts';
import { inferCrsFromCoordinates, type Bbox } from './inferCrsFromCoordinates.ts';
import { inTerritory, territoryName, type Territory } from './territory.ts';

export interface ResolveCrsInput {
  file: string;
  declared: DeclaredCrs | null;
  /** `EPSG:4526` from the user (CLI `--crs`, dialog); wins over everything. */
  userCrs?: string;
  /** CRS implied by the format when nothing is declared (RFC 7946 GeoJSON: EPSG:4326). */
  formatDefaultEpsg?: number;
  bbox: Bbox;
  territory?: Territory;
  /** Who reads the messages (CLI flags or the dialog's fields in the fix). */
  audience?: ImportAudience;
}

export type ResolvedCrs =
  | { ok: true; crs: CrsInfo; swapAxes: boolean; provenance: string; provenanceEn: string; issues: ImportIssue[] }
  | { ok: false; issues: ImportIssue[] };

const SUPPORTED = say('import.resolveSourceCrs.supported');

/** A CRS as messages name it: with its Chinese name in Chinese, by its EPSG code alone in English. */
const crsLabel = (crs: CrsInfo): Bilingual =>
  say('import.resolveSourceCrs.crs-label', { epsg: crs.epsg, chineseName: { zh: `（${crs.nameZh}）`, en: '' } });

function centreOf(bbox: Bbox, swap: boolean): [number, number] {
  const x = (bbox[0] + bbox[2]) / 2;
  const y = (bbox[1] + bbox[3]) / 2;
  return swap ? [y, x] : [x, y];
}

export function resolveSourceCrs(input: ResolveCrsInput): ResolvedCrs {
  const { file, declared, userCrs, bbox, territory } = input;
  const issues: ImportIssue[] = [];
  let crs: CrsInfo | undefined;
  let provenance: string;
  let provenanceEn: string;
  if (userCrs !== undefined) {
    const epsg = parseEpsgReference(userCrs);
    crs = epsg === undefined ? undefined : crsInfo(epsg);
    if (!crs) {
      return {
        ok: false,
        issues: [
          importIssue(
            'crs-user-unsupported',
            'fatal',
            say('import.resolveSourceCrs.crs-user-unsupported', { userCrs, supported: SUPPORTED }),
            { file },
          ),
        ],
      };
    }
    provenance = `EPSG:${crs.epsg}（用户指定）`;
    provenanceEn = `EPSG:${crs.epsg} (as given)`;
  } else if (declared) {
    crs = declared.epsg === undefined ? undefined : crsInfo(declared.epsg);
    if (!crs) {
      const shown = declared.raw.length > 120 ? `${declared.raw.slice(0, 120)}…` : declared.raw;
      return {
        ok: false,
        issues: [
          importIssue(
            'crs-unknown',
            'fatal',
            say('import.resolveSourceCrs.crs-unknown', {
              file,
              shown,
              supported: SUPPORTED,
              remedy: crsRemedy(input.audience, 'EPSG:4526', true),
            }),
            { file },
          ),
        ],
      };
    }
    provenance = declared.raw.startsWith('EPSG:') ? declared.raw : `EPSG:${crs.epsg}`;
    provenanceEn = provenance;
  } else {
    const guess = inferCrsFromCoordinates(bbox, territory);
    const defaultCrs = input.formatDefaultEpsg === undefined ? undefined : crsInfo(input.formatDefaultEpsg);
    if (defaultCrs && guess?.basis === 'degrees') {
      crs = defaultCrs;
      provenance = `EPSG:${crs.epsg}`;
      provenanceEn = provenance;
    } else if (guess) {
      crs = guess.crs;
      provenance = `EPSG:${crs.epsg}（由坐标推断）`;
      provenanceEn = `EPSG:${crs.epsg} (inferred from the coordinates)`;
      issues.push(
        importIssue(
          'crs-missing-inferred',
          'quality',
          say('import.resolveSourceCrs.crs-missing-inferred', {
            file,
            crs: crsLabel(crs),
            remedy: crsRemedy(input.audience, `EPSG:${crs.epsg}`, true),
          }),
          { file },
        ),
      );
    } else {
      return {
        ok: false,
        issues: [
          importIssue(
            'crs-unknown',
            'fatal',
            say('import.resolveSourceCrs.crs-not-inferred', {
              file,
              extent: bbox.map((v) => Math.round(v)).join(', '),
              remedy: crsRemedy(input.audience, 'EPSG:4526', true),
            }),
            { file },
          ),
        ],
      };
    }
  }

  // Swapped axes: a geographic file with latitudes in the x column, or northings in the easting column.
  let swapAxes = false;
  const guess = inferCrsFromCoordinates(bbox, territory);
  if (crs.family === 'geographic') {
    const [, minY, , maxY] = bbox;
    const impossible = minY < -90 || maxY > 90;
    if (impossible || (guess?.swapAxes && guess.crs.family === 'geographic')) swapAxes = true;
    if (swapAxes) {
      issues.push(importIssue('crs-axes-swapped', 'quality', say('import.resolveSourceCrs.crs-axes-swapped', { file }), { file }));
    }
  } else if (bbox[1] >= 10_000_000 && bbox[2] < 10_000_000) {
    swapAxes = true;
    issues.push(importIssue('crs-axes-swapped', 'quality', say('import.resolveSourceCrs.crs-xy-swapped', { file }), { file }));
  }

  // A prefixed zone whose coordinates carry another zone number: the numbers win, the label is wrong.
  if (crs.zone !== undefined) {
    const xMin = swapAxes ? bbox[1] : bbox[0];
    const dataZone = Math.floor(xMin / 1_000_000);
    if (dataZone !== crs.zone) {
      const actual = crs.family === 'gk3-prefixed' ? gk3ByZone(dataZone) : gk6ByZone(dataZone);
      if (actual) {
        issues.push(
          importIssue(
            'crs-zone-mislabelled',
            'quality',
            say('import.resolveSourceCrs.crs-zone-mislabelled', {
              file,
              zone: crs.zone,
              epsg: crs.epsg,
              dataZone,
              actualEpsg: actual.epsg,
            }),
            { file },
          ),
        );
        crs = actual;
      } else {
        return {
          ok: false,
          issues: [
            ...issues,
            importIssue(
              'crs-zone-mislabelled',
              'fatal',
              say('import.resolveSourceCrs.crs-zone-x-mismatch', { file, zone: crs.zone, epsg: crs.epsg, xMin: Math.round(xMin) }),
              { file },
            ),
          ],
        };
      }
    }
  }

  if (territory) {
    const [cx, cy] = centreOf(bbox, swapAxes);
    const [lon, lat] = createReprojector(crs)(cx, cy);
    if (!inTerritory(territory, lon, lat)) {
      // One zone off (e.g. CM 111°E data that belongs to CM 114°E): say which label would fit.
      const neighbour =
        crs.family === 'gk3' || crs.family === 'gk6'
          ? CRS_CATALOG.filter((c) => c.family === crs!.family && c.epsg !== crs!.epsg).find((c) => {
              const [lo, la] = createReprojector(c)(cx, cy);
              return inTerritory(territory, lo, la);
            })
          : undefined;
      if (neighbour) {
        issues.push(
          importIssue(
            'crs-zone-mislabelled',
            'quality',
            say('import.resolveSourceCrs.crs-zone-neighbour', {
              file,
              crs: crsLabel(crs),
              territory: territoryName(territory),
              neighbour: crsLabel(neighbour),
              remedy: crsRemedy(input.audience, `EPSG:${neighbour.epsg}`, false),
            }),
            { file },
          ),
        );
      } else {
        issues.push(
          importIssue(
            'crs-outside-territory',
            'warning',
            say('import.resolveSourceCrs.crs-outside-territory', {
              file,
              lon: lon.toFixed(4),
              lat: lat.toFixed(4),
              territory: territoryName(territory),
            }),
            { file },
          ),
        );
      }
    }
  }
  return { ok: true, crs, swapAxes, provenance, provenanceEn, issues };
}
