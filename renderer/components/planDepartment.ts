// planDepartment(ws, planId) → the managed department (workspace list or the bundled default) a plan belongs
// to, matched by its full name (exact, then ignoring punctuation such as "/" vs "（）"), else by the only
// department that submits the plan's kind; null when none matches, and callers show the plan's own text.
import type { Department } from '../../engine/review/index.ts';
import type { WorkspaceData } from '../store/types.ts';
import { workspaceDepartments } from '../services/review/workspaceDepartments.ts';

/** Letters, digits and CJK ideographs only, so "发展和改革委员会/工业和信息化局" meets "发展和改革委员会（工业和信息化局）". */
function nameKey(name: string): string {
  return name.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

export function planDepartment(ws: Pick<WorkspaceData, 'departments' | 'plans'>, planId: string | undefined): Department | null {
  if (!planId) return null;
  const meta = ws.plans.get(planId as never)?.meta;
  if (!meta) return null;
  const list = workspaceDepartments(ws);
  const text = meta.department ?? '';
  const exact = list.find((d) => d.nameZh === text || d.nameEn === text || d.shortZh === text || d.shortEn === text || d.id === text);
  if (exact) return exact;
  const key = nameKey(text);
  const loose = key ? list.find((d) => nameKey(d.nameZh) === key || nameKey(d.nameEn) === key) : undefined;
  if (loose) return loose;
  const byKind = list.filter((d) => d.planKinds.includes(meta.kind));
  return byKind.length === 1 ? byKind[0]! : null;
}

/** What a narrow column shows for a plan's department (short name) and what its tooltip shows (full name). */
export function departmentLabel(ws: Pick<WorkspaceData, 'departments' | 'plans'>, planId: string | undefined, language: 'zh' | 'en'): { short: string; full: string } {
  const d = planDepartment(ws, planId);
  const own = planId ? (ws.plans.get(planId as never)?.meta.department ?? '') : '';
  if (!d) return { short: own, full: own };
  return language === 'zh' ? { short: d.shortZh, full: d.nameZh } : { short: d.shortEn, full: d.nameEn };
}
