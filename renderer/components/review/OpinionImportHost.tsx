// Imports the 部门意见 files given to the coordinator (dropped or chosen), one at a time: each is read against
// the workspace (engine readOpinionFile: known department and project, dates, conditions) and recorded as
// one undoable `setOpinion`; a refused file changes nothing and its findings are shown. An opinion on an
// older project version never replaces a current one. A signed file is verified first (services/review/openReviewFile).
import { useEffect } from 'react';
import { readOpinionFile } from '../../../engine/review/index.ts';
import { useEditor, useEditorStore } from '../../app/StoreContext.tsx';
import { workspaceDepartments } from '../../services/review/workspaceDepartments.ts';
import { bilingualNotice } from '../../store/viewSlice.ts';
import { messages } from '../../i18n/message.ts';
import { openReviewFile } from '../../services/review/openReviewFile.ts';
import { useTrustedKeys } from '../exchange/useTrustedKeys.ts';

export function OpinionImportHost() {
  const store = useEditorStore();
  const pending = useEditor((s) => s.pendingOpinions);
  // The trust list is loaded first, so a signer is never judged against an empty list for a moment.
  const trusted = useTrustedKeys(pending.length > 0 ? pending : null);
  useEffect(() => {
    if (pending.length === 0 || !trusted) return;
    const s = store.getState();
    // Files dropped while the trust list loaded are in the store, not yet in `pending`: take them all, lose none.
    const batch = s.pendingOpinions;
    s.setPendingOpinions([]);
    const done: { zh: string; en: string }[] = [];
    const refused: { zh: string; en: string }[] = [];
    for (const signed of batch) {
      const opening = openReviewFile(signed.bytes, signed.name, trusted);
      if (!opening.ok) {
        refused.push(messages('opinionNotImported', { reason: opening.check.message }));
        continue;
      }
      const file = { name: signed.name, bytes: opening.bytes };
      const ws = store.getState().workspace;
      const read = readOpinionFile(file.bytes, file.name, { departments: workspaceDepartments(ws), projects: ws.projects ?? [] });
      const fatal = read.findings.filter((f) => f.level === 'fatal');
      if (!read.opinion || fatal.length > 0) {
        refused.push(...fatal.map((f) => ({ zh: f.messageZh, en: f.messageEn })));
        continue;
      }
      const o = read.opinion;
      const before = ws.opinions?.find((x) => x.projectId === o.projectId && x.department === o.department) ?? null;
      if (read.stale && before && before.projectVersion === read.currentVersion) {
        refused.push(messages('opinionOnOlderVersion', { file: file.name }));
        continue;
      }
      store.getState().execute({ kind: 'setOpinion', projectId: o.projectId, department: o.department, before, after: o });
      for (const f of read.findings) done.push({ zh: f.messageZh, en: f.messageEn });
      done.push(messages('opinionImported', { file: file.name, check: opening.check.message }));
    }
    const all = [...refused, ...done];
    store
      .getState()
      .notify(bilingualNotice(refused.length > 0 ? 'error' : 'info', all.map((x) => x.zh).join('；'), all.map((x) => x.en).join('; ')));
  }, [pending, store, trusted]);
  return null;
}
