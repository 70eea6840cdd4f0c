// The history panel: every command of the one undo history (applied, then undone in grey); clicking
// an entry undoes or redoes up to it. Entries name what changed (layer, BSM, name, rule title, town) and
// who did it where and when (the station's name, e.g. 生态环境局-张工, and the time); ids are in the tooltip.
import { useEditor, useT } from '../app/StoreContext.tsx';
import type { MessageKey } from '../i18n/dictionary.ts';
import type { Verdict } from '../../engine/review/index.ts';
import type { Command, LoggedCommand } from '../store/types.ts';
import { commandAuthor } from './commandAuthor.ts';
import { shapeEditOf } from '../store/geometryEditCommand.ts';
import { workspaceDepartments } from '../services/review/workspaceDepartments.ts';
import { describeCommand, type CommandContext } from './describeCommand.ts';
import { KIND_LABEL } from './resolve/ResolvePanel.tsx';

const LABELS: Record<Command['kind'], MessageKey> = {
  setAttributes: 'commandSetAttributes',
  setGeometry: 'commandSetGeometry',
  addFeature: 'commandAddFeature',
  deleteFeature: 'commandDeleteFeature',
  importPlan: 'commandImportPlan',
  removePlan: 'commandRemovePlan',
  batch: 'commandBatch',
  setResolution: 'commandSetResolution',
  setPolicy: 'commandSetPolicy',
  setProject: 'commandSetProject',
  setDepartments: 'commandSetDepartments',
  setConsultation: 'commandSetConsultation',
  setOpinion: 'commandSetOpinion',
  setJointOpinion: 'commandSetJointOpinion',
};

const VERDICT_LABEL: Record<Verdict, MessageKey> = { pass: 'verdictPass', conditional: 'verdictConditional', fail: 'verdictFail' };

/** A batch that records resolutions is a conflict resolution to the reader, not a "batch edit". */
function kindOf(c: Command): Command['kind'] {
  const resolves = (x: Command): boolean => x.kind === 'setResolution' || (x.kind === 'batch' && x.commands.some(resolves));
  if (c.kind === 'batch' && c.commands.length > 0 && c.commands.every((x) => x.kind === 'setConsultation')) return 'setConsultation';
  // A shape edit with its recomputed area (MJ) reads as the shape edit it is.
  if (shapeEditOf(c)) return 'setGeometry';
  return c.kind === 'batch' && resolves(c) ? 'setResolution' : c.kind;
}

export function HistoryPanel() {
  const t = useT();
  const past = useEditor((s) => s.past);
  const future = useEditor((s) => s.future);
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  const workspace = useEditor((s) => s.workspace);
  const conflicts = useEditor((s) => s.conflicts);
  const language = useEditor((s) => s.language);
  if (past.length === 0 && future.length === 0) return <div className="placeholder">{t('historyEmpty')}</div>;
  const departments = workspaceDepartments(workspace);
  const ctx: CommandContext = {
    workspace,
    conflicts,
    language,
    kindLabel: (k) => t(KIND_LABEL[k]),
    defaultPolicyLabel: t('historyDefaultPolicy'),
    departmentLabel: (id) => {
      const d = departments.find((x) => x.id === id);
      return d ? (language === 'zh' ? d.shortZh : d.shortEn) : id;
    },
    projectLabel: (id) => workspace.projects?.find((p) => p.project.id === id)?.properties.XMMC ?? null,
    verdictLabel: (v) => t(VERDICT_LABEL[v]),
    defaultDepartmentsLabel: t('departmentsDefault'),
  };
  const labels = { thisStation: t('historyThisStation'), unknownStation: t('historyUnknownStation') };
  const entry = (c: LoggedCommand) => {
    const d = describeCommand(c, ctx);
    const a = commandAuthor(c.meta, labels);
    const by = `${a.who}${a.when ? ` · ${a.when}` : ''}`;
    const byTitle = [`${t('historyBy')}: ${a.who}${a.ids ? ` (${a.ids})` : ''}`, a.when ? `${t('historyAt')}: ${a.when}` : '']
      .filter(Boolean)
      .join('\n');
    return { text: `${t(LABELS[kindOf(c)])} · ${d.text}`, title: d.ids, by, byTitle };
  };
  return (
    <ol className="history" data-testid="history">
      {past.map((c, i) => {
        const e = entry(c);
        return (
          <li
            key={`p${i}`}
            className="applied"
            title={e.title}
            onClick={() => {
              for (let n = past.length - 1; n > i; n--) undo();
            }}
          >
            {/* The entry names what was edited (plan, feature, project: user data) and who (the station). */}
            <span className="history-what" data-user-text="">
              {e.text}
            </span>
            <span className="history-by" title={e.byTitle} data-user-text="" data-user-title="">
              {e.by}
            </span>
          </li>
        );
      })}
      {future.map((c, i) => {
        const e = entry(c);
        return (
          <li
            key={`f${i}`}
            className="undone"
            title={e.title}
            onClick={() => {
              for (let n = 0; n <= i; n++) redo();
            }}
          >
            {/* The entry names what was edited (plan, feature, project: user data) and who (the station). */}
            <span className="history-what" data-user-text="">
              {e.text}
            </span>
            <span className="history-by" title={e.byTitle} data-user-text="" data-user-title="">
              {e.by}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
