// Formats the opinion table `lantu review` prints: one row per project, one column per department (short name)
// with its preliminary verdict, then the joint preliminary verdict; columns padded by display width (a CJK
// character takes two cells), then a line per failing or conditional check with its reason and legal basis.
import type { Department, ProjectDocument, ProjectReview, Verdict } from '../../engine/review/index.ts';
import { VERDICT_LABELS } from '../../engine/review/index.ts';
import type { Lang } from './context.ts';
import { say } from '../i18n/index.ts';

const verdictText = (v: Verdict, lang: Lang): string => VERDICT_LABELS[v][lang];

/** Columns a string takes in a terminal: East Asian wide characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    width +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000
        ? 2
        : 1;
  }
  return width;
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

export function formatOpinionTable(
  rows: readonly { project: ProjectDocument; review: ProjectReview }[],
  departments: readonly Department[],
  lang: Lang,
): string[] {
  // The departments of the list, then any the pack names that the list lacks (by id).
  const ids = [...departments.map((d) => d.id)];
  for (const r of rows) for (const d of r.review.departments) if (!ids.includes(d.department)) ids.push(d.department);
  const shortName = (id: string): string => {
    const d = departments.find((x) => x.id === id);
    return d ? (lang === 'zh' ? d.shortZh : d.shortEn) : id;
  };
  const header = [say('cli.formatOpinionTable.project')[lang], ...ids.map(shortName), say('cli.formatOpinionTable.verdict')[lang]];
  const body = rows.map((r) => [
    r.project.properties.XMMC,
    ...ids.map((id) => {
      const d = r.review.departments.find((x) => x.department === id);
      return d ? verdictText(d.verdict, lang) : '—';
    }),
    verdictText(r.review.verdict, lang),
  ]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[i]!))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => pad(c, widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  for (const r of rows) {
    for (const d of r.review.departments) {
      for (const c of d.checks) {
        if (c.verdict === 'pass') continue;
        const mark = c.verdict === 'fail' ? '✗' : '!';
        const reason = lang === 'zh' ? c.reasonZh : c.reasonEn;
        const conditions = lang === 'zh' ? c.conditionsZh : c.conditionsEn;
        const tail =
          conditions.length > 0
            ? say('cli.formatOpinionTable.conditions', { conditions: { zh: conditions.join('；'), en: conditions.join('; ') } })[lang]
            : '';
        out.push(
          say('cli.formatOpinionTable.check', {
            mark,
            project: r.project.properties.XMMC,
            department: shortName(d.department),
            reason,
            tail,
            legalBasis: c.legalBasis,
          })[lang],
        );
      }
    }
  }
  return out;
}
