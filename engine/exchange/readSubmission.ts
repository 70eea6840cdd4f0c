// Pure. readSubmission(zip, file, trustedKeys) → the submission, or why it is refused, in Chinese and English naming
// the file: not a zip, unsigned, signed by an unknown or revoked key, a changed signer, tampered (any changed byte:
// the signature covers manifest.json, the manifest each file's SHA-256, and the container must be exactly the one
// these files and times make), or malformed content. Replays are the caller's to check (checkReplay), since the
// last accepted sequence lives in the installation, not the package.
import { createTextDecoder } from '../model/createTextDecoder.ts';
import { MANIFEST_PATH } from '../package/checkPackageFiles.ts';
import { sha256Hex } from '../package/sha256Hex.ts';
import { zipFiles } from '../package/zipFiles.ts';
import type { PlanDocument } from '../model/types.ts';
import type { TrustedKeys } from '../sign/index.ts';
import { inflateZipEntry, listZipEntries, ZipRefusal, type ZipLimits } from '../zip/readZipSafely.ts';
import { checkSignature, SIGNATURE_PATH, type SignatureStatus } from './signatureFile.ts';
import { readSignedZip, sameBytes } from './signZip.ts';
import {
  SUBMISSION_BASE_PATH,
  SUBMISSION_FORMAT,
  SUBMISSION_HISTORY_PATH,
  SUBMISSION_PLAN_PATH,
  type SubmissionManifest,
  type SubmissionReading,
  type SubmissionRefusalCode,
  type SubmittedCommand,
} from './submissionTypes.ts';
import { say, type Bilingual } from '../i18n/index.ts';

/** A submission is one plan: generous for a city's plan, small enough to refuse a bomb early. */
export const SUBMISSION_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxEntries: 16,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

const REFUSAL_OF: Partial<Record<SignatureStatus, SubmissionRefusalCode>> = {
  unsigned: 'unsigned',
  unknown: 'unknown-key',
  revoked: 'revoked',
  'signer-changed': 'signer-changed',
  tampered: 'tampered',
};

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(createTextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

function isManifest(m: unknown): m is SubmissionManifest {
  const v = m as Partial<SubmissionManifest> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.format === SUBMISSION_FORMAT &&
    v.formatVersion === 1 &&
    typeof v.createdAt === 'string' &&
    typeof v.station?.stationId === 'string' &&
    typeof v.station.stationName === 'string' &&
    typeof v.author === 'string' &&
    typeof v.plan?.id === 'string' &&
    typeof v.plan.department === 'string' &&
    Number.isSafeInteger(v.sequence) &&
    (v.sequence as number) >= 1 &&
    typeof v.baseSha256 === 'string' &&
    Array.isArray(v.files) &&
    v.files.every((f) => typeof f?.path === 'string' && typeof f.sha256 === 'string' && Number.isSafeInteger(f.sizeBytes))
  );
}

function isPlan(value: unknown, planId: string): value is PlanDocument {
  const p = value as Partial<PlanDocument> | null;
  return typeof p === 'object' && p !== null && p.type === 'FeatureCollection' && p.plan?.id === planId && Array.isArray(p.features);
}

