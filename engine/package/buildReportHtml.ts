// Pure. Takes the package contents, returns report.html: one self-contained, printable Chinese report
// (summary, 草稿 reasons, indicators with targets, conflicts by rule, department and town, exceptions with
// approval numbers, 待定 areas, the resolution log and an inline SVG map drawn from the data). No scripts,
// no external resources.
import { indicatorDefinition } from '../indicators/definitions.ts';
import type { IndicatorValue } from '../indicators/types.ts';
import type { Blueprint } from '../model/blueprint.ts';
import type { PlanDocument } from '../model/types.ts';
import { CONFLICT_STATUS_LABEL, conflictStatus } from '../resolutions/conflictStatus.ts';
import { compareResolutions } from '../resolutions/resolutionOrder.ts';
import { CHANGE_TYPE_ZH, RESOLUTION_KIND_ZH, type Resolution } from '../resolutions/types.ts';
import { handlingZh, type ConflictRow } from './conflictFiles.ts';
import { escapeHtml } from './escapeHtml.ts';
import { SEVERITY_ZH, STATUS_ZH, UNIT_ZH } from './labels.ts';
import { renderSvgMap } from './renderSvgMap.ts';
import type { DraftReason } from './types.ts';

export interface ReportInput {
  plans: readonly PlanDocument[];
  blueprint: Blueprint;
  rows: readonly ConflictRow[];
  resolutions: readonly Resolution[];
  indicators: readonly IndicatorValue[];
  created: string;
  status: 'final' | 'draft';
  draftReasons: readonly DraftReason[];
  rulePack: { id: string; version: string };
  toolVersion: string;
  /** Each map coordinate as drawn (renderSvgMap's `at`), when the blueprint's geometries are not yet rounded. */
  mapAt?: (value: number) => number;
}

const ha = (m2: number) => (m2 / 10_000).toFixed(4);

function table(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  if (rows.length === 0) return '<p class="none">无</p>';
  return `<table><thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>\n${rows.map((r) => `<tr>${r.map((v) => `<td>${escapeHtml(v)}</td>`).join('')}</tr>`).join('\n')}\n</tbody></table>`;
}

function groupCount(rows: readonly ConflictRow[], keyOf: (r: ConflictRow) => string): (string | number)[][] {
  const groups = new Map<string, { count: number; open: number; areaM2: number }>();
  for (const r of rows) {
    const k = keyOf(r);
    const g = groups.get(k) ?? { count: 0, open: 0, areaM2: 0 };
    g.count++;
    if (r.open) g.open++;
    g.areaM2 += r.conflict.measure.areaM2 ?? 0;
    groups.set(k, g);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, g]) => [k, g.count, g.open, ha(g.areaM2)]);
}

