// Pure. commandAuthor(meta, labels) → who made a history entry and when, as the history panel shows it: the
// station's person-readable name (e.g. 生态环境局-张工), "this workstation" before a name was set, or "earlier
// record" for entries logged before commands carried metadata; the time as local "yyyy-mm-dd hh:mm".
import type { CommandMeta } from '../../engine/edit/index.ts';

export interface AuthorLabels {
  thisStation: string;
  unknownStation: string;
}

export interface CommandAuthor {
  who: string;
  when: string;
  /** For the tooltip: station id and command id. */
  ids: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function commandAuthor(meta: CommandMeta | undefined, labels: AuthorLabels): CommandAuthor {
  if (!meta || meta.station === 'unknown') return { who: labels.unknownStation, when: whenOf(meta?.at ?? ''), ids: meta?.id ?? '' };
  const who = meta.author !== '' ? meta.author : meta.station === 'local' ? labels.thisStation : meta.station;
  return { who, when: whenOf(meta.at), ids: `${meta.station} · ${meta.id}` };
}

function whenOf(at: string): string {
  const ms = Date.parse(at);
  if (!Number.isFinite(ms)) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
