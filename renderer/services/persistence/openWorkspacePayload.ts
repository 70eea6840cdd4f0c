// Replaces the stored and shown workspace with a workspace payload (schemas/workspace.schema.json: a
// `.lantu` file's content, a blueprint package, a generated benchmark workspace). The payload is checked
// whole first (checkWorkspacePayload); a refused one throws its message and leaves IndexedDB and the store
// as they were. The replacement (base plans in chunks, meta, the log: applied, then undone in redo order,
// view) is one transaction whose rows are prepared before it opens; the store changes only after it commits.
import { OVERVIEW_KEY_PREFIX } from './storedOverviews.ts';
import type { LantuDb } from '../../db/LantuDb.ts';
import type { EditorStore } from '../../store/createEditorStore.ts';
import type { WorkspacePayload } from '../../store/workspacePayload.ts';
import { restoreView } from '../../app/restoreView.ts';
import { uiLanguageError } from '../../i18n/uiLanguageError.ts';
import { checkWorkspacePayload } from './checkWorkspacePayload.ts';
import { reviewRecordsFrom } from '../../store/workspacePayload.ts';
import { externaliseCommand, planBlobWrite, type PlanBlobWrite } from './planBlobs.ts';
import { LAST_CHECK_KEYS } from './lastCheckStore.ts';
import { LAST_EXPORT_KEY } from './lastExportStore.ts';
import { message } from '../../i18n/message.ts';

export interface PayloadOrigin {
  /** Named in refusals, e.g. "济源.lantu". */
  fileName?: string;
}

export async function openWorkspacePayload(
  store: EditorStore,
  db: LantuDb,
  payload: WorkspacePayload,
  origin: PayloadOrigin = {},
): Promise<void> {
  const lang = store.getState().language;
  const fileName = origin.fileName ?? message(lang, 'workspaceData');
  const checked = checkWorkspacePayload(payload, { fileName, lang });
  if (!checked.ok) throw uiLanguageError(checked.message);

  const blobs: PlanBlobWrite[] = payload.plans.map((doc, order) => planBlobWrite(`base:${doc.plan.id}`, 'base', doc, order));
  const newBlobId = () => `import:${crypto.randomUUID()}`;
  const logRows = [...checked.past.map((c) => ({ c, undone: 0 as const })), ...checked.future.map((c) => ({ c, undone: 1 as const }))].map(
    ({ c, undone }) => {
      const { stored, blobs: commandBlobs } = externaliseCommand(c, newBlobId);
      blobs.push(...commandBlobs);
      return { command: stored, undone };
    },
  );
  const meta = {
    key: 'workspace',
    value: {
      rulePack: payload.rulePack,
      targets: payload.targets,
      policy: payload.policy ?? null,
      ...reviewRecordsFrom(payload),
      createdAt: new Date().toISOString(),
    },
  };
  await db.transaction('rw', [db.meta, db.planBlobs, db.chunks, db.log], async () => {
    await db.planBlobs.clear();
    await db.chunks.clear();
    await db.log.clear();
    await db.meta.bulkDelete([...LAST_CHECK_KEYS, LAST_EXPORT_KEY]);
    await db.meta.where('key').startsWith(OVERVIEW_KEY_PREFIX).delete();
    await db.planBlobs.bulkPut(blobs.map((w) => w.blob));
    await db.chunks.bulkPut(blobs.flatMap((w) => w.chunks));
    await db.log.bulkAdd(logRows);
    await db.meta.put(meta);
    if (payload.view) await db.meta.put({ key: 'view', value: payload.view });
  });
  store.getState().loadWorkspace(checked.workspace, checked.past, checked.future);
  restoreView(store, payload.view);
}
