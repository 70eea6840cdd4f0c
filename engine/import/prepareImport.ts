// Pure. prepareImport(source, options) → the pre-commit ImportReport: read the source, find and check its
// CRS, reproject to EPSG:4490, map columns to the layer's national fields, translate 三调 codes, derive
// stable feature ids, then validate the resulting plan document. The document is present only when there
// is no fatal issue; nothing is written here (the shell commits it after the user confirms).
import { bboxOfGeometries } from '../geometry/bbox.ts';
import { codeInfo, codeInfoByName, needsManualMapping, sandiaoToYdyh } from '../model/codes.ts';
import { featureId } from '../model/featureId.ts';
import { fieldOf } from '../model/fieldSchema.ts';
import { geometryTypesOf, isLayerCode, layerInfo, layersOfKind, PLAN_KINDS } from '../model/layers.ts';
import type {
  Classification,
  FeatureId,
  Geometry,
  LayerCode,
  PlanDocument,
  PlanFeature,
  PlanKind,
  PlanMeta,
  Properties,
} from '../model/types.ts';
import { validatePlanDocument } from '../validate/validatePlanDocument.ts';
import landSchema from '../../schemas/plan-land.schema.json' with { type: 'json' };
import { createReprojector, isIdentityCrs } from './crs/createReprojector.ts';
import { reprojectGeometry } from './crs/reprojectGeometry.ts';
import { resolveSourceCrs } from './crs/resolveSourceCrs.ts';
import { checkCoordinateMagnitudes } from './checkCoordinateMagnitudes.ts';
import { mappingRemedy } from './remedyWording.ts';
import { suspectGcj02 } from './crs/suspectGcj02.ts';
import type { Territory } from './crs/territory.ts';
import { importIssue } from './importFailure.ts';
import { autoMapFields, type FieldMapping, type FieldMappingOverrides, type ValueMappingOverrides } from './mapping/autoMapFields.ts';
import { distinctValues, sampleValues, valueKey } from './mapping/sampleValues.ts';
import { coerceFieldValue } from './mapping/coerceFieldValue.ts';
import { readSource, type ImportSource, type ReadSourceOptions, type SourceOutcome } from './readSource.ts';
import type { EncodingChoice, ImportIssue, SourceFeature, SourceRead } from './types.ts';
import { say, type Bilingual } from '../i18n/index.ts';

/** The plan metadata a person supplies on import; kind, classification and source CRS come from the options. */
export type ImportPlanInfo = Pick<PlanMeta, 'title' | 'department' | 'version' | 'period' | 'approval'> & { id: string };

export interface ImportOptions extends ReadSourceOptions {
  kind: PlanKind;
  /** Target layer; when absent it comes from Lantu `layer` members or a source layer named like a layer code. */
  layer?: LayerCode;
  plan: ImportPlanInfo;
  /** `EPSG:4526`: overrides what the source declares. */
  crs?: string;
  /** Classification of the source's land-use codes; `sandiao` codes are translated to 用地用海 2023. */
  classification?: Classification;
  mapping?: FieldMappingOverrides;
  /** Coded fields: source value → field value (applied before the value is checked). */
  valueMapping?: ValueMappingOverrides;
  territory?: Territory;
  /** Reference positions (lon/lat, EPSG:4490) by BSM, e.g. the previous version: used to spot GCJ-02. */
  referenceByBsm?: ReadonlyMap<string, [number, number]>;
  /** Longest attribute text accepted (characters). */
  maxAttributeChars?: number;
  /** Called at each phase and every few thousand features (a worker forwards it to a progress bar). */
  onProgress?: (progress: ImportProgress) => void;
  /** The source already read by the shell (a GeoPackage read in a worker under a deadline): not read again. */
  sourceRead?: SourceOutcome;
}

export interface ImportProgress {
  phase: 'read' | 'check' | 'reproject' | 'map' | 'validate';
  done: number;
  total: number;
  /** While reading a GeoPackage: the table being queried. */
  table?: string;
}

const PROGRESS_STEP = 10_000;

export interface ImportCounts {
  read: number;
  mapped: number;
  valid: number;
  quality: number;
  fatal: number;
}

