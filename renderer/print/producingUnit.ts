// The 专题图's 制图单位 (producing unit): typed once, kept in this browser profile (per workstation, not in the workspace).
const KEY = 'lantu.print.producingUnit';

export function readProducingUnit(storage: Pick<Storage, 'getItem'> = localStorage): string {
  try {
    return storage.getItem(KEY)?.trim() ?? '';
  } catch {
    return '';
  }
}

export function writeProducingUnit(unit: string, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(KEY, unit.trim());
  } catch {
    // A full or blocked storage only loses the remembered value; the sheet still prints.
  }
}
