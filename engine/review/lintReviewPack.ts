// Pure. lintReviewPack(pack, departments, fileName) → what a schema cannot say about a review pack, in Chinese
// and English naming the file and the check: unique check ids; a department id the managed list knows;
// conditions on project fields that exist and on fields the overlapped layer has; a last outcome without a
// project condition (so some outcome always applies); paired Chinese and English conditions; one compatibility
// row per intended use.
import { fieldOf } from '../model/fieldSchema.ts';
import type { AttributeCondition } from '../rules/types.ts';
import { PROJECT_FIELDS } from './projectFields.ts';
import type { ReviewLoadError } from './reviewLoadError.ts';
import type { Department, ReviewPack } from './types.ts';
import { say } from '../i18n/index.ts';

export function lintReviewPack(pack: ReviewPack, departments: readonly Department[], fileName = 'review-pack.json'): ReviewLoadError[] {
  const errors: ReviewLoadError[] = [];
  const err = (path: string, zh: string, en: string) => errors.push({ path, zh: `${fileName}：${zh}`, en: `${fileName}: ${en}` });
  const known = departments.map((d) => d.id);
  const projectFields = PROJECT_FIELDS.map((f) => f.key as string);
  const seen = new Map<string, number>();
  pack.checks.forEach((check, i) => {
    const at = `/checks/${i}`;
    const who = say('review.lintReviewPack.who', { id: check.id, index: i + 1 });
    const first = seen.get(check.id);
    if (first !== undefined) err(`${at}/id`, `${who.zh}：标识与第 ${first + 1} 项重复`, `${who.en}: repeats the id of check ${first + 1}`);
    else seen.set(check.id, i);
    if (!known.includes(check.department)) {
      err(
        `${at}/department`,
        `${who.zh}：部门 ${check.department} 不在部门名录中（已有：${known.join('、')}）`,
        `${who.en}: department ${check.department} is not in the department list (known: ${known.join(', ')})`,
      );
    }
    const fact = check.fact;
    if (fact.type === 'overlaps' && fact.where) {
      const layer = fact.layer;
      const layerFields = (field: string) =>
        layer === 'GHYDYH' ? field === 'YDYHFLDM' || field === 'YDYHFLMC' : fieldOf(layer, field) !== undefined;
      for (const field of fieldsOf(fact.where)) {
        if (!layerFields(field)) {
          err(`${at}/fact/where`, `${who.zh}：图层 ${layer} 没有字段 ${field}`, `${who.en}: layer ${layer} has no field ${field}`);
        }
      }
    }
    check.outcomes.forEach((outcome, k) => {
      const oat = `${at}/outcomes/${k}`;
      if (outcome.project) {
        for (const field of fieldsOf(outcome.project)) {
          if (!projectFields.includes(field)) {
            err(
              `${oat}/project`,
              `${who.zh} 第 ${k + 1} 个结论：项目没有字段 ${field}（可用：${projectFields.join('、')}）`,
              `${who.en}, outcome ${k + 1}: projects have no field ${field} (known: ${projectFields.join(', ')})`,
            );
          }
        }
      }
      if ((outcome.conditionsZh?.length ?? 0) !== (outcome.conditionsEn?.length ?? 0)) {
        err(
          `${oat}/conditionsEn`,
          `${who.zh} 第 ${k + 1} 个结论：中文条件 ${outcome.conditionsZh?.length ?? 0} 条，英文条件 ${outcome.conditionsEn?.length ?? 0} 条，应一一对应`,
          `${who.en}, outcome ${k + 1}: ${outcome.conditionsZh?.length ?? 0} Chinese and ${outcome.conditionsEn?.length ?? 0} English conditions; they must pair up`,
        );
      }
      if (outcome.verdict === 'conditional' && (outcome.conditionsZh?.length ?? 0) === 0) {
        err(
          `${oat}/conditionsZh`,
          `${who.zh} 第 ${k + 1} 个结论：有条件符合须列出条件`,
          `${who.en}, outcome ${k + 1}: a conditional outcome must list its conditions`,
        );
      }
    });
    const last = check.outcomes[check.outcomes.length - 1];
    if (last?.project) {
      err(
        `${at}/outcomes/${check.outcomes.length - 1}/project`,
        `${who.zh}：最后一个结论不得带项目条件，否则可能没有适用的结论`,
        `${who.en}: the last outcome must have no project condition, or no outcome may apply`,
      );
    }
  });
  const uses = new Map<string, number>();
  pack.compatibility.forEach((row, i) => {
    const first = uses.get(row.projectUse);
    if (first !== undefined) {
      err(
        `/compatibility/${i}/projectUse`,
        `用途兼容表第 ${i + 1} 行：拟用途 ${row.projectUse} 与第 ${first + 1} 行重复`,
        `compatibility row ${i + 1}: intended use ${row.projectUse} repeats row ${first + 1}`,
      );
    } else uses.set(row.projectUse, i);
  });
  return errors;
}

function fieldsOf(cond: AttributeCondition): string[] {
  if ('all' in cond) return cond.all.flatMap(fieldsOf);
  if ('any' in cond) return cond.any.flatMap(fieldsOf);
  if ('not' in cond) return fieldsOf(cond.not);
  return [cond.field];
}
