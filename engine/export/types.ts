// Types of the export pipeline (buildPackageFromInputs): its inputs as named bytes, the ports it needs, the
// phases it reports and its outcome (a package result, or the input problems found before any work).
import type { GeometryPort } from '../geometry/port.ts';
import type { PackageResult, SqlJsWriterPort } from '../package/index.ts';
import type { Message } from '../resolutions/types.ts';
import type { Finding } from '../validate/types.ts';
import type { ConflictReport, RulesInput } from '../rules/index.ts';

/** One input file: the name it is reported under and its bytes exactly as given (they go into the package). */
export interface NamedBytes {
  file: string;
  bytes: Uint8Array;
}

/**
 * A plan file read when it is needed instead of held through the export (a 300k-parcel city's four plans are 290 MB):
 * once to validate it, and again when the package copies it, which must give the bytes validated (sourceFileOf).
 * Each `read` gives bytes of its own, which the package's writer takes (they move to its deflate worker). `read` may
 * throw a SourceRereadError, whose message names the file.
 */
export interface RereadableBytes {
  file: string;
  read(): Uint8Array;
}

export interface ExportInputs {
  /** Plan documents (JSON), in any order: the package sorts them by plan id. */
  sources: (NamedBytes | RereadableBytes)[];
  pack: NamedBytes;
  policy: NamedBytes;
  targets: NamedBytes | null;
  /** `{ resolutions: [...] }` (the package's own resolutions.json has this shape). */
  resolutions: NamedBytes | null;
  /** ISO time in whole seconds; part of the package's bytes. */
  created: string;
  draft: boolean;
  toolVersion: string;
  /**
   * The project register (并联审批), when the workspace has projects: review/projects.json and
   * review/opinions.json as writeReviewRegisterFiles writes them. Absent or null: a package without projects.
   */
  review?: { projects: NamedBytes; opinions: NamedBytes } | null;
}

/** What the pipeline cannot load itself: GEOS and SQLite compiled to WebAssembly, created by the shell. */
export interface ExportPorts {
  geometry: GeometryPort;
  sqlJs: SqlJsWriterPort;
  /** A native SHA-256 (hex) when the shell has one; the package's own (@noble/hashes) otherwise. */
  sha256Hex?: (bytes: Uint8Array) => string;
  /** Runs the rule pack elsewhere (the CLI's worker threads); runRules in this thread without it. Same report either way. */
  rules?: (input: RulesInput) => Promise<ConflictReport>;
}

/** In pipeline order: the indicators come before the rules, whose indicator rules compare them. */
export type ExportPhase = 'sources' | 'indicators' | 'rules' | 'blueprint' | 'package';

export type ExportIssueKind =
  'plan' | 'duplicatePlanId' | 'rulePack' | 'policy' | 'targets' | 'resolutions' | 'created' | 'noPlans' | 'review';

/** An input problem: the whole message (naming the file), detail lines, and a plan's validation findings. */
export interface ExportIssue {
  kind: ExportIssueKind;
  /** The input file concerned, when there is one. */
  file?: string;
  message: Message;
  details: Message[];
  findings: Finding[];
}

export type ExportOutcome = { ok: true; result: PackageResult } | { ok: false; issues: ExportIssue[] };
