// Browser shell. The submissions this installation (browser profile) accepted, per sending station and plan, kept
// in localStorage beside the station and never in a workspace: what the editor refuses replays against.
import { EMPTY_ACCEPTED_REGISTER, parseAcceptedRegister, type AcceptedRegister } from '../../../engine/exchange/index.ts';

const KEY = 'lantu.accepted-submissions';

export function loadAcceptedRegister(storage: Storage = localStorage): AcceptedRegister {
  try {
    const text = storage.getItem(KEY);
    return (text && parseAcceptedRegister(JSON.parse(text))) || EMPTY_ACCEPTED_REGISTER;
  } catch {
    return EMPTY_ACCEPTED_REGISTER;
  }
}

/** False when the storage refused the write (the caller says so: a replay could then pass unnoticed). */
export function saveAcceptedRegister(register: AcceptedRegister, storage: Storage = localStorage): boolean {
  try {
    storage.setItem(KEY, JSON.stringify(register));
    return true;
  } catch {
    return false;
  }
}
