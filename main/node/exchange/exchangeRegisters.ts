// Node. What an installation remembers of the exchange, beside its station in the station folder: the sequence
// numbers it gave its own submissions (submissions.json, per plan) and the submissions it accepted
// (accepted-submissions.json, per sending station and plan: engine/exchange checks replays against it). Never
// in a workspace or package, so copying a workspace does not copy what this installation has accepted.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EMPTY_ACCEPTED_REGISTER, parseAcceptedRegister, type AcceptedRegister } from '../../../engine/exchange/index.ts';
import { atomicWriteFile } from '../atomicWriteFile.ts';
import { StationError } from '../station/stationError.ts';
import { say } from '../../i18n/index.ts';

const damaged = (path: string) => new StationError('damaged', say('node.exchangeRegisters.damaged', { path }));

export const SUBMISSIONS_FILE = 'submissions.json';
export const ACCEPTED_FILE = 'accepted-submissions.json';

interface SequenceFile {
  format: 'lantu-submission-sequence';
  formatVersion: 1;
  /** Last sequence used, per plan id. */
  last: Record<string, number>;
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (error instanceof SyntaxError) throw damaged(path);
    throw error;
  }
}

const writeJson = (path: string, value: unknown) => atomicWriteFile(path, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`));

async function readSequences(home: string): Promise<SequenceFile> {
  const path = join(home, SUBMISSIONS_FILE);
  const raw = (await readJson(path)) as Partial<SequenceFile> | undefined;
  if (raw === undefined) return { format: 'lantu-submission-sequence', formatVersion: 1, last: {} };
  if (raw.format !== 'lantu-submission-sequence' || typeof raw.last !== 'object' || raw.last === null) throw damaged(path);
  return raw as SequenceFile;
}

/** The sequence the next submission of `planId` from this installation takes (not yet recorded). */
export async function nextSubmissionSequence(home: string, planId: string): Promise<number> {
  const last = (await readSequences(home)).last[planId];
  return (Number.isSafeInteger(last) ? last! : 0) + 1;
}

/** Records `sequence` as used for `planId` (after the submission was written). */
export async function recordSubmissionSequence(home: string, planId: string, sequence: number): Promise<void> {
  const file = await readSequences(home);
  await writeJson(join(home, SUBMISSIONS_FILE), { ...file, last: { ...file.last, [planId]: sequence } });
}

export async function readAcceptedRegister(home: string): Promise<AcceptedRegister> {
  const path = join(home, ACCEPTED_FILE);
  const raw = await readJson(path);
  if (raw === undefined) return EMPTY_ACCEPTED_REGISTER;
  const register = parseAcceptedRegister(raw);
  if (!register) throw damaged(path);
  return register;
}

export async function writeAcceptedRegister(home: string, register: AcceptedRegister): Promise<void> {
  await writeJson(join(home, ACCEPTED_FILE), register);
}
