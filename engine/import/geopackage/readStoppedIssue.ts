// Pure. readStoppedIssue(file, table, why, limit) → the fatal import issue a shell reports when it stopped a
// GeoPackage read that sql.js could not interrupt: past the deadline, or out of the reading worker's memory.
// Names the file and the table being queried, and the limit that stopped it.
import { say } from '../../i18n/index.ts';
import { importIssue } from '../importFailure.ts';
import type { ImportIssue } from '../types.ts';

export type ReadStop = { why: 'deadline'; deadlineMs: number } | { why: 'memory'; heapMb: number };

export function readStoppedIssue(file: string, table: string | undefined, stop: ReadStop): ImportIssue {
  const where =
    table === undefined ? say('import.readStoppedIssue.opening', { file }) : say('import.readStoppedIssue.reading-table', { file, table });
  if (stop.why === 'deadline') {
    const s = (stop.deadlineMs / 1000).toFixed(stop.deadlineMs % 1000 === 0 ? 0 : 1);
    return importIssue('gpkg-read-deadline', 'fatal', say('import.readStoppedIssue.gpkg-read-deadline', { seconds: s, where }), { file });
  }
  return importIssue('gpkg-read-memory', 'fatal', say('import.readStoppedIssue.gpkg-read-memory', { heapMb: stop.heapMb, where }), {
    file,
  });
}