export interface ImportReport {
  file: string;
  format?: SourceRead['format'];
  sourceLayers?: string[];
  sourceLayer?: string;
  encoding?: EncodingChoice;
  /** `EPSG:n` the data came in, and how it was decided. */
  sourceCrs?: string;
  crsProvenance?: string;
  /** `crsProvenance` in English (the CLI's and the dialog's English). */
  crsProvenanceEn?: string;
  mappings: Partial<Record<LayerCode, FieldMapping>>;
  /** Up to 5 distinct values of every source column, as decoded text (the mapping step shows them). */
  samples: Record<string, string[]>;
  /** Mapped columns whose field has a code table → their distinct source values (for value mapping). */
  codedValues: Record<string, string[]>;
  /** The plan title found in the source's metadata, if any (never the file name). */
  sourceTitle?: string;
  counts: ImportCounts;
  /** Sorted: fatal, quality, warning, info; then by feature index. */
  issues: ImportIssue[];
  /** Present only when there is no fatal issue. */
  document?: PlanDocument;
  /** Ids of features that carry quality issues (they become data-quality findings when accepted). */
  qualityFeatureIds: FeatureId[];
}

export const DEFAULT_MAX_ATTRIBUTE_CHARS = 65_536;
const SCHEMA_VERSION = (landSchema as { 'x-schemaVersion': string })['x-schemaVersion'];
const SEVERITY_ORDER = { fatal: 0, quality: 1, warning: 2, info: 3 } as const;
/** How many features of a family a mixed file holds, in words. */
const FAMILY_COUNT = {
  点: 'import.prepareImport.points',
  线: 'import.prepareImport.lines',
  面: 'import.prepareImport.polygons',
} as const;

const FAMILY: Record<Geometry['type'], string> = {
  Point: '点',
  MultiPoint: '点',
  LineString: '线',
  MultiLineString: '线',
  Polygon: '面',
  MultiPolygon: '面',
};
/** Fields holding a land-use code interpreted by plan.classification. */
const CODE_FIELDS = ['YDYHFLDM'];
/** Listing every feature of a broken file helps nobody: report the first few of each kind. */
const MAX_LISTED = 20;

function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] ||
        (a.issue.featureIndex ?? -1) - (b.issue.featureIndex ?? -1) ||
        a.order - b.order,
    )
    .map((x) => x.issue);
}

function isEmptyGeometry(g: Geometry): boolean {
  const c = g.coordinates as unknown[];
  if (g.type === 'Point') return false;
  if (c.length === 0) return true;
  if (g.type === 'Polygon' || g.type === 'MultiLineString') return (c as unknown[][]).every((r) => r.length === 0);
  if (g.type === 'MultiPolygon') return (c as unknown[][][]).every((p) => p.length === 0 || p.every((r) => r.length === 0));
  return false;
}

function label(f: SourceFeature, bsm?: string): Bilingual {
  return bsm
    ? say('import.prepareImport.feature-bsm', { feature: f.index + 1, bsm })
    : say('import.prepareImport.feature', { feature: f.index + 1 });
}

/** `a、b` in Chinese, `a, b` in English. */
const listOf = (items: readonly (string | number)[]): Bilingual => ({ zh: items.join('、'), en: items.join(', ') });

/** Layers named as a user knows them in each language: "GHYDYH 规划用地用海" / "GHYDYH (Planned land and sea use)". */
const layerList = (codes: readonly LayerCode[]): Bilingual => ({
  zh: codes.map((c) => `${c} ${layerInfo(c).nameZh}`).join('、'),
  en: codes.map((c) => `${c} (${layerInfo(c).nameEn})`).join(', '),
});

function emptyReport(file: string, issues: ImportIssue[], read?: SourceRead): ImportReport {
  const report: ImportReport = {
    file,
    mappings: {},
    samples: read ? sampleValues(read.features, read.fields) : {},
    codedValues: {},
    counts: { read: read?.features.length ?? 0, mapped: 0, valid: 0, quality: 0, fatal: read?.features.length ?? 0 },
    issues: sortIssues(issues),
    qualityFeatureIds: [],
  };
  if (read) {
    report.format = read.format;
    if (read.encoding) report.encoding = read.encoding;
    if (read.layers) report.sourceLayers = read.layers;
    if (read.layer) report.sourceLayer = read.layer;
    if (read.title) report.sourceTitle = read.title;
  }
  return report;
}

