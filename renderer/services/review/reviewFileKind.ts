// Pure. reviewFileKind(bytes) → 'consultation' | 'opinion' for a 征求意见 or 部门意见 file (their writers put
// `format` first), null for anything else (a plan's GeoJSON goes on to the import dialog). Only the first
// bytes are looked at, so a 100 MB GeoJSON costs nothing here; a signed envelope is judged by the file it carries.
import { CONSULTATION_FORMAT } from '../../../engine/review/index.ts';
import { OPINION_FORMAT } from '../../../engine/review/index.ts';
import { SIGNED_JSON_FORMAT } from '../../../engine/exchange/index.ts';

export function reviewFileKind(bytes: Uint8Array): 'consultation' | 'opinion' | null {
  const head = new TextDecoder().decode(bytes.subarray(0, 256));
  if (head.includes(`"${CONSULTATION_FORMAT}"`)) return 'consultation';
  if (head.includes(`"${OPINION_FORMAT}"`)) return 'opinion';
  if (head.includes(`"${SIGNED_JSON_FORMAT}"`)) {
    try {
      const payload = (JSON.parse(new TextDecoder().decode(bytes)) as { payload?: unknown }).payload;
      return typeof payload === 'string' ? reviewFileKind(new TextEncoder().encode(payload.slice(0, 256))) : null;
    } catch {
      return null;
    }
  }
  return null;
}
