// Pure types. The 部门报送包 (department submission): a signed zip holding the plan version a liaison sends, the
// version the bureau last accepted (what the edits start from, the merge's ancestor), the edit history between
// them and a manifest naming the sending station, the plan and a per-station sequence number.
import type { PlanDocument } from '../model/types.ts';
import type { Message } from '../resolutions/types.ts';
import type { SignatureCheck } from './signatureFile.ts';

export const SUBMISSION_FORMAT = 'lantu-submission';
export const SUBMISSION_PLAN_PATH = 'plan.json';
export const SUBMISSION_BASE_PATH = 'base.json';
export const SUBMISSION_HISTORY_PATH = 'history.json';

/** One edit as the history records it: the workspace's command objects, kept as plain JSON (`kind` first). */
export type SubmittedCommand = { kind: string } & Record<string, unknown>;

export interface SubmissionManifest {
  format: typeof SUBMISSION_FORMAT;
  formatVersion: 1;
  /** ISO time in whole seconds; also the zip entries' timestamp. */
  createdAt: string;
  station: { stationId: string; stationName: string };
  /** The liaison who submits (a person; the station names the workstation). */
  author: string;
  plan: { id: string; title: string; department: string; version: string };
  /** Per sending station and plan, strictly increasing: the bureau refuses one it has already passed (a replay). */
  sequence: number;
  /** SHA-256 of base.json: the version the bureau accepted that the history starts from. */
  baseSha256: string;
  historyCommands: number;
  files: { path: string; sizeBytes: number; sha256: string }[];
}

export interface SubmissionInput {
  plan: PlanDocument;
  base: PlanDocument;
  history: readonly SubmittedCommand[];
  station: { stationId: string; stationName: string };
  author: string;
  sequence: number;
  createdAt: string;
}

export interface Submission {
  manifest: SubmissionManifest;
  plan: PlanDocument;
  base: PlanDocument;
  history: SubmittedCommand[];
  signature: SignatureCheck;
}

export type SubmissionRefusalCode = 'unsigned' | 'unknown-key' | 'revoked' | 'signer-changed' | 'tampered' | 'malformed' | 'replayed';

export type SubmissionReading =
  { ok: true; submission: Submission } | { ok: false; code: SubmissionRefusalCode; message: Message; signature?: SignatureCheck };
