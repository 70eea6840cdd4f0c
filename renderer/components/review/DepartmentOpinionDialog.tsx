// The department's page: a 征求意见 file opened on the department's workstation (dropped) shows the project —
// its facts, outline and area — and the preliminary review of this department's checks; the reviewer records
// the department's opinion (verdict, conditions, reviewer, date, 文号, basis) and exports the small 部门意见
// file the coordinator imports. A file that is refused (engine readConsultationFile) shows why and nothing else.
import { useEffect, useMemo, useState } from 'react';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/index.ts';
import { projectValueLabel } from '../../../engine/review/index.ts';
import { readConsultationFile } from '../../../engine/review/index.ts';
import { PROJECT_FIELDS } from '../../../engine/review/index.ts';
import type { DepartmentOpinion, Verdict } from '../../../engine/review/index.ts';
import { writeOpinionFile } from '../../../engine/review/index.ts';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import { errorText } from '../../i18n/describeError.ts';
import { todayIso } from '../../services/blueprint/resolutionStatus.ts';
import { readWorkstationUser } from '../../services/blueprint/workstationUser.ts';
import { createPlatform } from '../../services/platform/createPlatform.ts';
import { M2_PER_MU } from '../formatArea.ts';
import { VERDICT_KEY } from './ProjectRegister.tsx';
import { ProjectOutline } from './ProjectOutline.tsx';
import { useStation } from '../../app/StationContext.tsx';
import { openReviewFile } from '../../services/review/openReviewFile.ts';
import { signReviewFile } from '../../services/review/signReviewFile.ts';
import { StationFailure } from '../../services/station/types.ts';
import { useTrustedKeys } from '../exchange/useTrustedKeys.ts';
import { catalogueNotice } from '../../store/catalogueNotice.ts';
import { asLine, message } from '../../i18n/message.ts';
import '../../styles/importDialog.css';
import '../../styles/plainDialog.css';

/** Verifies the first pending 征求意见 file against this installation's trust list; a refused one is dropped with its reason. */
export function DepartmentOpinionDialog() {
  const store = useEditorStore();
  const pending = useEditor((s) => s.pendingConsultations[0]!);
  const trusted = useTrustedKeys(pending);
  const opening = useMemo(() => (trusted ? openReviewFile(pending.bytes, pending.name, trusted) : null), [pending, trusted]);
  useEffect(() => {
    if (!opening || opening.ok) return;
    const s = store.getState();
    s.setPendingConsultations(s.pendingConsultations.slice(1));
    s.notify(catalogueNotice('error', 'opinionFileNotOpened', { reason: opening.check.message }));
  }, [opening, store]);
  if (!opening || !opening.ok) return null;
  return <DepartmentOpinionForm file={{ name: pending.name, bytes: opening.bytes }} signer={opening.check.message} />;
}

