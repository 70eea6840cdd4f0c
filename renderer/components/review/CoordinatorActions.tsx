// The coordinator's actions on the selected project: send 征求意见 files to every department (one undoable
// batch of `setConsultation`, then one file per department saved or downloaded), import 部门意见 files, and
// issue the 联合审查意见 (文号, date, coordinator) — refused, naming the departments that have not answered on
// the current version, until all have (engine issueJointOpinion).
import { projectBoundaryTxt } from '../../../engine/review/index.ts';
import { safeFileNamePart } from '../../../engine/review/index.ts';
import { useRef, useState } from 'react';
import { issueJointOpinion } from '../../../engine/review/index.ts';
import { projectVersion } from '../../../engine/review/index.ts';
import { writeConsultationFile } from '../../../engine/review/index.ts';
import type { Consultation } from '../../../engine/review/index.ts';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import { errorText } from '../../i18n/describeError.ts';
import { todayIso } from '../../services/blueprint/resolutionStatus.ts';
import { readWorkstationUser } from '../../services/blueprint/workstationUser.ts';
import { createPlatform } from '../../services/platform/createPlatform.ts';
import { workspaceDepartments } from '../../services/review/workspaceDepartments.ts';
import type { Command } from '../../store/types.ts';
import { useStation } from '../../app/StationContext.tsx';
import { signReviewFile } from '../../services/review/signReviewFile.ts';
import { StationFailure } from '../../services/station/types.ts';
import { DICTIONARIES } from '../../i18n/dictionary.ts';
import { VERDICT_KEY } from './ProjectRegister.tsx';
import { catalogueNotice } from '../../store/catalogueNotice.ts';
import { message } from '../../i18n/message.ts';

