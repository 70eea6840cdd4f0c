// Pure. buildReviewReportHtml(input) → the 合规性审查报告 of one project as one self-contained HTML page (no scripts,
// no external resources) that prints on A4: tables repeat their header on every page and never split a row.
// Chinese by default, English on request; every value escaped; the same input gives the same bytes.
import { m2ToHectares, m2ToMu } from '../geometry/areaUnits.ts';
import { createReprojector, type Reproject } from '../import/crs/createReprojector.ts';
import { crsInfo, parseEpsgReference } from '../import/crs/crsCatalog.ts';
import { say, type Catalogue, type MessageKey, type NamesOf } from '../i18n/index.ts';
import { codeName } from '../model/codes.ts';
import { layerInfo } from '../model/layers.ts';
import type { Position } from '../model/types.ts';
import { escapeHtml } from '../package/escapeHtml.ts';
import { renderDetailMap, renderOverviewMap, type ReviewMapBlueprint } from './renderReviewMaps.ts';
import { recordedOpinionOf } from './reviewReportJson.ts';
import { VERDICT_LABELS } from './verdictLabels.ts';
import type { Department, DepartmentOpinion, JointOpinion, ProjectDocument, ProjectReview, Verdict } from './types.ts';

export type ReviewReportLanguage = 'zh' | 'en';

export interface ReviewReportHtmlInput {
  project: ProjectDocument;
  review: ProjectReview;
  departments: readonly Department[];
  /** Recorded opinions (any project or version: the report picks this project's, current version first). */
  opinions: readonly DepartmentOpinion[];
  joint: JointOpinion | null;
  /** The blueprint's layers and coverage, for the two maps. */
  blueprint: ReviewMapBlueprint;
  /** ISO date or date-time of the report, passed in: the engine has no clock. */
  created: string;
  language?: ReviewReportLanguage;
  pack?: { id: string; version: string };
}

type Cell = string | number | null | undefined;
/** A cell given as ready HTML instead of text (badges); everything else is escaped. */
interface Html {
  html: string;
}

/** A word of the report: the last part of a `review.buildReviewReportHtml.*` catalogue key that takes no parameter. */
type Label = {
  [K in MessageKey]: K extends `review.buildReviewReportHtml.${infer W}` ? ([NamesOf<Catalogue, K>] extends [never] ? W : never) : never;
}[MessageKey];

/** The report's words in one language, looked up by label (`t('title')`). */
const labelsIn =
  (language: ReviewReportLanguage) =>
  (label: Label): string =>
    say(`review.buildReviewReportHtml.${label}`)[language];

/** Attributes a reader of the overlap table needs to tell zones, levels and kinds apart. */
const SHOWN_ATTRIBUTES = ['GNFQ', 'BHQJB', 'JB', 'HXLX', 'BHDLX', 'GHFQMC', 'DLBM', 'DLMC', 'YQJB', 'GYLX', 'DJ', 'SSLX', 'XZQMC'];
/** Control lines reported first, in this order, in section 4 (then any other layer the site touches). */
const CONTROL_ORDER = ['YJJBNT', 'STBHHX', 'ZRBHD', 'YYSY', 'CZKFBJ', 'CYYQ', 'GYXM', 'JTSS', 'JTXL', 'XZQ'];

const ha = (m2: number): string => m2ToHectares(m2).toFixed(4);
const mu = (m2: number): string => m2ToMu(m2).toFixed(2);
const share = (m2: number, total: number): string => (total > 0 ? `${((m2 / total) * 100).toFixed(2)}%` : '—');
const badge = (verdict: Verdict, language: ReviewReportLanguage): Html => ({
  html: `<span class="v v-${verdict}">${escapeHtml(VERDICT_LABELS[verdict][language])}</span>`,
});

function table(header: readonly string[], rows: readonly (readonly (Cell | Html)[])[], none: string, cls?: string): string {
  if (rows.length === 0) return `<p class="none">${escapeHtml(none)}</p>`;
  const cell = (v: Cell | Html): string => (v !== null && typeof v === 'object' ? v.html : escapeHtml(v));
  return (
    `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>\n` +
    rows.map((r) => `<tr>${r.map((v) => `<td>${cell(v)}</td>`).join('')}</tr>`).join('\n') +
    '\n</tbody></table>'
  );
}

const list = (items: readonly string[]): Html => ({ html: items.length === 0 ? '—' : items.map((i) => escapeHtml(i)).join('<br>') });

interface PointRow {
  parcel: string;
  point: string;
  ring: number | null;
  x: string;
  y: string;
  lon: string;
  lat: string;
}

