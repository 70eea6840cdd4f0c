// The workspace's precedence policy goes into the exported package as policy.json, and opening the package
// brings that policy back into the workspace (so the next export follows it again).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../../engine/geometry/port.ts';
import { unzipFiles, type SqlJsWriterPort } from '../../../../engine/package/index.ts';
import type { Policy } from '../../../../engine/resolutions/types.ts';
import type { RulePack } from '../../../../engine/rules/index.ts';
import { createGeometryPort } from '../../../../main/node/createGeometryPort.ts';
import { createSqlJs } from '../../../../main/node/createSqlJs.ts';
import { buildAppPackage } from '../../../../renderer/services/blueprint/buildAppPackage.ts';
import { DEFAULT_POLICY } from '../../../../renderer/services/blueprint/defaultPolicy.ts';
import { editPolicy } from '../../../../renderer/services/blueprint/editPolicy.ts';
import { packageToWorkspace } from '../../../../renderer/services/blueprint/packageToWorkspace.ts';
import { workspacePolicy } from '../../../../renderer/services/blueprint/workspacePolicy.ts';
import { planDocumentOf } from '../../../../renderer/store/applyCommand.ts';
import { fixtureWorkspace } from '../../fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const pack = JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')) as RulePack;
const edited: Policy = { ...editPolicy(DEFAULT_POLICY, { kind: 'moveTier', index: 3, by: 1 }), id: 'bureau-2026', title: '局修订策略' };
let port: GeometryPort;
let sqlJs: SqlJsWriterPort;

beforeAll(async () => {
  port = await createGeometryPort();
  sqlJs = (await createSqlJs()) as unknown as SqlJsWriterPort;
});

afterAll(() => port?.dispose());

describe('the policy in a blueprint package', () => {
  it('is written as policy.json by the export and restored by opening the package', async () => {
    const ws = { ...fixtureWorkspace(['land', 'industry']), rulePack: pack, policy: edited };
    const result = await buildAppPackage(
      {
        plans: ws.planOrder.map((id) => planDocumentOf(ws.plans.get(id)!)),
        resolutions: [],
        pack,
        policy: workspacePolicy(ws),
        targets: null,
        created: '2026-11-27T10:00:00.000Z',
        draft: true,
        toolVersion: '0.1.0',
      },
      port,
      sqlJs,
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const files = unzipFiles(result.zip);
    expect(JSON.parse(new TextDecoder().decode(files.get('policy.json')!))).toEqual(edited);
    const opening = packageToWorkspace(files, 'draft.zip');
    if (!opening.ok) throw new Error(opening.reasonZh);
    expect(opening.payload.policy).toEqual(edited);
  }, 120_000);

  it('is refused by the export when it does not follow the schema, naming policy.json', async () => {
    const ws = { ...fixtureWorkspace(['land']), rulePack: pack };
    const result = await buildAppPackage(
      {
        plans: ws.planOrder.map((id) => planDocumentOf(ws.plans.get(id)!)),
        resolutions: [],
        pack,
        policy: { ...DEFAULT_POLICY, tiers: [] } as Policy,
        targets: null,
        created: '2026-11-27T10:00:00.000Z',
        draft: true,
        toolVersion: '0.1.0',
      },
      port,
      sqlJs,
    );
    expect(result.ok).toBe(false);
    if (!result.ok && 'errors' in result) {
      expect(result.errors.map((e) => e.zh).join('\n')).toContain('policy.json');
      // The English sentence has no Chinese of its own (the dialog shows one language).
      expect(result.errors.map((e) => e.en).join('\n')).toContain('policy.json');
      expect(result.errors.map((e) => e.en).join('\n')).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/);
    }
    expect('errors' in result).toBe(true);
  }, 120_000);
});
