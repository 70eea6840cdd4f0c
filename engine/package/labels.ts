// Pure. Chinese labels the package's tables and reports share.
import type { IndicatorStatus, IndicatorUnit } from '../indicators/types.ts';

export const SEVERITY_ZH: Readonly<Record<string, string>> = { blocker: '阻断', major: '重要', minor: '提示', info: '信息' };
export const STATUS_ZH: Readonly<Record<IndicatorStatus, string>> = { met: '达标', atRisk: '临界', violated: '未达标', noTarget: '无目标' };
export const UNIT_ZH: Readonly<Record<IndicatorUnit, string>> = { ha: '公顷', percent: '%', ratio: '倍' };
