// Pure. buildSubmission(input, signer) → the signed 部门报送包 bytes: plan.json, base.json and history.json as
// two-space JSON, a manifest listing each with its SHA-256, zipped in path order with every timestamp from
// createdAt, then the signature entry over manifest.json. The same input and key give the same bytes.
import { jsonBytes } from '../package/jsonBytes.ts';
import { MANIFEST_PATH } from '../package/checkPackageFiles.ts';
import { sha256Hex } from '../package/sha256Hex.ts';
import { zipFiles } from '../package/zipFiles.ts';
import type { Signer } from '../sign/index.ts';
import { signatureFileBytes } from './signatureFile.ts';
import { appendSignatureEntry } from './signedZip.ts';
import {
  SUBMISSION_BASE_PATH,
  SUBMISSION_FORMAT,
  SUBMISSION_HISTORY_PATH,
  SUBMISSION_PLAN_PATH,
  type SubmissionInput,
  type SubmissionManifest,
} from './submissionTypes.ts';

/** The unsigned files of the submission, manifest.json included. */
export function submissionFiles(input: SubmissionInput): Map<string, Uint8Array> {
  if (input.plan.plan.id !== input.base.plan.id)
    throw new Error(`the plan (${input.plan.plan.id}) and its accepted version (${input.base.plan.id}) are different plans`);
  if (!Number.isSafeInteger(input.sequence) || input.sequence < 1)
    throw new Error(`a submission's sequence is a positive integer, not ${input.sequence}`);
  const files = new Map<string, Uint8Array>([
    [SUBMISSION_BASE_PATH, jsonBytes(input.base)],
    [SUBMISSION_HISTORY_PATH, jsonBytes({ commands: input.history })],
    [SUBMISSION_PLAN_PATH, jsonBytes(input.plan)],
  ]);
  const p = input.plan.plan;
  const manifest: SubmissionManifest = {
    format: SUBMISSION_FORMAT,
    formatVersion: 1,
    createdAt: input.createdAt,
    station: { stationId: input.station.stationId, stationName: input.station.stationName },
    author: input.author,
    plan: { id: p.id, title: p.title, department: p.department, version: p.version },
    sequence: input.sequence,
    baseSha256: sha256Hex(files.get(SUBMISSION_BASE_PATH)!),
    historyCommands: input.history.length,
    files: [...files.keys()].sort().map((path) => ({ path, sizeBytes: files.get(path)!.length, sha256: sha256Hex(files.get(path)!) })),
  };
  files.set(MANIFEST_PATH, jsonBytes(manifest));
  return files;
}

export async function buildSubmission(input: SubmissionInput, signer: Signer): Promise<Uint8Array> {
  if (signer.stationId !== input.station.stationId)
    throw new Error(`the submission names station ${input.station.stationId} but the key is station ${signer.stationId}'s`);
  const files = submissionFiles(input);
  const signature = await signatureFileBytes(files.get(MANIFEST_PATH)!, signer, input.createdAt);
  return appendSignatureEntry(zipFiles(files, input.createdAt), signature, input.createdAt);
}