function DepartmentOpinionForm({ file, signer }: { file: { name: string; bytes: Uint8Array }; signer: { zh: string; en: string } }) {
  const t = useT();
  const store = useEditorStore();
  const station = useStation();
  const lang = useEditor((s) => s.language);
  const read = useMemo(() => readConsultationFile(file.bytes, file.name), [file]);
  const consultation = read.file;
  const mine = consultation?.review?.departments.find((d) => d.department === consultation.consultation.department) ?? null;
  const [verdict, setVerdict] = useState<Verdict>(mine?.verdict ?? 'pass');
  const [conditions, setConditions] = useState(() =>
    mine ? mine.checks.flatMap((c) => (lang === 'zh' ? c.conditionsZh : c.conditionsEn)).join('\n') : '',
  );
  const [basis, setBasis] = useState(() => (mine ? [...new Set(mine.checks.map((c) => c.legalBasis))].join('；') : ''));
  const [reviewer, setReviewer] = useState(() => {
    try {
      return readWorkstationUser();
    } catch {
      return '';
    }
  });
  const [date, setDate] = useState(todayIso);
  const [documentNo, setDocumentNo] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const close = () => store.getState().setPendingConsultations(store.getState().pendingConsultations.slice(1));
  const say = (zh: string, en: string) => (lang === 'zh' ? zh : en);

  async function exportOpinion() {
    if (!consultation) return;
    const list = conditions
      .split('\n')
      .map((c) => c.trim())
      .filter(Boolean);
    const missing = [
      !reviewer.trim() && t('opinionReviewer'),
      !documentNo.trim() && t('opinionDocumentNo'),
      !/^\d{4}-\d{2}-\d{2}$/.test(date) && t('opinionDate'),
      verdict === 'conditional' && list.length === 0 && t('opinionConditions'),
    ].filter((x): x is string => typeof x === 'string');
    if (missing.length > 0) {
      setProblems([`${t('opinionMissing')}${missing.join(lang === 'zh' ? '、' : ', ')}`]);
      return;
    }
    setProblems([]);
    const c = consultation.consultation;
    const opinion: DepartmentOpinion = {
      projectId: c.projectId,
      projectVersion: c.projectVersion,
      department: c.department,
      verdict,
      conditions: verdict === 'conditional' ? list : [],
      basis: basis.trim(),
      reviewer: reviewer.trim(),
      date,
      documentNo: documentNo.trim(),
    };
    const d = consultation.department;
    const out = writeOpinionFile(opinion, {
      projectName: consultation.project.properties.XMMC,
      departmentName: d.nameZh,
      departmentShortName: d.shortZh,
    });
    let signed: Uint8Array;
    try {
      signed = await signReviewFile(out.bytes, station);
    } catch (error) {
      const cancelled = error instanceof StationFailure && error.code === 'needs-passphrase';
      const why = error instanceof StationFailure ? error.text[lang] : errorText(error, lang);
      setProblems([cancelled ? message(lang, 'opinionNoPassphrase') : message(lang, 'opinionNotSigned', { reason: why })]);
      return;
    }
    try {
      const saved = await createPlatform().saveFile(signed, { suggestedName: out.fileName, format: 'json' });
      if (!saved) return;
      store.getState().notify(catalogueNotice('info', 'opinionExported', { file: saved.name }));
      close();
    } catch (error) {
      setProblems([errorText(error, lang)]);
    }
  }

  if (!consultation) {
    return (
      <div className="dialog-backdrop" role="dialog" aria-modal="true" data-testid="department-dialog" data-refused="true">
        <div className="import-dialog">
          <h2>
            {t('departmentTitle')} · {file.name}
          </h2>
          <ul className="import-issues" data-testid="department-findings">
            {read.findings.map((f, i) => (
              <li key={i} className={f.level}>
                {say(f.messageZh, asLine(f.messageEn))}
              </li>
            ))}
          </ul>
          <div className="import-actions">
            <button onClick={close}>{t('cancel')}</button>
          </div>
        </div>
      </div>
    );
  }
  const { project, department, consultation: c } = consultation;
  const areaM2 = consultation.review?.measurement.areaM2 ?? ellipsoidalAreaM2(project.geometry);
  // Names, not field codes: the schema's titles in the schema's order; the code stays in the tooltip.
  const facts = PROJECT_FIELDS.map((f) => [f, project.properties[f.key]] as const).filter(
    ([, v]) => v !== null && v !== undefined && v !== '',
  );
  return (
    <div className="dialog-backdrop" role="dialog" aria-modal="true" data-testid="department-dialog" data-department={department.id}>
      <div className="import-dialog">
        <h2>
          {t('departmentTitle')} · {say(department.nameZh, department.nameEn)}
        </h2>
        <p>
          {t('consultDeadline')}: <strong data-testid="department-deadline">{c.deadline}</strong> · {t('consultSentOn')}: {c.sentOn}
        </p>
        <p className="muted" data-testid="department-signer">
          {say(signer.zh, signer.en)}
        </p>
        <div className="import-body">
          <div data-testid="department-project">
            <h4>
              {project.properties.XMMC} · {projectValueLabel(project.project.stage, lang)}
            </h4>
            <table className="import-mapping">
              <tbody>
                {facts.map(([f, v]) => (
                  <tr key={f.key}>
                    <th title={f.key}>{say(f.titleZh, f.titleEn)}</th>
                    <td>{projectValueLabel(String(v), lang)}</td>
                  </tr>
                ))}
                <tr>
                  <th>{t('boundaryTotal')}</th>
                  <td>
                    {(areaM2 / 10_000).toFixed(4)} {t('hectare')} ({(areaM2 / M2_PER_MU).toFixed(2)} {t('mu')})
                  </td>
                </tr>
              </tbody>
            </table>
            <ProjectOutline geometry={project.geometry} />
            <h4>{t('opinionPreliminary')}</h4>
            {mine ? (
              <div data-testid="department-preliminary" data-verdict={mine.verdict}>
                <span className={`verdict-chip verdict-${mine.verdict}`}>{t(VERDICT_KEY[mine.verdict])}</span>
                <ul>
                  {mine.checks.map((check) => (
                    <li key={check.checkId}>
                      <span className={`verdict-chip verdict-${check.verdict}`}>{t(VERDICT_KEY[check.verdict])}</span>{' '}
                      {say(check.reasonZh, check.reasonEn)}
                      {(lang === 'zh' ? check.conditionsZh : check.conditionsEn).map((x) => (
                        <div key={x} className="register-none">
                          · {x}
                        </div>
                      ))}
                      <div className="register-none">{check.legalBasis}</div>
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="register-none" data-testid="department-preliminary" data-verdict="">
                {t('departmentNoReview')}
              </p>
            )}
          </div>
          <div className="opinion-form" data-testid="opinion-form">
            <h4>{t('departmentRecord')}</h4>
            <label>
              {t('opinionVerdict')}
              <select data-testid="opinion-verdict" value={verdict} onChange={(e) => setVerdict(e.target.value as Verdict)}>
                {(['pass', 'conditional', 'fail'] as const).map((v) => (
                  <option key={v} value={v}>
                    {t(VERDICT_KEY[v])}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('opinionConditions')}
              <textarea rows={3} data-testid="opinion-conditions" value={conditions} onChange={(e) => setConditions(e.target.value)} />
            </label>
            <label>
              {t('opinionBasis')}
              <textarea rows={2} data-testid="opinion-basis" value={basis} onChange={(e) => setBasis(e.target.value)} />
            </label>
            <label>
              {t('opinionReviewer')}
              <input data-testid="opinion-reviewer" value={reviewer} onChange={(e) => setReviewer(e.target.value)} />
            </label>
            <label>
              {t('opinionDate')}
              <input type="date" data-testid="opinion-date" value={date} onChange={(e) => setDate(e.target.value)} />
            </label>
            <label>
              {t('opinionDocumentNo')}
              <input data-testid="opinion-document-no" value={documentNo} onChange={(e) => setDocumentNo(e.target.value)} />
            </label>
            {problems.length > 0 && (
              <ul className="import-issues" data-testid="opinion-problems">
                {problems.map((p) => (
                  <li key={p} className="fatal">
                    {p}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <div className="import-actions">
          <button onClick={close}>{t('cancel')}</button>
          <button className="primary" data-testid="opinion-export" onClick={() => void exportOpinion()}>
            {t('opinionExport')}
          </button>
        </div>
      </div>
    </div>
  );
}