export function buildReportHtml(input: ReportInput): string {
  const { blueprint, rows } = input;
  const departmentOf = new Map<string, string>(input.plans.map((p) => [p.plan.id, p.plan.department]));
  const title = input.plans.find((p) => p.plan.kind === 'land')?.plan.title ?? '一张蓝图';
  const statusZh = input.status === 'final' ? '正式成果' : '草稿';
  const openBlockers = rows.filter((r) => r.open && r.conflict.severity === 'blocker').length;
  const undeterminedM2 = blueprint.undetermined.reduce((s, u) => s + u.areaM2, 0);
  const shownIndicators = input.indicators.filter((v) => v.townCode === null || v.target !== undefined);
  const exceptions = input.resolutions.filter((r) => r.kind === 'exception' && r.exception);
  // A record's status is its conflict's (conflictStatus), also when the conflict is no longer reported.
  const rowByKey = new Map(rows.map((r) => [r.conflict.key, r]));
  const handlingOf = (r: Resolution): string => {
    const status =
      rowByKey.get(r.conflictKey)?.status ?? conflictStatus({ conflict: null, resolution: r, asOfDate: input.created.slice(0, 10) }).status;
    return status === 'reopened' ? `重新打开：${r.reopenReason ?? ''}` : CONFLICT_STATUS_LABEL[status].zh;
  };
  const map = renderSvgMap({
    territory: blueprint.layers.find((l) => l.layer === 'XZQ')?.features.map((f) => f.geometry) ?? [],
    coverage: blueprint.coverage,
    undetermined: blueprint.undetermined.map((u) => u.geometry),
    conflicts: rows
      .filter((r) => r.conflict.region && (r.conflict.region.type === 'Polygon' || r.conflict.region.type === 'MultiPolygon'))
      .map((r) => ({ geometry: r.conflict.region!, title: `${r.conflict.ruleId} ${r.conflict.title}` })),
    ...(input.mapAt ? { at: input.mapAt } : {}),
  });
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)} — 一张蓝图成果报告（${statusZh}）</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:1000px;color:#222;line-height:1.5}
h1{font-size:24px}h2{font-size:18px;border-bottom:2px solid #335;padding-bottom:2px;margin-top:1.6em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #999;padding:3px 6px;font-size:12.5px;vertical-align:top}th{background:#e8ecf4}
.badge{display:inline-block;padding:2px 10px;border-radius:4px;color:#fff;background:${input.status === 'final' ? '#2a7a2a' : '#b00000'}}
.none{color:#777}.map{border:1px solid #999}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}table,svg{page-break-inside:avoid}}
</style></head><body>
<h1>${escapeHtml(title)} — 一张蓝图成果报告 <span class="badge">${statusZh}</span></h1>
<p>生成时间 ${escapeHtml(input.created)}；规则包 ${escapeHtml(input.rulePack.id)} ${escapeHtml(input.rulePack.version)}；蓝图 ${escapeHtml(input.toolVersion)}；坐标系 CGCS2000（EPSG:4490），面积为椭球面积。</p>
<h2>一、概要</h2>
${table(
  ['规划', '部门', '版本', '要素数'],
  input.plans.map((p) => [p.plan.title, p.plan.department, p.plan.version, p.features.length]),
)}
<p>国土面积 ${blueprint.territoryAreaM2 === null ? '—' : ha(blueprint.territoryAreaM2)} 公顷；冲突 ${rows.length} 处，其中未处置 ${rows.filter((r) => r.open).length} 处（阻断 ${openBlockers} 处）；处置记录 ${input.resolutions.length} 条；待定区域 ${blueprint.undetermined.length} 处，共 ${ha(undeterminedM2)} 公顷。</p>
${input.status === 'draft' ? `<h2>草稿原因</h2>\n${input.draftReasons.length === 0 ? '<p>按要求导出为草稿。</p>' : `<ul>${input.draftReasons.map((d) => `<li>${escapeHtml(d.zh)}</li>`).join('')}</ul>`}` : ''}
<h2>二、规划指标</h2>
${table(
  ['范围', '指标', '规划值', '单位', '下达目标', '状态'],
  shownIndicators.map((v) => [
    v.townName ?? '全域',
    indicatorDefinition(v.indicator).nameZh,
    v.value,
    UNIT_ZH[v.unit],
    v.target,
    STATUS_ZH[v.status],
  ]),
)}
<h2>三、冲突统计</h2>
<h3>按规则</h3>
${table(
  ['规则', '冲突数', '未处置', '面积（公顷）'],
  groupCount(rows, (r) => `${r.conflict.ruleId} ${r.conflict.title}（${SEVERITY_ZH[r.conflict.severity]}）`),
)}
<h3>按部门</h3>
${table(
  ['部门', '冲突数', '未处置', '面积（公顷）'],
  groupCount(rows, (r) =>
    r.conflict.subject ? (departmentOf.get(r.conflict.subject.planId) ?? r.conflict.subject.planTitle) : '（指标与质检）',
  ),
)}
<h3>按乡镇</h3>
${table(
  ['乡镇', '冲突数', '未处置', '面积（公顷）'],
  groupCount(rows, (r) => r.conflict.town?.name ?? '（未定位）'),
)}
<h3>未处置的阻断冲突</h3>
${table(
  ['冲突', '规则', '处置状态', '说明'],
  rows
    .filter((r) => r.open && r.conflict.severity === 'blocker')
    .map((r) => [r.conflict.key, r.conflict.ruleId, handlingZh(r), r.conflict.message]),
)}
<h2>四、例外与批准文件</h2>
${table(
  ['维护日志编号', '冲突', '批准文号', '批准机关', '理由', '有效期至', '状态'],
  exceptions.map((r) => [
    r.logNumber ?? '—',
    r.conflictKey,
    r.exception!.approvalNumber,
    r.exception!.authority,
    r.exception!.reason,
    r.exception!.expiresOn ?? '长期',
    handlingOf(r),
  ]),
)}
<h2>五、冲突与处置台账</h2>
${table(
  ['维护日志编号', '变更类型', '规则', '处置方式', '状态', '处置人', '处置时间', '理由'],
  [...input.resolutions]
    .sort(compareResolutions)
    .map((r) => [
      r.logNumber ?? '—',
      r.changeType === undefined ? '—' : `${r.changeType} ${CHANGE_TYPE_ZH[r.changeType]}`,
      r.ruleId,
      RESOLUTION_KIND_ZH[r.kind],
      handlingOf(r),
      r.decidedBy,
      r.decidedAt,
      r.reason,
    ]),
)}
<h2>六、待定区域</h2>
${table(
  ['编号', '面积（公顷）', '位置（经度, 纬度）'],
  blueprint.undetermined.map((u) => [u.id, ha(u.areaM2), `${u.anchor[0].toFixed(5)}, ${u.anchor[1].toFixed(5)}`]),
)}
<h2>七、一张蓝图与冲突区域</h2>
<div class="map">
${map}
</div>
<p>底色为一张图用地覆盖（按一级类着色），灰色斜线为待定区域，红色为冲突区域，黑线为行政区界。</p>
</body></html>
`;
}
