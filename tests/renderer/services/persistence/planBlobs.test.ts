// A stored plan that lost a chunk or the blob an edit refers to is refused with what is missing, in the language
// of the moment (the page that fails to open follows the user's language, not only Chinese).
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LantuDb } from '../../../../renderer/db/LantuDb.ts';
import { describeError } from '../../../../renderer/i18n/describeError.ts';
import { internaliseCommand, planBlobWrite, readPlanBlob } from '../../../../renderer/services/persistence/planBlobs.ts';
import { fixturePlan } from '../../fixtures.ts';

const failure = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  return { zh: describeError(error, 'zh').text, en: describeError(error, 'en').text };
};

describe('planBlobs', () => {
  it('names the plan and the missing chunk of a damaged stored plan, in Chinese and English', async () => {
    const db = new LantuDb('lantu-blobs', { indexedDB: new IDBFactory(), IDBKeyRange });
    const land = fixturePlan('land');
    const { blob, chunks } = planBlobWrite('b1', 'import', land, 0);
    await db.planBlobs.put(blob);
    await db.chunks.bulkPut(chunks);
    expect(await readPlanBlob(db, blob)).toMatchObject({ features: land.features });
    await db.chunks.delete(['b1', 0]);
    expect(await failure(readPlanBlob(db, blob))).toEqual({
      zh: `规划「${land.plan.title}」的存储缺少第 1 块（共 1 块）`,
      en: `the stored plan "${land.plan.title}" is missing chunk 1 (of 1)`,
    });
    expect(await failure(readPlanBlob(db, { ...blob, chunkCount: 0 }))).toEqual({
      zh: `规划「${land.plan.title}」的存储不完整：应有 ${land.features.length} 个要素，实际读到 0 个`,
      en: `the stored plan "${land.plan.title}" is incomplete: ${land.features.length} features expected, 0 read`,
    });
    expect(await failure(internaliseCommand(db, { kind: 'importPlan', planRef: 'gone', index: 0 }))).toEqual({
      zh: '编辑记录引用的规划数据 gone 缺失',
      en: 'the plan data gone that the edit history refers to is missing',
    });
    db.close();
  });
});
