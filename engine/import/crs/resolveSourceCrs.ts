// Pure. Decides the source CRS (user choice > declaration > inference from coordinates) and checks it
// against the coordinates: swapped axes, a zone prefix that contradicts the label, a label one zone off,
// data outside the territory. Returns the CRS with issues, or a fatal issue when it cannot be known.
import { importIssue } from '../importFailure.ts';
import { crsRemedy, type ImportAudience } from '../remedyWording.ts';
import type { DeclaredCrs, ImportIssue } from '../types.ts';
import { CRS_CATALOG, crsInfo, gk3ByZone, gk6ByZone, parseEpsgReference, type CrsInfo } from './crsCatalog.ts';
import { createReprojector } from './createReprojector.ts';
import { inferCrsFromCoordinates, type Bbox } from './inferCrsFromCoordinates.ts';
import { inTerritory, type Territory } from './territory.ts';

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

const SUPPORTED_ZH = '支持 EPSG:4490、4326、4491–4512（6度带）、4513–4554（3度带）';
const SUPPORTED_EN = 'supported: EPSG:4490, 4326, 4491–4512 (6-degree), 4513–4554 (3-degree)';

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
            `指定的坐标系“${userCrs}”不受支持（${SUPPORTED_ZH}）。`,
            `The CRS “${userCrs}” given is not supported (${SUPPORTED_EN}).`,
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
            `无法识别 ${file} 声明的坐标系（${shown}）；${SUPPORTED_ZH}。请转换为 CGCS2000 后再导入，或${crsRemedy(input.audience, 'EPSG:4526', true).zh}。`,
            `The CRS declared by ${file} is not recognised (${shown}); ${SUPPORTED_EN}. Convert to CGCS2000 or ${crsRemedy(input.audience, 'EPSG:4526', true).en}.`,
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
          `${file} 未声明坐标系；根据坐标范围推断为 EPSG:${crs.epsg}（${crs.nameZh}）。请核对，或${crsRemedy(input.audience, `EPSG:${crs.epsg}`, true).zh}。`,
          `${file} declares no CRS; inferred EPSG:${crs.epsg} from the coordinates. Check it or ${crsRemedy(input.audience, `EPSG:${crs.epsg}`, true).en}.`,
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
            `${file} 未声明坐标系，且无法从坐标范围（${bbox.map((v) => Math.round(v)).join(', ')}）推断；请${crsRemedy(input.audience, 'EPSG:4526', true).zh}。`,
            `${file} declares no CRS and it cannot be inferred from the extent (${bbox.map((v) => Math.round(v)).join(', ')}); ${crsRemedy(input.audience, 'EPSG:4526', true).en}.`,
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
      issues.push(
        importIssue(
          'crs-axes-swapped',
          'quality',
          `${file} 的坐标看起来经纬度颠倒（x 为纬度、y 为经度）；已按“经度, 纬度”交换后导入。`,
          `${file} looks like it has latitude and longitude swapped; the axes were swapped on import.`,
          { file },
        ),
      );
    }
  } else if (bbox[1] >= 10_000_000 && bbox[2] < 10_000_000) {
    swapAxes = true;
    issues.push(
      importIssue(
        'crs-axes-swapped',
        'quality',
        `${file} 的坐标看起来 X/Y 颠倒（带号出现在 Y 上）；已交换后导入。`,
        `${file} looks like it has X and Y swapped (the zone prefix is on Y); the axes were swapped on import.`,
        { file },
      ),
    );
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
            `${file} 标注为第${crs.zone}带（EPSG:${crs.epsg}），但坐标的带号是${dataZone}；已按第${dataZone}带（EPSG:${actual.epsg}）换算。`,
            `${file} is labelled zone ${crs.zone} (EPSG:${crs.epsg}) but its eastings carry zone ${dataZone}; converted as EPSG:${actual.epsg}.`,
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
              `${file} 标注为第${crs.zone}带（EPSG:${crs.epsg}），但坐标的 X 值（${Math.round(xMin)}）不属于该带；请核对坐标系。`,
              `${file} is labelled zone ${crs.zone} (EPSG:${crs.epsg}) but its X values (${Math.round(xMin)}) do not belong to it; check the CRS.`,
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
            `${file} 按 EPSG:${crs.epsg}（${crs.nameZh}）换算后落在${territory.nameZh}之外，按 EPSG:${neighbour.epsg}（${neighbour.nameZh}）则在境内：坐标系可能标错，请${crsRemedy(input.audience, `EPSG:${neighbour.epsg}`, false).zh}。`,
            `${file} falls outside ${territory.nameZh} as EPSG:${crs.epsg} but inside as EPSG:${neighbour.epsg}: the CRS label looks wrong; ${crsRemedy(input.audience, `EPSG:${neighbour.epsg}`, false).en}.`,
            { file },
          ),
        );
      } else {
        issues.push(
          importIssue(
            'crs-outside-territory',
            'warning',
            `${file} 的数据中心（${lon.toFixed(4)}°E, ${lat.toFixed(4)}°N）位于${territory.nameZh}范围之外，请核对坐标系。`,
            `The centre of ${file} (${lon.toFixed(4)}°E, ${lat.toFixed(4)}°N) lies outside ${territory.nameZh}; check the CRS.`,
            { file },
          ),
        );
      }
    }
  }
  return { ok: true, crs, swapAxes, provenance, provenanceEn, issues };
}
