// Formats findings for people: grouped by level then code, at most `maxPerKind` lines per code with the
// count of the rest, each line with its JSON path and the message in the chosen language.
import type { Finding, FindingLevel } from '../../engine/validate/index.ts';
import type { Lang } from './context.ts';
import { say } from '../i18n/index.ts';

const LEVEL_LABEL: Record<FindingLevel, Record<Lang, string>> = {
  fatal: say('cli.readFeatureBoundary.LEVEL_fatal'),
  quality: say('cli.readFeatureBoundary.LEVEL_quality'),
  warning: say('cli.readFeatureBoundary.LEVEL_warning'),
};

export function countByLevel(findings: readonly Finding[]): Record<FindingLevel, number> {
  const counts = { fatal: 0, quality: 0, warning: 0 };
  for (const f of findings) counts[f.level]++;
  return counts;
}

export function describeCounts(counts: Record<FindingLevel, number>, lang: Lang): string {
  const parts: string[] = [];
  if (lang === 'zh') {
    if (counts.fatal) parts.push(`${counts.fatal} 个致命错误`);
    if (counts.quality) parts.push(`${counts.quality} 个质量问题`);
    if (counts.warning) parts.push(`${counts.warning} 个提示`);
    return parts.join('，');
  }
  if (counts.fatal) parts.push(`${counts.fatal} fatal`);
  if (counts.quality) parts.push(`${counts.quality} quality`);
  if (counts.warning) parts.push(`${counts.warning} warning${counts.warning > 1 ? 's' : ''}`);
  return parts.join(', ');
}

export function formatFindings(findings: readonly Finding[], lang: Lang, maxPerKind: number): string[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.level}\u0000${f.code}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const lines: string[] = [];
  for (const list of groups.values()) {
    const { level, code } = list[0]!;
    const shown = list.slice(0, maxPerKind);
    const more = list.length - shown.length;
    const label = LEVEL_LABEL[level][lang];
    const tail = more > 0 ? say('cli.printFindings.firstShown', { shown: shown.length })[lang] : '';
    lines.push(`  [${label}] ${code} (${list.length}${tail})`);
    for (const f of shown) lines.push(`    ${f.path || '/'}  ${f.message[lang]}`);
    if (more > 0) lines.push(say('cli.printFindings.more', { more, code })[lang]);
  }
  return lines;
}