/** A plan kind as the import dialog names it (国土空间 / 生态 / 产业 / 交通), not its code. */
const KIND_NAME: Readonly<Record<PlanKind, { zh: string; en: string }>> = {
  land: say('import.prepareImport.land'),
  ecology: say('import.prepareImport.ecology'),
  industry: say('import.prepareImport.industry'),
  transport: say('import.prepareImport.transport'),
};

/**
 * The only layer of the kind whose geometry type takes every geometry of the file (交通: lines can only be JTXL),
 * or undefined when none or several do (产业: CYYQ and GYXM are both polygons) or the file has no geometry.
 */
function onlyLayerForGeometries(read: SourceRead, allowed: readonly LayerCode[]): LayerCode | undefined {
  const types = new Set(read.features.flatMap((f) => (f.geometry ? [f.geometry.type] : [])));
  if (types.size === 0) return undefined;
  const fitting = allowed.filter((l) => [...types].every((t) => geometryTypesOf(l).includes(t)));
  return fitting.length === 1 ? fitting[0] : undefined;
}

function pickLayers(read: SourceRead, options: ImportOptions): { layers: LayerCode[]; issue?: ImportIssue } {
  const allowed = layersOfKind(options.kind).map((l) => l.code);
  const file = read.file;
  if (options.layer) {
    if (!allowed.includes(options.layer)) {
      return {
        layers: [],
        issue: importIssue(
          'layer-not-in-kind',
          'fatal',
          say('import.prepareImport.layer-not-in-kind', { layer: options.layer, kind: KIND_NAME[options.kind], layers: listOf(allowed) }),
          { file },
        ),
      };
    }
    return { layers: read.features.map(() => options.layer!) };
  }
  if (read.featureLayers) {
    const layers: LayerCode[] = [];
    for (let i = 0; i < read.features.length; i++) {
      const l = read.featureLayers[i];
      if (!l || !isLayerCode(l) || !allowed.includes(l)) {
        return {
          layers: [],
          issue: importIssue(
            'layer-unknown',
            'fatal',
            say('import.prepareImport.layer-unknown', {
              file,
              feature: i + 1,
              layer: l ?? '',
              kind: KIND_NAME[options.kind],
              layers: listOf(allowed),
            }),
            { file, featureIndex: i },
          ),
        };
      }
      layers.push(l);
    }
    return { layers };
  }
  const byName = (
    read.layer ??
    read.file
      .replace(/\.[^.]+$/, '')
      .split(/[\\/]/)
      .pop() ??
    ''
  ).toUpperCase();
  const named = allowed.find((c) => c === byName);
  if (named) return { layers: read.features.map(() => named) };
  if (allowed.length === 1) return { layers: read.features.map(() => allowed[0]!) };
  const byGeometry = onlyLayerForGeometries(read, allowed);
  if (byGeometry) return { layers: read.features.map(() => byGeometry) };
  // Said for the dialog and the CLI alike (no "--layer" in the editor); a layer of another plan kind is named.
  const elsewhere = PLAN_KINDS.find((k) => k !== options.kind && layersOfKind(k).some((l) => l.code === byName));
  return {
    layers: [],
    issue: importIssue(
      'layer-required',
      'fatal',
      elsewhere
        ? say('import.prepareImport.layer-required-elsewhere', {
            file,
            kind: KIND_NAME[options.kind],
            layer: byName,
            otherKind: KIND_NAME[elsewhere],
            layers: layerList(allowed),
          })
        : say('import.prepareImport.layer-required', { file, kind: KIND_NAME[options.kind], layers: layerList(allowed) }),
      { file },
    ),
  };
}

type ReportProgress = (progress: ImportProgress) => void;

