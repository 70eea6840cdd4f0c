// Pure. The control distances for transport lines, measured from the corridor's edge (centreline ± KD/2):
// 公路建筑控制区 by road grade (《公路安全保护条例》第十一条) and 铁路线路安全保护区 by railway class and
// setting (《铁路安全管理条例》第二十七条). A grade outside both tables gives null (no setback applies).
import type { RailwaySetting } from './types.ts';

/** 公路建筑控制区, metres from the outer edge of the road land. */
export const ROAD_SETBACK_M: Readonly<Record<string, number>> = { 高速: 30, 高速公路: 30, 国道: 20, 省道: 15, 县道: 10, 乡道: 5 };

/** Railway grades (DJ) that count as 高速铁路 (high-speed column); 城际 lines are built to that standard. */
const HIGH_SPEED_RAILWAY = new Set(['高铁', '高速铁路', '城际', '城际铁路']);
const OTHER_RAILWAY = new Set(['普速铁路', '普铁', '普速', '铁路', '地方铁路', '专用铁路']);

/** 铁路线路安全保护区 width per setting: [高速铁路, 其他铁路] in metres. */
export const RAILWAY_SETBACK_M: Readonly<Record<RailwaySetting, readonly [number, number]>> = {
  市区: [10, 8],
  郊区: [12, 10],
  村镇: [15, 12],
  其他: [20, 15],
};

/** The widest control distance of any table, for the candidate search around a project. */
export const MAX_SETBACK_M = 30;

export function transportKindOf(grade: string): 'road' | 'railway' | null {
  if (ROAD_SETBACK_M[grade] !== undefined) return 'road';
  if (HIGH_SPEED_RAILWAY.has(grade) || OTHER_RAILWAY.has(grade)) return 'railway';
  return null;
}

/** Required distance from the corridor edge for a line of grade `grade` (DJ); railways need the setting. */
export function setbackDistanceM(grade: string, setting: RailwaySetting): number | null {
  const road = ROAD_SETBACK_M[grade];
  if (road !== undefined) return road;
  if (HIGH_SPEED_RAILWAY.has(grade)) return RAILWAY_SETBACK_M[setting][0];
  if (OTHER_RAILWAY.has(grade)) return RAILWAY_SETBACK_M[setting][1];
  return null;
}
