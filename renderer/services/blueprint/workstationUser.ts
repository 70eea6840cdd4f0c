// The workstation user's name recorded on every resolution: asked once, kept in this browser profile.
const KEY = 'lantu.workstationUser';

export function readWorkstationUser(storage: Pick<Storage, 'getItem'> = localStorage): string {
  return storage.getItem(KEY)?.trim() ?? '';
}

export function writeWorkstationUser(name: string, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(KEY, name.trim());
}