/** The 界址点 as the source gave them, with lon/lat; a drawn boundary (no source points) lists its vertices. */
function pointRows(project: ProjectDocument): PointRow[] {
  const source = project.project.source;
  const epsg = parseEpsgReference(source.crs);
  const crs = epsg === undefined ? undefined : crsInfo(epsg);
  if (source.points.length > 0 && crs) {
    const reproject: Reproject = createReprojector(crs);
    const geographic = crs.family === 'geographic';
    return source.points.map((p) => {
      // X is the northing, Y the easting (the reprojector takes easting, northing).
      const [lon, lat] = reproject(p.yM, p.xM);
      return {
        parcel: p.parcelId,
        point: p.pointId,
        ring: p.ringNo,
        x: geographic ? '—' : p.xM.toFixed(3),
        y: geographic ? '—' : p.yM.toFixed(3),
        lon: lon.toFixed(8),
        lat: lat.toFixed(8),
      };
    });
  }
  const rows: PointRow[] = [];
  project.geometry.coordinates.forEach((polygon, parcel) =>
    polygon.forEach((ring, r) =>
      ring.forEach((p: Position, i) =>
        rows.push({
          parcel: String(parcel + 1),
          point: `J${i + 1}`,
          ring: r + 1,
          x: '—',
          y: '—',
          lon: p[0].toFixed(8),
          lat: p[1].toFixed(8),
        }),
      ),
    ),
  );
  return rows;
}

const CSS = `@page{size:A4;margin:15mm 12mm 15mm 12mm}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:1.5em auto;max-width:180mm;color:#222;line-height:1.45;font-size:12.5px}
h1{font-size:22px;text-align:center;margin:.3em 0}h2{font-size:16px;border-bottom:2px solid #335;padding-bottom:2px;margin-top:1.4em;break-after:avoid;page-break-after:avoid}
h3{font-size:14px;margin:.8em 0 .3em;break-after:avoid;page-break-after:avoid}
table{border-collapse:collapse;width:100%;margin:.4em 0}th,td{border:1px solid #999;padding:2px 5px;font-size:11.5px;vertical-align:top;text-align:left}th{background:#e8ecf4}
thead{display:table-header-group}tfoot{display:table-footer-group}tr{break-inside:avoid;page-break-inside:avoid}
table.points td{font-family:"DejaVu Sans Mono",monospace;font-size:10.5px}
.facts th{width:28%}.none{color:#777}.meta{color:#555;font-size:11px}
.map{break-inside:avoid;page-break-inside:avoid;margin:.4em 0}.map svg{display:block;border:0;max-height:118mm}
.v{display:inline-block;white-space:nowrap;padding:0 6px;border-radius:3px;color:#fff;font-weight:bold}.v-pass{background:#2a7a2a}.v-conditional{background:#b77900}.v-fail{background:#b00000}
.joint{border:2px solid #335;padding:.5em 1em;break-inside:avoid;page-break-inside:avoid}
.project.paged{break-before:page;page-break-before:always}
@media print{body{margin:0;max-width:none}}`;

