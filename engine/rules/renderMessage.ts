// Pure. Takes a message template and the values of one conflict, returns the rendered text.
// Placeholders: {subject.name|id|bsm|plan|layer} and the same for {object.…}, {areaM2} (2 decimals),
// {areaHa} (公顷, 4 decimals), {areaMu} (亩, 2 decimals), {lengthM}, {distanceM}, {zoneM}, {value},
// {target}, {unit}, {town}, {detail}. An unknown placeholder stays visible so a lint catches it.
import type { ConflictMeasure, ConflictParty } from './types.ts';

export interface MessageValues {
  subject: ConflictParty | null;
  object: ConflictParty | null;
  measure: ConflictMeasure;
  town: string | null;
  zoneM?: number;
  detail?: string;
}

export const M2_PER_HA = 10_000;
/** 1 公顷 = 15 亩. */
export const M2_PER_MU = 10_000 / 15;

export const PLACEHOLDERS: readonly string[] = [
  ...['subject', 'object'].flatMap((r) => ['name', 'id', 'bsm', 'plan', 'layer'].map((k) => `${r}.${k}`)),
  'areaM2',
  'areaHa',
  'areaMu',
  'lengthM',
  'distanceM',
  'zoneM',
  'value',
  'target',
  'unit',
  'town',
  'detail',
];

export function renderMessage(template: string, v: MessageValues): string {
  return template.replace(/\{([a-zA-Z0-9.]+)\}/g, (whole, name: string) => {
    const value = lookup(name, v);
    return value === undefined ? whole : value;
  });
}

function party(p: ConflictParty | null, key: string): string | undefined {
  if (!p) return '—';
  switch (key) {
    case 'name':
      return p.name ?? p.bsm ?? p.featureId;
    case 'id':
      return p.featureId;
    case 'bsm':
      return p.bsm ?? '—';
    case 'plan':
      return p.planTitle;
    case 'layer':
      return p.layer;
    default:
      return undefined;
  }
}

function fixed(n: number | undefined, digits: number): string {
  return n === undefined ? '—' : n.toFixed(digits);
}

function lookup(name: string, v: MessageValues): string | undefined {
  const dot = name.indexOf('.');
  if (dot > 0) {
    const role = name.slice(0, dot);
    const key = name.slice(dot + 1);
    if (role === 'subject') return party(v.subject, key);
    if (role === 'object') return party(v.object, key);
    return undefined;
  }
  const m = v.measure;
  switch (name) {
    case 'areaM2':
      return fixed(m.areaM2, 2);
    case 'areaHa':
      return fixed(m.areaM2 === undefined ? undefined : m.areaM2 / M2_PER_HA, 4);
    case 'areaMu':
      return fixed(m.areaM2 === undefined ? undefined : m.areaM2 / M2_PER_MU, 2);
    case 'lengthM':
      return fixed(m.lengthM, 2);
    case 'distanceM':
      return fixed(m.distanceM, 2);
    case 'zoneM':
      return fixed(v.zoneM, 0);
    case 'value':
      return fixed(m.value, 4);
    case 'target':
      return fixed(m.target, 4);
    case 'unit':
      return m.unit ?? '';
    case 'town':
      return v.town ?? '—';
    case 'detail':
      return v.detail ?? '';
    default:
      return undefined;
  }
}
