// The 项目库 (project register): every project with its stage, each department's verdict (the recorded
// opinion, else the preliminary one in grey; stale and overdue marked) and the joint result; a project
// whose review changed after the blueprint did is flagged. Selecting a project shows it on the map; its
// buttons open the report and the coordinator's actions (征求意见, 导入意见, 联合审查意见).
import { useMemo, type ReactNode } from 'react';
import { projectValueLabel } from '../../../engine/review/index.ts';
import type { Verdict } from '../../../engine/review/index.ts';
import { OPINION_CELL_LABELS } from '../../../engine/review/index.ts';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { todayIso } from '../../services/blueprint/resolutionStatus.ts';
import { registerRows, type RegisterCell } from '../../services/review/registerRows.ts';
import { workspaceDepartments } from '../../services/review/workspaceDepartments.ts';

export const VERDICT_KEY: Record<Verdict, MessageKey> = { pass: 'verdictPass', conditional: 'verdictConditional', fail: 'verdictFail' };

function Cell({ cell, lang }: { cell: RegisterCell; lang: 'zh' | 'en' }) {
  const t = useT();
  const d = cell.departmentEntry;
  const short = lang === 'zh' ? d.shortZh : d.shortEn;
  const recorded = cell.opinion?.verdict ?? null;
  const verdict = recorded ?? cell.preliminary;
  const label = OPINION_CELL_LABELS[cell.state];
  const title = [
    lang === 'zh' ? d.nameZh : d.nameEn,
    lang === 'zh' ? label.zh : label.en,
    cell.preliminary ? `${t('opinionPreliminary')}: ${t(VERDICT_KEY[cell.preliminary])}` : '',
    cell.consultation ? `${t('consultDeadline')}: ${cell.consultation.deadline}` : '',
    cell.staleOpinion && !cell.opinion ? `${t('opinionStale')} (${cell.staleOpinion.documentNo})` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <span
      className={`verdict-chip verdict-${verdict ?? 'none'} ${recorded ? 'recorded' : 'preliminary'} state-${cell.state}`}
      title={title}
      data-testid="register-cell"
      data-department={d.id}
      data-verdict={verdict ?? ''}
      data-state={cell.state}
    >
      {short}
      {cell.state === 'stale' && ' ⟳'}
      {cell.state === 'overdue' && ' ⏰'}
      {cell.state === 'awaiting' && ' …'}
    </span>
  );
}

export function ProjectRegister({ actions }: { actions?: (projectId: string) => ReactNode }) {
  const t = useT();
  const store = useEditorStore();
  const lang = useEditor((s) => s.language);
  const projects = useEditor((s) => s.workspace.projects);
  const departments = useEditor((s) => s.workspace.departments);
  const consultations = useEditor((s) => s.workspace.consultations);
  const opinions = useEditor((s) => s.workspace.opinions);
  const jointOpinions = useEditor((s) => s.workspace.jointOpinions);
  const reviews = useEditor((s) => s.projectReviews);
  const selected = useEditor((s) => s.selectedProjectId);
  const rows = useMemo(
    () => registerRows({ projects, consultations, opinions, jointOpinions }, reviews, workspaceDepartments({ departments }), todayIso()),
    [projects, consultations, opinions, jointOpinions, reviews, departments],
  );
  if (rows.length === 0)
    return (
      <div className="placeholder" data-testid="register-empty">
        {t('registerEmpty')}
      </div>
    );
  return (
    <ol className="register" data-testid="register">
      {rows.map((row) => {
        const id = row.project.project.id;
        return (
          <li
            key={id}
            className={`register-row${id === selected ? ' selected' : ''}`}
            data-testid="register-row"
            data-project-id={id}
            data-joint={row.joint?.verdict ?? ''}
            data-changed={row.changed}
            onClick={() => {
              store.getState().selectProject(id);
              store.getState().acknowledgeReview(id);
            }}
          >
            <div className="register-head">
              <strong data-user-text="">{row.project.properties.XMMC}</strong>
              <span className="register-stage">{projectValueLabel(row.project.project.stage, lang)}</span>
              {row.changed && (
                <span className="register-changed" data-testid="register-changed" title={t('registerChangedHint')}>
                  {t('registerChanged')}
                </span>
              )}
            </div>
            <div className="register-cells">
              {row.cells.map((cell) => (
                <Cell key={cell.department} cell={cell} lang={lang} />
              ))}
            </div>
            <div className="register-joint" data-testid="register-joint">
              {t('jointResult')}:{' '}
              {row.joint ? (
                <span className={`verdict-chip verdict-${row.joint.verdict}`} data-testid="register-joint-verdict">
                  {t(VERDICT_KEY[row.joint.verdict])} · {row.joint.documentNo}
                </span>
              ) : row.staleJoint ? (
                <span className="verdict-chip stale" title={t('opinionStale')}>
                  {t(VERDICT_KEY[row.staleJoint.verdict])} · {row.staleJoint.documentNo} ⟳
                </span>
              ) : (
                <span className="register-none">{t('jointNotIssued')}</span>
              )}{' '}
              · {row.answered}/{row.cells.length}
              {row.preliminary && (
                <span className="register-preliminary" data-testid="register-preliminary" data-verdict={row.preliminary}>
                  {' '}
                  · {t('opinionPreliminary')}: {t(VERDICT_KEY[row.preliminary])}
                </span>
              )}
            </div>
            {id === selected && actions && (
              <div className="register-actions" onClick={(e) => e.stopPropagation()}>
                {actions(id)}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