function projectSection(input: ReviewReportHtmlInput, index: number, paged: boolean): string {
  const language = input.language ?? 'zh';
  const t = labelsIn(language);
  const { project, review } = input;
  const m = review.measurement;
  const facts = project.properties;
  const version = m.projectVersion;
  const deptName = (id: string): string => {
    const d = input.departments.find((x) => x.id === id);
    return d ? (language === 'zh' ? d.nameZh : d.nameEn) : id;
  };
  const layerName = (code: string): string => {
    const info = layerInfo(code as never);
    return say('review.buildReviewReportHtml.layer-name', { name: { zh: info.nameZh, en: info.nameEn }, code })[language];
  };
  const orDash = (v: string | null | undefined): string => (v === null || v === undefined || v === '' ? t('notGiven') : v);
  const useName = facts.NYDYT ? codeName('ydyh2023', facts.NYDYT, language) : undefined;
  const source = project.project.source;

  const factRows: (Cell | Html)[][] = [
    [t('name'), facts.XMMC],
    [t('code'), orDash(facts.XMDM)],
    [t('builder'), orDash(facts.JSDW)],
    [t('type'), facts.XMLX],
    [t('use'), facts.NYDYT ? `${facts.NYDYT}${useName ? ` ${useName}` : ''}` : t('notGiven')],
    [t('major'), orDash(facts.ZDXM)],
    [
      t('separate'),
      facts.DDXZ ? `${facts.DDXZ}${facts.DDXZLX ? `${t('open-bracket')}${facts.DDXZLX}${t('close-bracket')}` : ''}` : t('notGiven'),
    ],
    [t('industry'), orDash(facts.GYLB)],
    [t('stage'), project.project.stage],
    [t('version'), version],
    [t('source'), `${source.fileName ?? source.format}${t('comma')}${source.crs}`],
    [t('area'), `${ha(m.areaM2)} ${t('unit-ha')} / ${mu(m.areaM2)} ${t('unit-mu')} / ${m.areaM2.toFixed(2)} m²`],
    [t('towns'), m.towns.map((x) => x.name).join(t('list-separator')) || '—'],
    [t('insideBoundary'), `${ha(m.insideDevelopmentBoundaryM2)} / ${ha(m.outsideDevelopmentBoundaryM2)} ${t('unit-ha')}`],
  ];

  const rank = (code: string): number => {
    const i = CONTROL_ORDER.indexOf(code);
    return i < 0 ? CONTROL_ORDER.length : i;
  };
  const layers = [...m.layers].sort((a, b) => rank(a.layer) - rank(b.layer) || (a.layer < b.layer ? -1 : a.layer > b.layer ? 1 : 0));
  const layerRows = layers.map((l) => [layerName(l.layer), ha(l.areaM2), mu(l.areaM2), share(l.areaM2, m.areaM2)]);
  const featureRows = layers.flatMap((l) =>
    l.features.map((f) => {
      const attrs = SHOWN_ATTRIBUTES.filter((k) => f.properties[k] !== undefined && f.properties[k] !== null && f.properties[k] !== '').map(
        (k) => `${k}=${String(f.properties[k])}`,
      );
      return [
        layerName(l.layer),
        f.bsm ?? '—',
        f.name ?? '—',
        attrs.join(t('sep')) || '—',
        ha(f.areaM2),
        mu(f.areaM2),
        f.lengthM === undefined ? '—' : f.lengthM.toFixed(1),
      ];
    }),
  );
  const landRows = m.landUse.map((u) => [
    u.code,
    (language === 'zh' ? u.nameZh : undefined) ?? codeName('ydyh2023', u.code, language) ?? u.nameZh ?? '—',
    ha(u.areaM2),
    mu(u.areaM2),
    share(u.areaM2, m.areaM2),
  ]);
  const setbackRows = m.setbacks.map((s) => [
    [s.name, s.bsm].filter((x) => x).join(' ') || '—',
    s.grade,
    s.setting ?? '—',
    s.requiredM.toFixed(1),
    s.distanceM.toFixed(1),
    ha(s.insideAreaM2),
  ]);
  const conflictRows = m.conflicts.map((c) => [c.key, `${c.ruleId} ${c.title}`, t(`severity-${c.severity}`), ha(c.areaM2)]);
  const undeterminedRows = m.undetermined.map((u) => [u.id, ha(u.areaM2)]);
  const indicatorRows = m.indicators.map((i) => [
    language === 'zh' ? i.nameZh : i.nameEn,
    t(`unit-${i.unit}`),
    i.before.toFixed(4),
    i.after.toFixed(4),
    i.target === null ? '—' : i.target.toFixed(4),
    i.violatesTarget ? t('yes') : t('no'),
  ]);
  const checkRows = review.departments.flatMap((d) =>
    d.checks.length === 0
      ? [[deptName(d.department), '—', badge('pass', language), '—', '—', '—']]
      : d.checks.map((c) => [
          deptName(d.department),
          c.checkId,
          badge(c.verdict, language),
          list(language === 'zh' ? c.conditionsZh : c.conditionsEn),
          language === 'zh' ? c.reasonZh : c.reasonEn,
          c.legalBasis,
        ]),
  );
  const summaryRows = review.departments.map((d) => [deptName(d.department), badge(d.verdict, language)]);
  const recordedRows = review.departments.map((d) => {
    const o = recordedOpinionOf(input.opinions, d.department, project.project.id, version);
    if (!o) return [deptName(d.department), '—', '—', '—', '—', '—', '—', t('noAnswer')];
    return [
      deptName(d.department),
      badge(o.verdict, language),
      list(o.conditions),
      o.basis,
      o.reviewer,
      o.date,
      o.documentNo,
      o.projectVersion === version ? t('valid') : t('stale'),
    ];
  });
  const joint = input.joint && input.joint.projectId === project.project.id ? input.joint : null;
  const jointStale = joint !== null && joint.projectVersion !== version;
  const jointHtml =
    joint === null
      ? `<p>${escapeHtml(t('joint'))}${t('colon')}<strong>${escapeHtml(t('notIssued'))}</strong></p>`
      : table(
          [t('joint'), t('documentNo'), t('date'), t('coordinator'), t('status')],
          [[badge(joint.verdict, language), joint.documentNo, joint.date, joint.coordinator, jointStale ? t('stale') : t('valid')]],
          t('none'),
        );
  const points = pointRows(project);

  return `<section class="project${paged ? ' paged' : ''}">
<h1>${escapeHtml(t('title'))}</h1>
<p class="meta">${escapeHtml(facts.XMMC)}${t('sep')}${escapeHtml(t('created'))} ${escapeHtml(input.created)}${input.pack ? `${t('sep')}${escapeHtml(t('pack'))} ${escapeHtml(input.pack.id)} ${escapeHtml(input.pack.version)}` : ''}${t('sep')}${escapeHtml(t('crsNote'))}</p>
<h2>${escapeHtml(t('s1'))}</h2>
${table([t('field'), t('value')], factRows, t('none'), 'facts')}
<h2>${escapeHtml(t('s2'))}</h2>
<h3>${escapeHtml(t('overview'))}</h3>
<div class="map">
${renderOverviewMap(project.geometry, input.blueprint, language, `ro${index}`)}
</div>
<h3>${escapeHtml(t('detail'))}</h3>
<div class="map">
${renderDetailMap(project.geometry, input.blueprint, language, `rd${index}`)}
</div>
<h2>${escapeHtml(t('s3'))}</h2>
${table(
  [t('parcel'), t('point'), t('ring'), t('x'), t('y'), t('lon'), t('lat')],
  points.map((p) => [p.parcel, p.point, p.ring, p.x, p.y, p.lon, p.lat]),
  t('none'),
  'points',
)}
<h2>${escapeHtml(t('s4'))}</h2>
${table([t('layer'), t('ha'), t('mu'), t('share')], layerRows, t('none'))}
<h3>${escapeHtml(t('s4features'))}</h3>
${table([t('layer'), t('bsm'), t('featureName'), t('attributes'), t('ha'), t('mu'), t('length')], featureRows, t('none'))}
<h2>${escapeHtml(t('s5'))}</h2>
${table([t('landCode'), t('landName'), t('ha'), t('mu'), t('share')], landRows, t('none'))}
<h2>${escapeHtml(t('s6'))}</h2>
${table([t('line'), t('grade'), t('setting'), t('required'), t('distance'), t('insideArea')], setbackRows, t('none'))}
<h2>${escapeHtml(t('s7'))}</h2>
${table([t('conflict'), t('rule'), t('severity'), t('ha')], conflictRows, t('noConflict'))}
${table([t('undetermined'), t('ha')], undeterminedRows, t('noUndetermined'))}
<h2>${escapeHtml(t('s8'))}</h2>
${table([t('indicator'), t('unit'), t('before'), t('after'), t('target'), t('violates')], indicatorRows, t('none'))}
<h2>${escapeHtml(t('s9'))}</h2>
<h3>${escapeHtml(t('s9pre'))}</h3>
${table([t('department'), t('verdict')], summaryRows, t('none'))}
${table([t('department'), t('check'), t('verdict'), t('conditions'), t('reasons'), t('basis')], checkRows, t('none'))}
<h3>${escapeHtml(t('s9rec'))}</h3>
${table([t('department'), t('verdict'), t('conditions'), t('basis'), t('reviewer'), t('date'), t('documentNo'), t('status')], recordedRows, t('none'))}
<h2>${escapeHtml(t('s10'))}</h2>
<div class="joint">
<p>${escapeHtml(t('preliminary'))}${t('colon')}${badge(review.verdict, language).html}</p>
${jointHtml}
</div>
</section>
`;
}