export function readSubmission(
  zip: Uint8Array,
  file: string,
  trustedKeys: TrustedKeys,
  limits: ZipLimits = SUBMISSION_ZIP_LIMITS,
): SubmissionReading {
  const refuse = (code: SubmissionRefusalCode, detail: Bilingual): SubmissionReading => {
    const why = code === 'tampered' ? say('exchange.readSubmission.tampered') : '';
    return { ok: false, code, message: say('exchange.readSubmission.refuse', { file, detail, why }) };
  };
  const files = new Map<string, Uint8Array>();
  try {
    for (const entry of listZipEntries(zip, file, limits))
      if (!files.has(entry.name)) files.set(entry.name, inflateZipEntry(zip, file, entry));
  } catch (error) {
    // A signed package that no longer reads as the zip it was is damaged or tampered with, whichever check trips.
    if (error instanceof ZipRefusal && error.code !== 'zip-invalid') return refuse('tampered', { zh: error.zh, en: error.en });
    return refuse('tampered', say('exchange.readSubmission.not-zip'));
  }
  const manifestBytes = files.get(MANIFEST_PATH);
  const manifest = parseJson(manifestBytes);
  if (manifestBytes === undefined) {
    if (files.has(SIGNATURE_PATH))
      return refuse('tampered', say('exchange.readSubmission.signed-manifest-missing', { manifest: MANIFEST_PATH }));
    return refuse('malformed', say('exchange.readSubmission.manifest-missing', { manifest: MANIFEST_PATH }));
  }
  // Without a signature entry but with a file the manifest does not list, the signature was renamed or removed.
  const listedPaths = new Set(isManifest(manifest) ? manifest.files.map((f) => f.path) : []);
  const stray = [...files.keys()].find((path) => path !== MANIFEST_PATH && path !== SIGNATURE_PATH && !listedPaths.has(path));
  if (!files.has(SIGNATURE_PATH) && stray !== undefined)
    return refuse('tampered', say('exchange.readSubmission.stray-unsigned', { path: stray }));
  const signature = checkSignature(
    file,
    manifestBytes,
    files.get(SIGNATURE_PATH) ?? null,
    trustedKeys,
    isManifest(manifest) ? manifest.station.stationId : undefined,
  );
  const refusal = REFUSAL_OF[signature.status];
  if (refusal)
    return {
      ok: false,
      code: refusal,
      message: say('exchange.readSubmission.readSubmission', { message: signature.message }),
      signature,
    };
  if (!isManifest(manifest))
    return refuse('malformed', say('exchange.readSubmission.not-manifest', { manifest: MANIFEST_PATH, format: SUBMISSION_FORMAT }));
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const f of manifest.files) {
    const bytes = files.get(f.path);
    if (!bytes) return refuse('tampered', say('exchange.readSubmission.listed-missing', { path: f.path }));
    if (bytes.length !== f.sizeBytes || sha256Hex(bytes) !== f.sha256)
      return refuse('tampered', say('exchange.readSubmission.changed', { path: f.path }));
  }
  for (const path of files.keys()) {
    if (path !== MANIFEST_PATH && path !== SIGNATURE_PATH && !listed.has(path))
      return refuse('tampered', say('exchange.readSubmission.added', { path }));
  }
  // Every file matches; now the container itself: exactly the bytes these files, in this order and time, make.
  const signed = readSignedZip(zip, file, limits, manifest.createdAt);
  const unsignedFiles = new Map([...files].filter(([path]) => path !== SIGNATURE_PATH));
  let rebuilt: Uint8Array | null;
  try {
    rebuilt = zipFiles(unsignedFiles, manifest.createdAt);
  } catch {
    rebuilt = null;
  }
  if (!signed.canonical || !rebuilt || !sameBytes(rebuilt, signed.unsigned)) {
    return refuse('tampered', say('exchange.readSubmission.container-changed'));
  }
  const plan = parseJson(files.get(SUBMISSION_PLAN_PATH));
  const base = parseJson(files.get(SUBMISSION_BASE_PATH));
  const history = parseJson(files.get(SUBMISSION_HISTORY_PATH)) as { commands?: unknown } | undefined;
  if (!isPlan(plan, manifest.plan.id) || !isPlan(base, manifest.plan.id)) {
    return refuse(
      'malformed',
      say('exchange.readSubmission.not-plans', { plan: SUBMISSION_PLAN_PATH, base: SUBMISSION_BASE_PATH, planId: manifest.plan.id }),
    );
  }
  if (!Array.isArray(history?.commands) || !history.commands.every((c) => typeof (c as { kind?: unknown } | null)?.kind === 'string')) {
    return refuse(
      'malformed',
      say('exchange.readSubmission.not-history', { history: SUBMISSION_HISTORY_PATH, shape: '{"commands": [...]}' }),
    );
  }
  if (sha256Hex(files.get(SUBMISSION_BASE_PATH)!) !== manifest.baseSha256)
    return refuse('tampered', say('exchange.readSubmission.base-mismatch', { base: SUBMISSION_BASE_PATH }));
  return { ok: true, submission: { manifest, plan, base, history: history.commands as SubmittedCommand[], signature } };
}
