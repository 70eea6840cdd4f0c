// Node. The trust log on disk: one JSON entry per line, only ever appended (mode 0600). The list of trusted keys
// is computed from it (engine/sign/trustLog), so every change to the list is a logged line with who and when.
import { appendFile, readFile } from 'node:fs/promises';
import { readTrustLogEntry, type TrustLogEntry } from '../../../engine/sign/index.ts';
import { StationError } from './stationError.ts';
import { say } from '../../i18n/index.ts';

export async function readTrustLog(path: string): Promise<TrustLogEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: TrustLogEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === '') continue;
    let entry: TrustLogEntry | null;
    try {
      entry = readTrustLogEntry(JSON.parse(lines[i]!));
    } catch {
      entry = null;
    }
    if (!entry) throw new StationError('damaged', say('station.trustLogFile.readTrustLog', { path, value: i + 1 }));
    entries.push(entry);
  }
  return entries;
}

export async function appendTrustLog(path: string, entry: TrustLogEntry): Promise<void> {
  await appendFile(path, `${JSON.stringify(entry)}\n`, { encoding: 'utf8', mode: 0o600, flag: 'a' });
}
