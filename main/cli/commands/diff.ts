// `lantu diff <a.zip> <b.zip>`: compares two blueprint packages: features added, removed and changed per
// layer (matched by feature id, engine/merge/diffPlanVersions), the area change per land-use class of the
// integrated coverage (YZTYDFG), and the indicator changes (value and status per indicator and town).
// Exit 0 with the differences printed (and as JSON with --json); 1 when a package is unreadable; 2 on usage/I-O errors.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { IndicatorValue } from '../../../engine/indicators/index.ts';
import { diffPlanVersions } from '../../../engine/merge/index.ts';
import type { PlanDocument, PlanFeature, PlanId } from '../../../engine/model/index.ts';
import { COVERAGE_TABLE, UNDETERMINED_TABLE, zipEntries } from '../../../engine/package/index.ts';
import { PACKAGE_ZIP_LIMITS, ZipRefusal, type ZipLimits } from '../../../engine/zip/index.ts';
import type { CliCommand } from '../command.ts';
import type { CliContext } from '../context.ts';
import { describeIoError } from '../describeIoError.ts';
import { EXIT } from '../exitCodes.ts';
import { inflateLimitOption, zipLimitsFrom } from '../inflateLimitOption.ts';
import { say } from '../../i18n/index.ts';

interface PackageView {
  features: PlanFeature[];
  coverage: { classCode: string; areaM2: number }[];
  indicators: IndicatorValue[];
}

interface GeoJsonFeature {
  id: string;
  geometry: PlanFeature['geometry'];
  properties: PlanFeature['properties'];
}

function parse<T>(bytes: Uint8Array | undefined): T | undefined {
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  } catch {
    return undefined;
  }
}

async function readView(
  ctx: CliContext,
  file: string,
  limits: ZipLimits,
): Promise<PackageView | { error: { zh: string; en: string }; code: 1 | 2 }> {
  let zip: Uint8Array;
  try {
    zip = await readFile(resolve(ctx.cwd, file));
  } catch (error) {
    return { error: describeIoError(error, file), code: 2 };
  }
  // Entry by entry within the limits: only the layers and the indicators are inflated, a bomb is refused.
  let files: ReadonlyMap<string, Uint8Array>;
  try {
    files = zipEntries(zip, file, limits);
  } catch (error) {
    if (error instanceof ZipRefusal && error.code !== 'zip-invalid') return { error: { zh: error.zh, en: error.en }, code: 1 };
    return { error: say('commands.diff.readView_error', { file }), code: 1 };
  }
  try {
    return viewOf(file, files);
  } catch (error) {
    if (error instanceof ZipRefusal) return { error: { zh: error.zh, en: error.en }, code: 1 };
    throw error;
  }
}

function viewOf(file: string, files: ReadonlyMap<string, Uint8Array>): PackageView | { error: { zh: string; en: string }; code: 1 } {
  const features: PlanFeature[] = [];
  const coverage: PackageView['coverage'] = [];
  for (const path of files.keys()) {
    const m = /^layers\/([A-Z]+)\.geojson$/.exec(path);
    if (!m) continue;
    const fc = parse<{ features?: GeoJsonFeature[] }>(files.get(path));
    if (!fc || !Array.isArray(fc.features)) return { error: say('commands.diff.viewOf_error', { file, path }), code: 1 };
    if (m[1] === COVERAGE_TABLE) {
      for (const f of fc.features)
        coverage.push({ classCode: String(f.properties['YDYHFLDM'] ?? ''), areaM2: Number(f.properties['MJ'] ?? 0) });
    } else if (m[1] !== UNDETERMINED_TABLE) {
      for (const f of fc.features)
        features.push({
          type: 'Feature',
          id: f.id as PlanFeature['id'],
          layer: m[1] as PlanFeature['layer'],
          geometry: f.geometry,
          properties: f.properties,
        });
    }
  }
  const indicators = parse<IndicatorValue[]>(files.get('indicators.json'));
  if (features.length === 0 && coverage.length === 0)
    return {
      error: say('commands.diff.viewOf_error-2', { file }),
      code: 1,
    };
  return { features, coverage, indicators: Array.isArray(indicators) ? indicators : [] };
}

function asPlan(features: PlanFeature[]): PlanDocument {
  return {
    type: 'FeatureCollection',
    plan: {
      schemaVersion: '1.0.0',
      kind: 'land',
      id: 'blueprint' as PlanId,
      title: '',
      department: '',
      version: '',
      period: { start: 0, end: 0 },
      classification: 'ydyh2023',
      sourceCrs: 'EPSG:4490',
    },
    features,
  };
}

const ha = (m2: number) => (m2 / 10_000).toFixed(4);

