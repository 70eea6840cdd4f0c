// Browser shell. The 规划类型 and department last confirmed in the import dialog, remembered per workstation
// (localStorage), so the dialog opens where the clerk left it instead of at 国土空间 every time.
import { PLAN_KINDS, type PlanKind } from '../../../engine/model/index.ts';

const KEY = 'lantu.import-choices';

export interface ImportChoices {
  kind: PlanKind;
  /** Department id in the workspace's managed list. */
  departmentId: string;
}

export function loadImportChoices(storage: Storage = localStorage): Partial<ImportChoices> {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const choices: Partial<ImportChoices> = {};
    if (PLAN_KINDS.includes(value.kind as PlanKind)) choices.kind = value.kind as PlanKind;
    if (typeof value.departmentId === 'string') choices.departmentId = value.departmentId;
    return choices;
  } catch {
    return {};
  }
}

export function rememberImportChoices(choices: ImportChoices, storage: Storage = localStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify(choices));
  } catch {
    // A full or disabled storage only means the dialog opens at the default next time.
  }
}