/** YYYY-MM-DD plus `days` (UTC calendar arithmetic). */
export function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function CoordinatorActions({ projectId, onReport }: { projectId: string; onReport?: () => void }) {
  const t = useT();
  const store = useEditorStore();
  const station = useStation();
  const lang = useEditor((s) => s.language);
  const [deadline, setDeadline] = useState(() => addDaysIso(todayIso(), 7));
  const [documentNo, setDocumentNo] = useState('');
  const [date, setDate] = useState(todayIso);
  const [coordinator, setCoordinator] = useState(() => {
    try {
      return readWorkstationUser();
    } catch {
      return '';
    }
  });
  const [blockers, setBlockers] = useState<{ zh: string; en: string }[]>([]);
  const input = useRef<HTMLInputElement>(null);

  async function consult() {
    const s = store.getState();
    const project = s.workspace.projects?.find((p) => p.project.id === projectId);
    if (!project) return;
    const version = projectVersion(project);
    const departments = workspaceDepartments(s.workspace);
    const sentOn = todayIso();
    const entry = s.projectReviews[projectId];
    const review = entry && entry.projectVersion === version ? entry.review : null;
    const commands: Command[] = departments.map((d) => {
      const after: Consultation = { projectId, projectVersion: version, department: d.id, sentOn, deadline };
      const before = s.workspace.consultations?.find((c) => c.projectId === projectId && c.department === d.id) ?? null;
      return { kind: 'setConsultation', projectId, department: d.id, before, after };
    });
    // Every file is signed before anything is recorded or saved: a cancelled passphrase leaves the workspace as it was.
    const files: { bytes: Uint8Array; fileName: string }[] = [];
    try {
      for (const c of commands) {
        if (c.kind !== 'setConsultation' || !c.after) continue;
        const department = departments.find((d) => d.id === c.department)!;
        const file = writeConsultationFile({ consultation: c.after, department, project, review });
        files.push({ bytes: await signReviewFile(file.bytes, station), fileName: file.fileName });
      }
    } catch (error) {
      const cancelled = error instanceof StationFailure && error.code === 'needs-passphrase';
      const why = (lang: 'zh' | 'en') => (error instanceof StationFailure ? error.text[lang] : errorText(error, lang));
      s.notify(
        cancelled
          ? catalogueNotice('error', 'consultNoPassphrase')
          : catalogueNotice('error', 'consultNotSigned', { reason: { zh: why('zh'), en: why('en') } }),
      );
      return;
    }
    try {
      s.execute({ kind: 'batch', label: message(s.language, 'consultLabel', { project: project.properties.XMMC }), commands });
      const platform = createPlatform();
      for (const file of files) await platform.saveFile(file.bytes, { suggestedName: file.fileName, format: 'json' });
      s.notify(catalogueNotice('info', 'consultSent', { n: departments.length, project: project.properties.XMMC, deadline }));
    } catch (error) {
      s.notify(catalogueNotice('error', 'consultNotSaved', { reason: { zh: errorText(error, 'zh'), en: errorText(error, 'en') } }));
    }
  }

  /** The boundary as a 部标 界址点 TXT (GBK), as the approval system and the surveyor expect it. */
  async function exportTxt() {
    const s = store.getState();
    const project = s.workspace.projects?.find((p) => p.project.id === projectId);
    if (!project) return;
    const out = projectBoundaryTxt(project);
    const fatal = out.findings.find((f) => f.level === 'fatal');
    if (!out.bytes || fatal) {
      s.notify(
        catalogueNotice('error', 'boundaryTxtNotWritten', {
          project: project.properties.XMMC,
          reason: { zh: fatal?.messageZh ?? '', en: fatal?.messageEn ?? '' },
        }),
      );
      return;
    }
    try {
      const saved = await createPlatform().saveFile(out.bytes, {
        suggestedName: message(lang, 'fileNameBoundaryTxt', { project: safeFileNamePart(project.properties.XMMC) }),
        format: 'txt',
      });
      if (saved) s.notify(catalogueNotice('info', 'boundaryTxtSaved', { project: project.properties.XMMC, file: saved.name }));
    } catch (error) {
      s.notify(catalogueNotice('error', 'boundaryTxtNotSaved', { reason: { zh: errorText(error, 'zh'), en: errorText(error, 'en') } }));
    }
  }

  function issue() {
    const s = store.getState();
    const project = s.workspace.projects?.find((p) => p.project.id === projectId);
    if (!project) return;
    const result = issueJointOpinion(
      project,
      workspaceDepartments(s.workspace),
      s.workspace.consultations ?? [],
      s.workspace.opinions ?? [],
      s.workspace.jointOpinions ?? [],
      todayIso(),
      { documentNo, date, coordinator },
    );
    if (!result.ok) {
      setBlockers(result.blockers);
      return;
    }
    setBlockers([]);
    const before = s.workspace.jointOpinions?.find((j) => j.projectId === projectId) ?? null;
    s.execute({ kind: 'setJointOpinion', projectId, before, after: result.joint });
    const key = VERDICT_KEY[result.joint.verdict];
    s.notify(
      catalogueNotice('info', 'jointOpinionIssued', {
        project: project.properties.XMMC,
        documentNo: result.joint.documentNo,
        verdict: { zh: DICTIONARIES.zh[key], en: DICTIONARIES.en[key] },
      }),
    );
  }

  return (
    <div className="coordinator-actions" data-testid="coordinator-actions">
      {onReport && (
        <button data-testid="report-open" onClick={onReport}>
          {t('reportOpen')}
        </button>
      )}
      <button data-testid="boundary-export-txt" onClick={() => void exportTxt()}>
        {t('boundaryExportTxt')}
      </button>
      <label className="inline">
        {t('consultDeadline')}{' '}
        <input type="date" data-testid="consult-deadline" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
      </label>
      <button data-testid="consult-send" onClick={() => void consult()}>
        {t('consultSend')}
      </button>
      <button data-testid="opinion-import" onClick={() => input.current?.click()}>
        {t('opinionImport')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json"
        multiple
        hidden
        data-testid="opinion-input"
        onChange={async (e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
          store.getState().setPendingOpinions([...store.getState().pendingOpinions, ...read]);
        }}
      />
      <fieldset className="joint-form">
        <legend>{t('jointIssueTitle')}</legend>
        <label>
          {t('jointDocumentNo')}
          <input data-testid="joint-document-no" value={documentNo} onChange={(e) => setDocumentNo(e.target.value)} />
        </label>
        <label>
          {t('jointDate')}
          <input type="date" data-testid="joint-date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          {t('jointCoordinator')}
          <input data-testid="joint-coordinator" value={coordinator} onChange={(e) => setCoordinator(e.target.value)} />
        </label>
        <button className="primary" data-testid="joint-issue" onClick={issue}>
          {t('jointIssue')}
        </button>
        {blockers.length > 0 && (
          <ul className="import-issues" data-testid="joint-blockers">
            {blockers.map((b, i) => (
              <li key={i} className="fatal">
                {lang === 'zh' ? b.zh : b.en}
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </div>
  );
}