function page(title: string, language: ReviewReportLanguage, body: string): string {
  return `<!DOCTYPE html>
<html lang="${language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
${CSS}
</style></head><body>
${body}</body></html>
`;
}

/** The report of one project. */
export function buildReviewReportHtml(input: ReviewReportHtmlInput): string {
  const language = input.language ?? 'zh';
  return page(`${labelsIn(language)('title')} — ${input.project.properties.XMMC}`, language, projectSection(input, 0, false));
}

/**
 * The report of several projects in one page (one `lantu review` call): a summary of the projects' preliminary
 * verdicts, then each project's report starting on a new page. All inputs are read in the first one's language.
 */
export function buildReviewReportsHtml(inputs: readonly ReviewReportHtmlInput[]): string {
  if (inputs.length === 1) return buildReviewReportHtml(inputs[0]!);
  const language = inputs[0]?.language ?? 'zh';
  const t = labelsIn(language);
  const summary = table(
    [t('name'), t('code'), t('area'), t('preliminary')],
    inputs.map((i) => [
      i.project.properties.XMMC,
      i.project.properties.XMDM ?? '—',
      `${ha(i.review.measurement.areaM2)} ${t('unit-ha')}`,
      badge(i.review.verdict, language),
    ]),
    t('none'),
  );
  const sections = inputs.map((i, n) => projectSection({ ...i, language }, n, true)).join('');
  return page(t('title'), language, `<h1>${escapeHtml(t('title'))}</h1>\n<h2>${escapeHtml(t('summary'))}</h2>\n${summary}\n${sections}`);
}
