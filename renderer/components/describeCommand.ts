// Pure. describeCommand(command, context) → what the history panel shows for one entry, as a person reads it:
// the feature's layer, BSM and name (in English, a class name by its code table's English name); for a resolution, the rule and its title, both sides and the town (or
// the features it changed) and how it was resolved; and, for the tooltip, the ids behind it.
import { featureName, featureNameEn } from '../../engine/rules/index.ts';
import { conflictLabel, featureLabel, partyNameEn } from '../../engine/model/index.ts';
import type { Classification, LayerCode, PlanId, Properties } from '../../engine/model/index.ts';
import type { Resolution } from '../../engine/resolutions/index.ts';
import type { Conflict } from '../../engine/rules/index.ts';
import type { Verdict } from '../../engine/review/index.ts';
import type { Command, WorkspaceData } from '../store/types.ts';
import { shapeEditOf } from '../store/geometryEditCommand.ts';
import { message } from '../i18n/message.ts';

export interface CommandContext {
  workspace: Pick<WorkspaceData, 'plans' | 'rulePack'>;
  conflicts: readonly Conflict[];
  language: 'zh' | 'en';
  /** Label of a resolution kind in the chosen language. */
  kindLabel: (kind: Resolution['kind']) => string;
  defaultPolicyLabel: string;
  /** 并联审批: a department's short name in the chosen language (the id when the list does not know it), a
   *  project's name (XMMC) by id, and the label of a verdict. */
  departmentLabel?: (departmentId: string) => string;
  projectLabel?: (projectId: string) => string | null;
  verdictLabel?: (verdict: Verdict) => string;
  defaultDepartmentsLabel?: string;
}

export interface CommandDescription {
  text: string;
  /** The ids behind the text (tooltip). */
  ids: string;
}

/** Layer, BSM and name; in English a name that comes from a code (工业用地) by the code table's English name. */
function labelOf(
  layer: LayerCode | string,
  properties: Properties | undefined,
  lang: 'zh' | 'en',
  classification?: Classification,
): string {
  const bsm = properties?.['BSM'];
  const name = !properties
    ? null
    : lang === 'en'
      ? featureNameEn(layer as LayerCode, properties, classification)
      : featureName(layer as LayerCode, properties);
  return featureLabel({ layer, bsm: bsm === undefined || bsm === null || bsm === '' ? null : String(bsm), name }, lang);
}

/** The conflict with its sides' class names (水浇地) in English, as the conflict list shows them. */
function conflictIn(conflict: Conflict, ctx: CommandContext): Conflict {
  if (ctx.language === 'zh') return conflict;
  const side = (p: Conflict['subject']): Conflict['subject'] => {
    if (!p) return p;
    const classification = ctx.workspace.plans.get(p.planId as PlanId)?.meta.classification;
    return { ...p, name: partyNameEn(p.layer as LayerCode, p.name, classification) ?? p.name };
  };
  return { ...conflict, subject: side(conflict.subject), object: side(conflict.object) };
}

function resolutionsIn(c: Command): Resolution[] {
  if (c.kind === 'setResolution') return [c.after ?? c.before].filter((r): r is Resolution => r !== null);
  if (c.kind === 'batch') return c.commands.flatMap(resolutionsIn);
  return [];
}

function describeResolution(r: Resolution, ctx: CommandContext): string {
  const lang = ctx.language;
  const conflict = ctx.conflicts.find((c) => c.key === r.conflictKey);
  const rule = ctx.workspace.rulePack?.rules.find((x) => x.id === r.ruleId);
  let what: string;
  if (conflict) what = conflictLabel(conflictIn(conflict, ctx), lang, rule?.titleEn);
  else {
    // The conflict is no longer reported (the fix made it disappear): the rule and the features it changed.
    const title = lang === 'zh' ? rule?.title : (rule?.titleEn ?? rule?.title);
    const features = r.edits.map((e) =>
      labelOf(e.layer, (e.before ?? e.after)?.properties, lang, ctx.workspace.plans.get(e.planId as PlanId)?.meta.classification),
    );
    what = `${r.ruleId}${title ? ` ${title}` : ''}${features.length > 0 ? `${lang === 'zh' ? '：' : ': '}${features.join(' × ')}` : ''}`;
  }
  return lang === 'zh' ? `${what}（${ctx.kindLabel(r.kind)}）` : `${what} (${ctx.kindLabel(r.kind)})`;
}