/** A single cell of megabytes is a broken export, not plan data. */
function checkAttributeSizes(read: SourceRead, maxChars: number): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const file = read.file;
  for (const f of read.features) {
    for (const k in f.properties) {
      const v = f.properties[k];
      if (typeof v === 'string' && v.length > maxChars && issues.length < MAX_LISTED) {
        issues.push(
          importIssue(
            'attribute-too-large',
            'fatal',
            say('import.prepareImport.attribute-too-large', { file, feature: label(f), field: k, length: v.length, maxChars }),
            { file, featureIndex: f.index, field: k },
          ),
        );
      }
    }
  }
  return issues;
}

/** Geometry presence and type: a plan feature without a usable geometry cannot be imported. */
function checkGeometries(read: SourceRead, layers: readonly LayerCode[], progress: ReportProgress): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const file = read.file;
  const fatal = (code: string, message: Bilingual, where: Partial<ImportIssue> = {}) =>
    issues.push(importIssue(code, 'fatal', message, { file, ...where }));
  const families = new Map<string, number>();
  progress({ phase: 'check', done: 0, total: read.features.length });
  read.features.forEach((f, i) => {
    const allowed = geometryTypesOf(layers[i]!);
    if (f.geometry === null) {
      fatal('null-geometry', say('import.prepareImport.null-geometry', { file, feature: label(f) }), {
        featureIndex: f.index,
      });
    } else if (isEmptyGeometry(f.geometry)) {
      fatal('empty-geometry', say('import.prepareImport.empty-geometry', { file, feature: label(f) }), {
        featureIndex: f.index,
      });
    } else {
      families.set(FAMILY[f.geometry.type], (families.get(FAMILY[f.geometry.type]) ?? 0) + 1);
      if (!allowed.includes(f.geometry.type)) {
        fatal(
          'geometry-type-mismatch',
          say('import.prepareImport.geometry-type-mismatch', {
            file,
            feature: label(f),
            type: f.geometry.type,
            // The layer's Chinese name helps in Chinese; English names the layer by its code alone.
            layer: { zh: `${layers[i]}（${layerInfo(layers[i]!).nameZh}）`, en: layers[i]! },
            allowed: allowed.join('/'),
          }),
          { featureIndex: f.index },
        );
      }
    }
  });
  const uniformLayer = new Set(layers).size === 1;
  if (families.size > 1 && uniformLayer && !(layerInfo(layers[0]!).geometry === 'point-or-polygon' && !families.has('线'))) {
    const parts = [...families].map(([k, n]) => say(FAMILY_COUNT[k as '点' | '线' | '面'], { count: n }));
    fatal(
      'mixed-geometry-types',
      say('import.prepareImport.mixed-geometry-types', {
        file,
        parts: { zh: parts.map((p) => p.zh).join('、'), en: parts.map((p) => p.en).join(', ') },
      }),
    );
  }
  return issues;
}

/** The issues of a report that stops at fatal input: every other issue, the first fatal ones and a count of the rest. */
function listFatalIssues(issues: readonly ImportIssue[], file: string): ImportIssue[] {
  const fatalIssues = issues.filter((i) => i.severity === 'fatal');
  const kept = issues.filter((i) => i.severity !== 'fatal').concat(fatalIssues.slice(0, MAX_LISTED));
  const more = issues.filter((i) => i.code === 'more-errors');
  if (fatalIssues.length > MAX_LISTED) {
    more.push(
      importIssue('more-errors', 'fatal', say('import.prepareImport.more-errors', { count: fatalIssues.length - MAX_LISTED }), { file }),
    );
  }
  return [...kept, ...more];
}

