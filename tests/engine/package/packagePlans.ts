// Small plans for the package tests: a clean pair (no conflicts, the land-use layer tiles the town exactly,
// so a final export is allowed) and a dirty variant (a project on permanent farmland: an R08 blocker; one
// parcel missing: a 待定 area). Helpers serialise them and build a package through the export pipeline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureId } from '../../../engine/model/featureId.ts';
import type { Geometry, LayerCode, PlanDocument, PlanId, PlanKind, Properties } from '../../../engine/model/types.ts';
import { buildPackageFromInputs, type ExportInputs } from '../../../engine/export/index.ts';
import type { PackageResult, SqlJsWriterPort } from '../../../engine/package/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { createSqlJs } from '../../../main/node/createSqlJs.ts';
import { sha256HexNode } from '../../../main/node/sha256HexNode.ts';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const PACK_BYTES = readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'));
export const POLICY_BYTES = readFileSync(join(ROOT, 'seeds', 'rules', 'policy-default.json'));
export const CREATED = '2026-11-27T08:00:00.000Z';

const cell = (x: number, y: number, w: number, h: number): Geometry => {
  const [a, b, c, d] = [112.6 + x * 0.001, 35.05 + y * 0.001, 112.6 + (x + w) * 0.001, 35.05 + (y + h) * 0.001];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [a, b],
        [c, b],
        [c, d],
        [a, d],
        [a, b],
      ],
    ],
  };
};

function plan(
  kind: PlanKind,
  id: string,
  title: string,
  version: string,
  features: [LayerCode, string, Geometry, Properties][],
): PlanDocument {
  return {
    type: 'FeatureCollection',
    plan: {
      schemaVersion: '1.0.0',
      kind,
      id: id as PlanId,
      title,
      department: kind === 'land' ? '自然资源和规划局' : '发展改革委',
      version,
      period: { start: 2021, end: 2035 },
      classification: 'ydyh2023',
      sourceCrs: 'EPSG:4490',
    },
    features: features.map(([layer, bsm, geometry, properties]) => ({
      type: 'Feature',
      id: featureId(id, bsm),
      layer,
      geometry,
      properties: { BSM: bsm, ...properties },
    })),
  };
}

export interface PlanOptions {
  /** Put the project on the farmland (R08 blocker). */
  projectOnFarmland?: boolean;
  /** Leave the north-east parcel out of the land-use layer (a 待定 area). */
  dropParcel?: boolean;
  /** Use of the north-west parcel (diff tests change it). */
  northWestCode?: string;
  version?: string;
}

export function packagePlans(options: PlanOptions = {}): PlanDocument[] {
  const parcels: [LayerCode, string, Geometry, Properties][] = [
    ['GHYDYH', '419001000010000001', cell(0, 0, 5, 5), { YDYHFLDM: '0101', YDYHFLMC: '耕地' }],
    ['GHYDYH', '419001000010000002', cell(5, 0, 5, 5), { YDYHFLDM: '100101', YDYHFLMC: '一类工业用地' }],
    ['GHYDYH', '419001000010000003', cell(0, 5, 5, 5), { YDYHFLDM: options.northWestCode ?? '0301', YDYHFLMC: '林地' }],
    ['GHYDYH', '419001000010000004', cell(5, 5, 5, 5), { YDYHFLDM: '070101', YDYHFLMC: '一类城镇住宅用地' }],
  ];
  return [
    plan('land', 'pkg-land', '测试国土空间总体规划', options.version ?? 'v1', [
      ['XZQ', '419001000000000001', cell(0, 0, 10, 10), { XZQDM: '419001001', XZQMC: '沁园街道' }],
      ...(options.dropParcel ? parcels.slice(0, 3) : parcels),
      ['YJJBNT', '419001000020000001', cell(1, 1, 3, 3), { DLBM: '0101', DLMC: '水田' }],
      ['CZKFBJ', '419001000030000001', cell(5, 0, 5, 10), { GHFQMC: '城镇集中建设区' }],
    ]),
    plan('industry', 'pkg-industry', '测试产业规划', options.version ?? 'v1', [
      [
        'GYXM',
        '419001000040000001',
        options.projectOnFarmland ? cell(2, 2, 3, 1) : cell(6, 1, 2, 2),
        { XMMC: '精密铸件项目', YDYHFLDM: '100101', GYLX: '一类工业', SFZDXM: false },
      ],
    ]),
  ];
}

export const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

export type BuildOutcome = { ok: true; result: PackageResult } | { ok: false; errors: string[] };

/** The package of `plans` through the export pipeline with Node's ports, as `lantu export` builds it. */
export async function buildFromPlans(
  plans: PlanDocument[],
  options: { draft?: boolean; resolutions?: unknown; created?: string; review?: ExportInputs['review'] } = {},
): Promise<BuildOutcome> {
  const geometry = await createGeometryPort();
  try {
    const sqlJs = (await createSqlJs()) as unknown as SqlJsWriterPort;
    const outcome = await buildPackageFromInputs(
      {
        sources: plans.map((p) => ({ file: `${p.plan.id}.json`, bytes: bytesOf(p) })),
        pack: { file: 'jiyuan-default.json', bytes: PACK_BYTES },
        policy: { file: 'policy-default.json', bytes: POLICY_BYTES },
        targets: null,
        resolutions: options.resolutions === undefined ? null : { file: 'resolutions.json', bytes: bytesOf(options.resolutions) },
        created: options.created ?? CREATED,
        draft: options.draft ?? false,
        toolVersion: '0.1.0',
        ...(options.review ? { review: options.review } : {}),
      },
      { geometry, sqlJs, sha256Hex: sha256HexNode },
    );
    return outcome.ok ? outcome : { ok: false, errors: outcome.issues.map((i) => i.message.zh) };
  } finally {
    geometry.dispose();
  }
}
