// Browser shell. The last 部门报送包 number this installation (browser profile) sent per plan, kept in localStorage
// beside the station and never in a workspace, so each new submission gets a higher number (the bureau refuses replays).
const KEY = 'lantu.submission-sequences';

function read(storage: Storage): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

export function nextSubmissionSequence(planId: string, storage: Storage = localStorage): number {
  const last = read(storage)[planId];
  return (typeof last === 'number' && Number.isInteger(last) && last > 0 ? last : 0) + 1;
}

/** False when the storage refused the write (the caller says so: the next submission would repeat the number). */
export function recordSubmissionSequence(planId: string, sequence: number, storage: Storage = localStorage): boolean {
  try {
    storage.setItem(KEY, JSON.stringify({ ...read(storage), [planId]: sequence }));
    return true;
  } catch {
    return false;
  }
}
