// Pure. Types of the blueprint package (product.md §9): the layers written to the GeoPackage and
// GeoJSON, the conflicts as the package records them, the build inputs and the manifest
// (schemas/manifest.schema.json). Conflicts are declared structurally here: engine/rules is a sibling.
import type { IndicatorValue } from '../indicators/types.ts';
import type { Blueprint } from '../model/blueprint.ts';
import type { ConflictParty } from '../model/conflictParty.ts';
import type { Geometry, LayerCode, PlanDocument, Properties } from '../model/types.ts';
import type { Policy, Resolution } from '../resolutions/types.ts';
import type { SqlJsWriterPort } from './sqlJsWriterPort.ts';
import type { ReviewRegister } from '../review/writeReviewRegisterFiles.ts';

/** One table of the GeoPackage and one `layers/<name>.geojson`. */
export interface PackageLayer {
  /** Table name: a layer code, `YZTYDFG` (一张图用地覆盖) or `DDQY` (待定区域). */
  name: string;
  titleZh: string;
  /** Layer code of the catalogue, when the table is one. */
  layer?: LayerCode;
  /** Attribute columns in this order (every feature carries each key), for tables outside the catalogue. */
  columns?: readonly string[];
  features: { id: string; geometry: Geometry; properties: Properties }[];
}

/** A conflict's side as the package records it (the same shape the rules engine reports). */
export type PackageConflictParty = ConflictParty;

export interface PackageConflict {
  key: string;
  regionHash: string;
  ruleId: string;
  title: string;
  severity: 'blocker' | 'major' | 'minor' | 'info';
  subject: PackageConflictParty | null;
  object: PackageConflictParty | null;
  measure: { areaM2?: number; lengthM?: number; distanceM?: number; value?: number; target?: number; unit?: string };
  region: Geometry | null;
  town: { code: string; name: string } | null;
  message: string;
}

export interface PackageRule {
  id: string;
  title: string;
  /** English title, for the preflight's English text only (no package file carries it). */
  titleEn?: string;
  severity: string;
}

export interface SourceFile {
  bytes: Uint8Array;
  plan: PlanDocument;
  /**
   * The size and SHA-256 of `bytes`, when they are known without reading them: a plan file read again when the package
   * copies it (engine/export's sourceFileOf) is then listed in the manifest without being read, and read at its turn,
   * into bytes of its own that the package's writer may take.
   */
  digest?: { sizeBytes: number; sha256: string };
}

export interface PackageInput {
  sources: readonly SourceFile[];
  rulePack: { bytes: Uint8Array; id: string; version: string; rules: readonly PackageRule[] };
  policy: { bytes: Uint8Array; value: Policy };
  /** Raw targets file, or null when none was given (targets.json then holds `null`). */
  targetsBytes: Uint8Array | null;
  /** Resolutions after the re-run (statuses reconciled). */
  resolutions: readonly Resolution[];
  blueprint: Blueprint;
  /** Conflicts found on the resolved plans. */
  conflicts: readonly PackageConflict[];
  /** Keys of the conflicts not handled by an exception (openConflicts). */
  openConflictKeys: readonly string[];
  indicators: readonly IndicatorValue[];
  /** ISO time: an input, so the same inputs give the same bytes. */
  created: string;
  /** Asked for a draft (`--draft`); a final package is refused when blockers or 待定 areas remain. */
  draft: boolean;
  toolVersion: string;
  sqlJs: SqlJsWriterPort;
  /** SHA-256 as lower-case hex; a shell may give a native one (the default is @noble/hashes, same digests). */
  sha256Hex?: (bytes: Uint8Array) => string;
  /**
   * The workspace's projects and opinions (并联审批), when it has projects: the `projects` layer, projects.csv,
   * and the two files as given (review/projects.json, review/opinions.json), from which a rebuild reads them.
   * Absent: the package is exactly what it was before projects existed.
   */
  projects?: PackageProjects;
}

export interface PackageProjects {
  projectsBytes: Uint8Array;
  opinionsBytes: Uint8Array;
  register: ReviewRegister;
}

export interface DraftReason {
  kind: 'blocker' | 'undetermined';
  id: string;
  zh: string;
  en: string;
}

export interface ManifestFile {
  path: string;
  sizeBytes: number;
  sha256: string;
  titleZh?: string;
}

export interface Manifest {
  manifestVersion: '1';
  tool: { name: 'lantu'; version: string };
  created: string;
  status: 'final' | 'draft';
  draftReasons: DraftReason[];
  crs: 'EPSG:4490';
  sources: {
    planId: string;
    kind: string;
    title: string;
    department: string;
    version: string;
    path: string;
    sha256: string;
    featureCount: number;
  }[];
  rulePack: { id: string; version: string; path: string; sha256: string };
  policy: { id: string; path: string; sha256: string };
  featureCounts: Record<string, number>;
  conflicts: { total: number; open: number; openBlockers: number };
  resolutions: number;
  undeterminedAreas: number;
  spatialIndex: { rtree: false; reason: string };
  files: ManifestFile[];
}

export type PackageResult =
  { ok: true; files: Map<string, Uint8Array>; zip: Uint8Array; manifest: Manifest } | { ok: false; reasons: DraftReason[] };