/** Field mapping per target layer, with the mapping's own problems. */
function mapFieldsOfLayers(
  read: SourceRead,
  layers: readonly LayerCode[],
  options: ImportOptions,
): { mappings: Partial<Record<LayerCode, FieldMapping>>; issues: ImportIssue[] } {
  const file = read.file;
  const mappings: Partial<Record<LayerCode, FieldMapping>> = {};
  const issues: ImportIssue[] = [];
  for (const layer of new Set(layers)) {
    let overrides = options.mapping ?? {};
    // 三调 data carries its land class in DLBM: it fills the code field when nothing else does.
    if (options.classification === 'sandiao' && fieldOf(layer, 'YDYHFLDM')) {
      const dlbm = read.fields.find((c) => c.toUpperCase() === 'DLBM' || c === '地类编码');
      const hasCode = read.fields.some((c) => c.toUpperCase() === 'YDYHFLDM');
      if (dlbm && !hasCode && !(dlbm in overrides)) overrides = { ...overrides, [dlbm]: 'YDYHFLDM' };
    }
    const m = autoMapFields(read.fields, layer, overrides);
    mappings[layer] = m;
    for (const target of m.unknownTargets) {
      issues.push(
        importIssue('mapping-unknown-field', 'fatal', say('import.prepareImport.mapping-unknown-field', { layer, target }), {
          file,
          field: target,
        }),
      );
    }
    for (const key of m.missingRequired) {
      const title = fieldOf(layer, key)?.title ?? key;
      issues.push(
        importIssue(
          'mapping-missing-required',
          'quality',
          say('import.prepareImport.mapping-missing-required', { file, layer, key, title, remedy: mappingRemedy(options.audience) }),
          { file, field: key },
        ),
      );
    }
    if (m.unmappedColumns.length > 0) {
      issues.push(
        importIssue(
          'mapping-unmapped-columns',
          'info',
          say('import.prepareImport.mapping-unmapped-columns', { file, columns: listOf(m.unmappedColumns) }),
          { file },
        ),
      );
    }
  }
  return { mappings, issues };
}

