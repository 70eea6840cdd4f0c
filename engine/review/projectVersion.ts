// Pure. A project's version: a hash of what the departments judge (its facts and its boundary), so that an
// opinion given on one version is recognised as stale on any workstation once either changes. The stage and
// the boundary's source are left out: moving a project to the next stage does not invalidate opinions.
import { strToU8 } from 'fflate';
import { sha256Hex } from '../package/sha256Hex.ts';
import type { ProjectDocument, ProjectFacts } from './types.ts';

const FACT_FIELDS: readonly (keyof ProjectFacts)[] = ['XMDM', 'XMMC', 'JSDW', 'XMLX', 'NYDYT', 'ZDXM', 'DDXZ', 'DDXZLX', 'GYLB'];

/** 16 hex digits of SHA-256 over the facts (fixed field order, missing = null) and the coordinates. */
export function projectVersion(project: ProjectDocument): string {
  const facts = FACT_FIELDS.map((field) => project.properties[field] ?? null);
  const text = JSON.stringify([facts, project.geometry.coordinates]);
  return sha256Hex(strToU8(text)).slice(0, 16);
}
