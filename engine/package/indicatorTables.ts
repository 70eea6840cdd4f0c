// Pure. Takes the computed indicators, returns indicators.json, the 规划指标表 (every indicator with its
// 下达 target, 落实 figure and status, territory first then towns) and the 三区三线指标汇总表 (the three control
// lines and the urban-space share per town and in total) as CSV with a UTF-8 BOM.
import { indicatorDefinition } from '../indicators/definitions.ts';
import type { IndicatorId, IndicatorValue } from '../indicators/types.ts';
import { encodeCsv } from './encodeCsv.ts';
import { jsonBytes } from './jsonBytes.ts';
import { STATUS_ZH, UNIT_ZH } from './labels.ts';

export const INDICATOR_TABLE = 'indicator-table.csv';
export const CONTROL_LINES_TABLE = 'three-zones-three-lines.csv';

const CONTROL_LINES: readonly IndicatorId[] = ['cultivatedLand', 'permanentFarmland', 'ecoRedLine', 'urbanBoundary', 'urbanSpaceShare'];

export function indicatorTables(values: readonly IndicatorValue[]): Record<string, Uint8Array> {
  const table = encodeCsv(
    ['行政区代码', '行政区名称', '指标', '单位', '规划值', '下达目标', '落实值', '差值', '状态', '演示数据'],
    values.map((v) => [
      v.townCode ?? '',
      v.townName ?? '全域',
      indicatorDefinition(v.indicator).nameZh,
      UNIT_ZH[v.unit],
      v.value,
      v.target,
      v.committed,
      v.gap,
      STATUS_ZH[v.status],
      v.demo ? '是' : '',
    ]),
  );
  const scopes = [...new Map(values.map((v) => [v.townCode ?? '', v.townName ?? '全域'])).entries()];
  const header = [
    '行政区代码',
    '行政区名称',
    ...CONTROL_LINES.flatMap((id) => [`${indicatorDefinition(id).nameZh}（${UNIT_ZH[indicatorDefinition(id).unit]}）`, '目标', '状态']),
  ];
  const lines = encodeCsv(
    header,
    scopes.map(([code, name]) => [
      code,
      name,
      ...CONTROL_LINES.flatMap((id) => {
        const v = values.find((x) => x.indicator === id && (x.townCode ?? '') === code);
        return v ? [v.value, v.target, STATUS_ZH[v.status]] : [undefined, undefined, undefined];
      }),
    ]),
  );
  return { 'indicators.json': jsonBytes(values), [INDICATOR_TABLE]: table, [CONTROL_LINES_TABLE]: lines };
}