/** Mapped columns whose field has a code table, with their distinct source values. */
function codedColumnValues(read: SourceRead, mappings: Partial<Record<LayerCode, FieldMapping>>): Record<string, string[]> {
  const coded: Record<string, string[]> = {};
  for (const [layer, m] of Object.entries(mappings)) {
    for (const [column, key] of Object.entries(m!.columns)) {
      if (!fieldOf(layer as LayerCode, key)?.enum || Object.hasOwn(coded, column)) continue;
      Object.defineProperty(coded, column, {
        value: distinctValues(read.features, column),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return coded;
}

interface BuiltFeatures {
  features: PlanFeature[];
  /** Source indexes of features with quality issues. */
  qualityIndexes: Set<number>;
  /** 三调 codes without a one-to-one 用地用海 code → the source indexes that carry them. */
  unmappedCodes: Map<string, number[]>;
  /** The 三调 code each feature had before translation, by position. */
  originalCodes: (string | undefined)[];
  issues: ImportIssue[];
}

/** Attributes, code translation and ids of every feature (geometries already in EPSG:4490). */
function buildFeatures(
  read: SourceRead,
  layers: readonly LayerCode[],
  geometries: readonly Geometry[],
  mappings: Partial<Record<LayerCode, FieldMapping>>,
  options: ImportOptions,
  progress: ReportProgress,
): BuiltFeatures {
  const file = read.file;
  const total = read.features.length;
  const built: BuiltFeatures = { features: [], qualityIndexes: new Set(), unmappedCodes: new Map(), originalCodes: [], issues: [] };
  const { qualityIndexes, unmappedCodes, originalCodes, issues } = built;
  const bsmFirstSeen = new Map<string, number>();
  // Class names in a code column (二类工业用地 where 100102 belongs) → their code, per column: name → [code, count].
  const codesFromNames = new Map<string, Map<string, [string, number]>>();
  const mappedFields = new Map(
    Object.entries(mappings).map(([layer, m]) => [
      layer,
      Object.entries(m!.columns).map(([column, key]) => ({
        column,
        key,
        field: fieldOf(layer as LayerCode, key)!,
        values: options.valueMapping && Object.hasOwn(options.valueMapping, key) ? options.valueMapping[key] : undefined,
      })),
    ]),
  );
  progress({ phase: 'map', done: 0, total });
  read.features.forEach((f, i) => {
    if (i % PROGRESS_STEP === 0) progress({ phase: 'map', done: i, total });
    const layer = layers[i]!;
    const properties: Properties = {};
    for (const { column, key, field, values } of mappedFields.get(layer)!) {
      const raw = f.properties[column] ?? null;
      let mappedValue = values && raw !== null && Object.hasOwn(values, valueKey(raw)) ? values[valueKey(raw)]! : raw;
      if (CODE_FIELDS.includes(key) && typeof mappedValue === 'string') {
        const named = codeInfoByName(options.classification ?? 'ydyh2023', mappedValue.trim());
        if (named) {
          const byName = codesFromNames.get(column) ?? new Map<string, [string, number]>();
          const seen = byName.get(named.name);
          byName.set(named.name, [named.code, (seen?.[1] ?? 0) + 1]);
          codesFromNames.set(column, byName);
          mappedValue = named.code;
        }
      }
      const coerced = coerceFieldValue(mappedValue, field);
      if (coerced.ok) properties[key] = coerced.value;
      else {
        properties[key] = null;
        qualityIndexes.add(f.index);
        issues.push(
          importIssue(
            'invalid-value',
            'quality',
            say('import.prepareImport.invalid-value', {
              file,
              column,
              found: JSON.stringify(coerced.found),
              key,
              title: field.title,
              type: field.type,
              feature: label(f),
            }),
            { featureIndex: f.index, field: key },
          ),
        );
      }
    }
    if (options.classification === 'sandiao') {
      for (const key of CODE_FIELDS) {
        const code = properties[key];
        if (typeof code !== 'string') continue;
        originalCodes[i] = code;
        const ydyh = sandiaoToYdyh(code);
        if (ydyh) properties[key] = ydyh;
        else {
          qualityIndexes.add(f.index);
          const list = unmappedCodes.get(code) ?? [];
          list.push(f.index);
          unmappedCodes.set(code, list);
        }
      }
    }
    const bsm = typeof properties.BSM === 'string' && properties.BSM !== '' ? properties.BSM : undefined;
    if (bsm !== undefined) {
      const first = bsmFirstSeen.get(bsm);
      if (first !== undefined) {
        issues.push(
          importIssue(
            'duplicate-id',
            'fatal',
            say('import.prepareImport.duplicate-id', { file, feature: f.index + 1, first: first + 1, bsm }),
            { file, featureIndex: f.index, bsm, field: 'BSM' },
          ),
        );
      } else bsmFirstSeen.set(bsm, f.index);
    }
    // Without a BSM the id derives from the source's own id or position, prefixed so it never collides.
    const idName = bsm ?? `${read.layer ?? file}#${f.sourceId ?? f.index}`;
    built.features.push({ type: 'Feature', id: featureId(options.plan.id, idName), layer, geometry: geometries[i]!, properties });
  });
  for (const [column, byName] of codesFromNames) {
    const pairs = [...byName].map(([name, [code, count]]) => ({ name, code, count }));
    issues.push(
      importIssue(
        'code-from-name',
        'info',
        say('import.prepareImport.code-from-name', {
          file,
          column,
          count: pairs.reduce((n, p) => n + p.count, 0),
          pairs: listOf(pairs.slice(0, 10).map((p) => `${p.name}→${p.code}`)),
          more: pairs.length > 10 ? ' …' : '',
        }),
        { file, field: 'YDYHFLDM' },
      ),
    );
  }
  // Code-unit order, not localeCompare: the ICU collation differs between Node and the editor.
  for (const [code, indexes] of [...unmappedCodes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const info = codeInfo('sandiao', code);
    const name = info?.name;
    const shown = indexes.slice(0, 10).map((x) => x + 1);
    const params = {
      code,
      // The code's name: Chinese from the classification, English where the table has it.
      named: { zh: name ? `（${name}）` : '', en: info ? ` (${info.nameEn})` : '' },
      count: indexes.length,
      features: listOf(shown),
      more: indexes.length > 10 ? ' …' : '',
    };
    issues.push(
      importIssue(
        'sandiao-code-unmapped',
        'quality',
        needsManualMapping(code)
          ? say('import.prepareImport.sandiao-code-manual', params)
          : say('import.prepareImport.sandiao-code-unknown', params),
        { file, featureIndex: indexes[0]!, field: 'YDYHFLDM' },
      ),
    );
  }
  return built;
}

/** GCJ-02: a consistent offset of hundreds of metres against the reference positions. */
function checkGcj02(
  features: readonly PlanFeature[],
  referenceByBsm: ReadonlyMap<string, [number, number]>,
  file: string,
): ImportIssue | undefined {
  const pairs: [[number, number], [number, number]][] = [];
  for (const f of features) {
    const ref = typeof f.properties.BSM === 'string' ? referenceByBsm.get(f.properties.BSM) : undefined;
    const b = bboxOfGeometries([f.geometry]);
    if (ref && b) pairs.push([[(b[0] + b[2]) / 2, (b[1] + b[3]) / 2], ref]);
  }
  const verdict = suspectGcj02(pairs);
  if (!verdict.suspected) return undefined;
  return importIssue(
    'crs-gcj02-suspected',
    'quality',
    say('import.prepareImport.crs-gcj02-suspected', { file, meanOffsetM: Math.round(verdict.meanOffsetM) }),
    { file },
  );
}

/**
 * The same validation `lantu validate` runs, as import issues located by source index: fatal findings
 * stop the import, quality ones need consent (their features join `qualityIndexes`).
 */
function validationIssues(plan: PlanDocument, read: SourceRead, qualityIndexes: Set<number>): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const nameFeature = (index: number) => {
    const src = read.features[index];
    const bsm = plan.features[index]?.properties.BSM;
    return {
      shownIndex: src?.index ?? index,
      ...(typeof bsm === 'string' ? { bsm } : {}),
      ...(src?.sourceId !== undefined ? { id: src.sourceId } : {}),
    };
  };
  for (const finding of validatePlanDocument(plan, { nameFeature }).findings) {
    if (finding.featureIndex !== undefined) {
      const src = read.features[finding.featureIndex];
      if (finding.level === 'quality' && src) qualityIndexes.add(src.index);
    }
    const where: Partial<ImportIssue> = {};
    if (finding.featureIndex !== undefined) where.featureIndex = read.features[finding.featureIndex]?.index ?? finding.featureIndex;
    if (finding.bsm !== undefined) where.bsm = finding.bsm;
    if (finding.field !== undefined) where.field = finding.field;
    issues.push(importIssue(finding.code, finding.level, finding.message.zh, finding.message.en, { file: read.file, ...where }));
  }
  return issues;
}

/** The report of an import refused before reading finished (a shell stopped a hung read), with its reason. */
export function refusedImportReport(file: string, issue: ImportIssue): ImportReport {
  return emptyReport(file, [issue]);
}

export function prepareImport(source: ImportSource, options: ImportOptions): ImportReport {
  // A multi-layer source (GeoPackage, a zip of Shapefiles) offers the layer named like the target layer.
  const readOptions: ReadSourceOptions = { ...options };
  if (readOptions.targetLayer === undefined && options.layer !== undefined) readOptions.targetLayer = options.layer;
  const progress = options.onProgress ?? (() => undefined);
  progress({ phase: 'read', done: 0, total: 0 });
  readOptions.onTable ??= (table) => progress({ phase: 'read', done: 0, total: 0, table });
  const outcome = options.sourceRead ?? readSource(source, readOptions);
  if (!outcome.ok) return emptyReport(source.file, outcome.issues);
  const read = outcome.read;
  const file = read.file;
  const issues: ImportIssue[] = [...read.issues];
  const hasFatal = () => issues.some((i) => i.severity === 'fatal');

  if (read.features.length === 0) {
    issues.push(
      importIssue('no-features', 'fatal', say('import.prepareImport.no-features', { file }), {
        file,
      }),
    );
    return emptyReport(source.file, issues, read);
  }
  const picked = pickLayers(read, options);
  if (picked.issue) return emptyReport(source.file, [...issues, picked.issue], read);
  const layers = picked.layers;

  // Loops, not push(...): an issue on every feature of a 300k plan passes the engine's argument limit.
  for (const issue of checkAttributeSizes(read, options.maxAttributeChars ?? DEFAULT_MAX_ATTRIBUTE_CHARS)) issues.push(issue);
  for (const issue of checkGeometries(read, layers, progress)) issues.push(issue);
  for (const issue of checkCoordinateMagnitudes(read)) issues.push(issue);
  // Keep the fatal list short and the rest of the pipeline meaningful.
  if (hasFatal()) return emptyReport(source.file, listFatalIssues(issues, file), read);

  // CRS: decide, check, reproject.
  const total = read.features.length;
  const bbox = bboxOfGeometries(read.features.map((f) => f.geometry))!;
  const crsInput: Parameters<typeof resolveSourceCrs>[0] = { file, declared: read.declaredCrs, bbox };
  if (options.crs !== undefined) crsInput.userCrs = options.crs;
  if (read.format === 'geojson') crsInput.formatDefaultEpsg = 4326;
  if (options.territory) crsInput.territory = options.territory;
  if (options.audience) crsInput.audience = options.audience;
  const crs = resolveSourceCrs(crsInput);
  for (const issue of crs.issues) issues.push(issue);
  if (!crs.ok) return emptyReport(source.file, issues, read);
  const reproject = createReprojector(crs.crs);
  // Lon/lat sources keep their own numbers (shared with the freshly read source, never with the caller).
  progress({ phase: 'reproject', done: 0, total });
  const geometries =
    isIdentityCrs(crs.crs) && !crs.swapAxes
      ? read.features.map((f) => f.geometry!)
      : read.features.map((f, i) => {
          if (i % PROGRESS_STEP === 0) progress({ phase: 'reproject', done: i, total });
          return reprojectGeometry(f.geometry!, reproject, crs.swapAxes);
        });

  const { mappings, issues: mappingIssues } = mapFieldsOfLayers(read, layers, options);
  for (const issue of mappingIssues) issues.push(issue);
  const codedValues = codedColumnValues(read, mappings);
  if (hasFatal()) return emptyReport(source.file, issues, read);

  const {
    features,
    qualityIndexes,
    unmappedCodes,
    originalCodes,
    issues: featureIssues,
  } = buildFeatures(read, layers, geometries, mappings, options, progress);
  for (const issue of featureIssues) issues.push(issue);
  if (hasFatal()) return emptyReport(source.file, issues, read);

  if (options.referenceByBsm && options.referenceByBsm.size > 0) {
    const gcj02 = checkGcj02(features, options.referenceByBsm, file);
    if (gcj02) issues.push(gcj02);
  }

  const classification: Classification =
    options.classification === 'sandiao' && unmappedCodes.size === 0
      ? 'ydyh2023'
      : options.classification === 'sandiao'
        ? 'sandiao'
        : (options.classification ?? 'ydyh2023');
  if (options.classification === 'sandiao' && unmappedCodes.size > 0) {
    // Mixed schemes in one document would make codes ambiguous (三调 1001 ≠ 用地用海 1001): keep 三调 codes
    // untranslated until a person decides the unmapped ones.
    features.forEach((f, i) => {
      if (originalCodes[i] !== undefined) f.properties.YDYHFLDM = originalCodes[i]!;
    });
  }
  const plan: PlanMeta = {
    schemaVersion: SCHEMA_VERSION,
    kind: options.kind,
    id: options.plan.id as PlanMeta['id'],
    title: options.plan.title,
    department: options.plan.department,
    version: options.plan.version,
    period: { ...options.plan.period },
    classification,
    sourceCrs: `EPSG:${crs.crs.epsg}`,
  };
  if (options.plan.approval) plan.approval = { ...options.plan.approval };
  const document: PlanDocument = { type: 'FeatureCollection', plan, features };

  progress({ phase: 'validate', done: 0, total });
  for (const issue of validationIssues(document, read, qualityIndexes)) issues.push(issue);
  const report = emptyReport(source.file, issues, read);
  report.sourceCrs = `EPSG:${crs.crs.epsg}`;
  report.crsProvenance = crs.provenance;
  report.crsProvenanceEn = crs.provenanceEn;
  report.mappings = mappings;
  report.codedValues = codedValues;
  if (hasFatal()) return report;
  const byIndex = new Map(read.features.map((f, i) => [f.index, i]));
  report.document = document;
  report.qualityFeatureIds = [...qualityIndexes].sort((a, b) => a - b).map((x) => features[byIndex.get(x)!]!.id);
  report.counts = {
    read: read.features.length,
    mapped: features.length,
    valid: features.length - qualityIndexes.size,
    quality: qualityIndexes.size,
    fatal: 0,
  };
  return report;
}
