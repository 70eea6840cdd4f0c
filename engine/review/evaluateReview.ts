// Pure. evaluateReview(measurement, facts, pack, departments) → each department's preliminary opinion and the
// joint preliminary verdict. Per check: the fact must hold, then the first outcome whose project condition holds
// applies; a required fact the project lacks makes it 有条件符合 "请补充… / supply …", never 符合. A department's
// verdict is the worst of its checks (符合 when none applies); the joint verdict is the worst of all.
import { ydyhGroup } from '../model/codes.ts';
import type { Properties } from '../model/types.ts';
import { matchCondition } from '../rules/matchCondition.ts';
import { assessFact } from './assessFact.ts';
import { projectFieldInfo, type ProjectField } from './projectFields.ts';
import { say } from '../i18n/index.ts';
import type { Text } from './reviewText.ts';
import type {
  CheckResult,
  Department,
  PreliminaryOpinion,
  ProjectFacts,
  ProjectMeasurement,
  ProjectReview,
  ReviewCheck,
  ReviewOutcome,
  ReviewPack,
  Verdict,
} from './types.ts';

const RANK: Readonly<Record<Verdict, number>> = { pass: 0, conditional: 1, fail: 2 };

/** The worse of two verdicts (不符合 > 有条件符合 > 符合). */
export function worseVerdict(a: Verdict, b: Verdict): Verdict {
  return RANK[b] > RANK[a] ? b : a;
}

export function evaluateReview(
  measurement: ProjectMeasurement,
  facts: ProjectFacts,
  pack: ReviewPack,
  departments: readonly Department[],
): ProjectReview {
  const results: CheckResult[] = [];
  for (const check of pack.checks) {
    const result = evaluateCheck(check, measurement, facts, pack);
    if (result) results.push(result);
  }
  // Departments in the list's order; a department the pack names but the list lacks (a pack the linter would
  // refuse) still gets its opinion, after the listed ones, so no check is lost.
  const ids = departments.map((d) => d.id);
  for (const r of results) if (!ids.includes(r.department)) ids.push(r.department);
  const opinions: PreliminaryOpinion[] = ids.map((department) => {
    const checks = results.filter((r) => r.department === department);
    return { department, verdict: checks.reduce<Verdict>((v, c) => worseVerdict(v, c.verdict), 'pass'), checks };
  });
  return { measurement, departments: opinions, verdict: opinions.reduce<Verdict>((v, o) => worseVerdict(v, o.verdict), 'pass') };
}

function isMissing(facts: ProjectFacts, field: ProjectField): boolean {
  const v = facts[field];
  return v === undefined || v === null || v === '';
}

function evaluateCheck(check: ReviewCheck, m: ProjectMeasurement, facts: ProjectFacts, pack: ReviewPack): CheckResult | null {
  const fact = assessFact(check.fact, m, facts, pack);
  if (!fact.holds) return null;
  if (fact.missing.length > 0) return supply(check, fact.missing, fact.evidence);
  const outcome = check.outcomes.find((o) => !o.project || matchCondition(facts as unknown as Properties, o.project, ydyhGroup));
  if (!outcome) {
    // The linter requires a last outcome without a condition; should a pack lack it, the check cannot pass silently.
    return {
      ...base(check),
      verdict: 'conditional',
      conditionsZh: ['请审查规则包：本项没有适用的结论，需人工判定'],
      conditionsEn: ['review pack: no outcome applies to this check; a reviewer must decide'],
      reasonZh: withEvidence(`${check.titleZh}：规则包未给出适用的结论`, fact.evidence.zh, 'zh'),
      reasonEn: withEvidence(`${check.titleEn}: the pack gives no applicable outcome`, fact.evidence.en, 'en'),
    };
  }
  const missing = (outcome.requires ?? []).filter((f) => isMissing(facts, f));
  if (missing.length > 0) return supply(check, missing, fact.evidence);
  return fromOutcome(check, outcome, fact.evidence);
}

function base(check: ReviewCheck): Pick<CheckResult, 'checkId' | 'department' | 'legalBasis'> {
  return { checkId: check.id, department: check.department, legalBasis: check.legalBasis };
}

function withEvidence(reason: string, evidence: string, lang: 'zh' | 'en'): string {
  if (evidence === '') return reason;
  return say('review.evaluateReview.with-evidence', { reason, evidence })[lang];
}

function fromOutcome(check: ReviewCheck, outcome: ReviewOutcome, evidence: Text): CheckResult {
  return {
    ...base(check),
    verdict: outcome.verdict,
    conditionsZh: [...(outcome.conditionsZh ?? [])],
    conditionsEn: [...(outcome.conditionsEn ?? [])],
    reasonZh: withEvidence(outcome.reasonZh, evidence.zh, 'zh'),
    reasonEn: withEvidence(outcome.reasonEn, evidence.en, 'en'),
  };
}

function supply(check: ReviewCheck, missing: readonly ProjectField[], evidence: Text): CheckResult {
  const fields = missing.map((f) => projectFieldInfo(f));
  const zh = fields.map((f) => `${f.titleZh}（${f.key}）`).join('、');
  const en = fields.map((f) => `${f.key} (${f.titleEn})`).join(', ');
  return {
    ...base(check),
    verdict: 'conditional',
    conditionsZh: [`请补充${zh}后复核`],
    conditionsEn: [`supply ${en} for a final review`],
    reasonZh: withEvidence(`${check.titleZh}：项目未填写${zh}，无法判定`, evidence.zh, 'zh'),
    reasonEn: withEvidence(`${check.titleEn}: the project gives no ${en}, so this cannot be judged`, evidence.en, 'en'),
  };
}