export function describeCommand(c: Command, ctx: CommandContext): CommandDescription {
  const lang = ctx.language;
  switch (c.kind) {
    case 'setAttributes':
    case 'setGeometry': {
      const entry = ctx.workspace.plans.get(c.planId);
      const feature = entry?.features.get(c.featureId);
      const properties = c.kind === 'setAttributes' ? c.after : feature?.properties;
      return {
        text: feature ? labelOf(feature.layer, properties, lang, entry?.meta.classification) : labelOf('', properties, lang) || c.featureId,
        ids: `${c.planId} / ${c.featureId}`,
      };
    }
    case 'addFeature':
    case 'deleteFeature':
      return {
        text: labelOf(c.feature.layer, c.feature.properties, lang, ctx.workspace.plans.get(c.planId)?.meta.classification),
        ids: `${c.planId} / ${c.feature.id}`,
      };
    case 'importPlan':
    case 'removePlan':
      return { text: `${c.plan.plan.title} ${c.plan.plan.version}`, ids: c.plan.plan.id };
    case 'setPolicy':
      return { text: c.after?.title ?? ctx.defaultPolicyLabel, ids: c.after?.id ?? '' };
    case 'setProject': {
      const doc = c.after ?? c.before;
      return { text: doc?.properties.XMMC ?? c.projectId, ids: c.projectId };
    }
    case 'setDepartments': {
      const list = c.after ?? [];
      const names = list.map((d) => (lang === 'zh' ? d.shortZh : d.shortEn));
      return {
        text: c.after ? names.join(lang === 'zh' ? '、' : ', ') : (ctx.defaultDepartmentsLabel ?? ''),
        ids: list.map((d) => d.id).join(', '),
      };
    }
    case 'setConsultation':
    case 'setOpinion':
    case 'setJointOpinion': {
      const project = ctx.projectLabel?.(c.projectId) ?? (c.after ?? c.before)?.projectId ?? c.projectId;
      const department = c.kind === 'setJointOpinion' ? null : (ctx.departmentLabel?.(c.department) ?? c.department);
      const record = c.after ?? c.before;
      const verdict = record && 'verdict' in record && ctx.verdictLabel ? ctx.verdictLabel(record.verdict) : null;
      const text = [project, department, verdict].filter((x): x is string => !!x).join(' · ');
      return { text, ids: c.kind === 'setJointOpinion' ? c.projectId : `${c.projectId} / ${c.department}` };
    }
    case 'setResolution':
    case 'batch': {
      // A shape edit with its recomputed area (MJ): described as the shape edit.
      const shape = shapeEditOf(c);
      if (shape) return describeCommand(shape, ctx);
      // 发送征求意见: one batch of setConsultation, named by the project and the departments consulted.
      if (c.kind === 'batch' && c.commands.length > 0 && c.commands.every((x) => x.kind === 'setConsultation')) {
        const first = c.commands[0] as Extract<Command, { kind: 'setConsultation' }>;
        const project = ctx.projectLabel?.(first.projectId) ?? first.projectId;
        const departments = c.commands.map((x) =>
          x.kind === 'setConsultation' ? (ctx.departmentLabel?.(x.department) ?? x.department) : '',
        );
        return { text: `${project} · ${departments.join(message(lang, 'listSeparator'))}`, ids: first.projectId };
      }
      const resolutions = resolutionsIn(c);
      const ids = resolutions.map((r) => r.conflictKey).join('\n');
      if (resolutions.length === 1) return { text: describeResolution(resolutions[0]!, ctx), ids };
      if (resolutions.length > 1) {
        const rules = [...new Set(resolutions.map((r) => r.ruleId))].sort();
        return {
          text: message(lang, 'historyConflicts', { n: resolutions.length, rules: rules.join(message(lang, 'listSeparator')) }),
          ids,
        };
      }
      return { text: c.kind === 'batch' ? c.label : '', ids: '' };
    }
  }
}
