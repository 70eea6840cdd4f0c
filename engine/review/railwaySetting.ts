// Pure. The setting of a railway protection zone (《铁路安全管理条例》第二十七条: 市区, 郊区, 村镇, 其他) decided
// from the blueprint at the project: the part of the project in 城镇集中建设区 of a 街道 is 市区, the rest of it
// inside 城镇开发边界 is 郊区, 07 居住用地 outside the boundary is 村镇, everything else 其他; the largest part wins
// (a tie goes to the more urban setting). See README, Decisions.
import type { RailwaySetting } from './types.ts';

export interface SettingShares {
  /** Project ∩ 城镇集中建设区 (GHFQDM 010) lying in a 街道 (XZQDM town part 001–099), m². */
  urbanCoreM2: number;
  /** Project ∩ 城镇开发边界 (dissolved), m² (includes urbanCoreM2). */
  insideBoundaryM2: number;
  /** Project ∩ 07 居住用地 outside the boundary, m². */
  villageM2: number;
  /** The project's area, m². */
  areaM2: number;
}

export const RAILWAY_SETTINGS: readonly RailwaySetting[] = ['市区', '郊区', '村镇', '其他'];

export function railwaySetting(shares: SettingShares): RailwaySetting {
  const core = Math.max(0, shares.urbanCoreM2);
  const suburb = Math.max(0, shares.insideBoundaryM2 - core);
  const village = Math.max(0, shares.villageM2);
  const other = Math.max(0, shares.areaM2 - core - suburb - village);
  const parts = [core, suburb, village, other];
  let best = 0;
  for (let i = 1; i < parts.length; i++) if (parts[i]! > parts[best]!) best = i;
  return RAILWAY_SETTINGS[best]!;
}

/** 街道 codes: the last three digits of a 9-digit XZQDM are 001–099 (GB/T 10114: 镇 1xx, 乡 2xx). */
export function isStreetCode(xzqdm: string): boolean {
  return /^\d{6}0\d\d$/.test(xzqdm) && !xzqdm.endsWith('000');
}