const diff: CliCommand = {
  usage: '<a.zip> <b.zip>',
  options: { 'max-inflate': inflateLimitOption(PACKAGE_ZIP_LIMITS.maxTotalBytes) },
  async run(args, ctx) {
    const limits = zipLimitsFrom(args.options['max-inflate'], PACKAGE_ZIP_LIMITS);
    if (args.positionals.length !== 2) {
      ctx.err(ctx.t(say('commands.diff.run')));
      return EXIT.usage;
    }
    const [fileA, fileB] = args.positionals as [string, string];
    const a = await readView(ctx, fileA, limits);
    if ('error' in a) {
      ctx.err(`✗ ${ctx.t(a.error)}`);
      return a.code === 2 ? EXIT.usage : EXIT.invalid;
    }
    const b = await readView(ctx, fileB, limits);
    for (const v of [a, b]) {
      if ('error' in v) {
        ctx.err(`✗ ${ctx.t(v.error)}`);
        return v.code === 2 ? EXIT.usage : EXIT.invalid;
      }
    }
    const before = a as PackageView;
    const after = b as PackageView;
    const d = diffPlanVersions(asPlan(before.features), asPlan(after.features));
    const layers = [...new Set([...before.features, ...after.features].map((f) => f.layer))].sort();
    const perLayer = layers.map((layer) => ({
      layer,
      added: d.added.filter((f) => f.layer === layer).length,
      removed: d.removed.filter((f) => f.layer === layer).length,
      changed: d.changed.filter((f) => f.layer === layer).length,
    }));
    const classes = new Map<string, { beforeM2: number; afterM2: number }>();
    for (const [list, side] of [
      [before.coverage, 'beforeM2'],
      [after.coverage, 'afterM2'],
    ] as const) {
      for (const c of list) {
        const t = classes.get(c.classCode) ?? { beforeM2: 0, afterM2: 0 };
        t[side] += c.areaM2;
        classes.set(c.classCode, t);
      }
    }
    const areaByClass = [...classes]
      .map(([classCode, t]) => ({
        classCode,
        areaBeforeM2: Math.round(t.beforeM2 * 100) / 100,
        areaAfterM2: Math.round(t.afterM2 * 100) / 100,
        changeM2: Math.round((t.afterM2 - t.beforeM2) * 100) / 100,
      }))
      .filter((c) => c.changeM2 !== 0)
      .sort((x, y) => (x.classCode < y.classCode ? -1 : 1));
    const key = (v: IndicatorValue) => `${v.indicator}|${v.townCode ?? ''}`;
    const beforeIndicators = new Map(before.indicators.map((v) => [key(v), v]));
    const indicatorChanges = after.indicators
      .map((v) => ({ v, old: beforeIndicators.get(key(v)) }))
      .filter(({ v, old }) => !old || old.value !== v.value || old.status !== v.status)
      .map(({ v, old }) => ({
        indicator: v.indicator,
        townCode: v.townCode,
        townName: v.townName,
        before: old?.value ?? null,
        after: v.value,
        unit: v.unit,
        statusBefore: old?.status ?? null,
        statusAfter: v.status,
      }));

    for (const l of perLayer.filter((x) => x.added + x.removed + x.changed > 0)) {
      ctx.out(ctx.t(say('commands.diff.run-2', { layer: l.layer.padEnd(7), added: l.added, removed: l.removed, changed: l.changed })));
    }
    for (const c of areaByClass)
      ctx.out(
        ctx.t(
          say('commands.diff.run-3', {
            classCode: c.classCode.padEnd(6),
            areaBeforeM2: ha(c.areaBeforeM2),
            areaAfterM2: ha(c.areaAfterM2),
            value: c.changeM2 >= 0 ? '+' : '',
            changeM2: ha(c.changeM2),
          }),
        ),
      );
    for (const i of indicatorChanges)
      ctx.out(
        `  ${ctx.t(say('commands.diff.run-4'))} ${i.indicator}${i.townName ? `（${i.townName}）` : ''} ${i.before ?? '—'} → ${i.after} [${i.statusBefore ?? '—'} → ${i.statusAfter}]`,
      );
    ctx.out(
      ctx.t(
        say('commands.diff.run-5', {
          length: d.added.length,
          length2: d.removed.length,
          length3: d.changed.length,
          unchanged: d.unchanged,
          length4: areaByClass.length,
          length5: indicatorChanges.length,
        }),
      ),
    );
    await ctx.writeJson({
      a: fileA,
      b: fileB,
      perLayer,
      added: d.added,
      removed: d.removed,
      changed: d.changed,
      unchanged: d.unchanged,
      areaByClass,
      indicatorChanges,
    });
    return EXIT.ok;
  },
};

export default diff;
