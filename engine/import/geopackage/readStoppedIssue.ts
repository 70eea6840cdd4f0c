// Pure. readStoppedIssue(file, table, why, limit) → the fatal import issue a shell reports when it stopped a
// GeoPackage read that sql.js could not interrupt: past the deadline, or out of the reading worker's memory.
// Names the file and the table being queried, and the limit that stopped it.
import { importIssue } from '../importFailure.ts';
import type { ImportIssue } from '../types.ts';

export type ReadStop = { why: 'deadline'; deadlineMs: number } | { why: 'memory'; heapMb: number };

export function readStoppedIssue(file: string, table: string | undefined, stop: ReadStop): ImportIssue {
  const whereZh = table === undefined ? `打开 ${file} 时` : `读取 ${file} 的表 ${table} 时`;
  const whereEn = table === undefined ? `opening ${file}` : `reading table ${table} of ${file}`;
  if (stop.why === 'deadline') {
    const s = (stop.deadlineMs / 1000).toFixed(stop.deadlineMs % 1000 === 0 ? 0 : 1);
    return importIssue(
      'gpkg-read-deadline',
      'fatal',
      `${whereZh}超过时限 ${s} 秒仍未完成（可能是无限递归的视图），已停止读取，未导入任何内容。`,
      `${whereEn.charAt(0).toUpperCase()}${whereEn.slice(1)} did not finish within the deadline of ${s} s (possibly an endlessly recursive view); reading stopped and nothing was imported.`,
      { file },
    );
  }
  return importIssue(
    'gpkg-read-memory',
    'fatal',
    `${whereZh}耗尽了读取进程的内存上限 ${stop.heapMb} MB（可能是无限递归的视图），已停止读取，未导入任何内容。`,
    `${whereEn.charAt(0).toUpperCase()}${whereEn.slice(1)} exhausted the reading worker's memory limit of ${stop.heapMb} MB (possibly an endlessly recursive view); reading stopped and nothing was imported.`,
    { file },
  );
}
