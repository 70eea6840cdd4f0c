// Pure. validateDocumentBytes(bytes, fileName) → what `lantu validate` runs on any file: plan documents as
// validatePlanBytes does; other Lantu documents (DOCUMENT_TITLES, by `$schema` or shape) against their
// generated schema, each ajv error a fatal schema-violation; anything else a fatal unknown-document.
import zh from 'ajv-i18n/localize/zh/index.js';
import { decodeJsonBytes } from './decodeJsonBytes.ts';
import { finding } from './finding.ts';
import { sortFindings } from './sortFindings.ts';
import type { Finding, PlanValidation, ValidateOptions } from './types.ts';
import { validatePlanDocument } from './validatePlanDocument.ts';
import { isSchemaName, schemaIdOf, validateSchema, type SchemaError, type SchemaName } from './validateSchema.ts';
import { say } from '../i18n/index.ts';

export interface DocumentValidation extends PlanValidation {
  fileName: string;
  /** 'plan' or the schema name the document was validated against; absent when it could not be read. */
  documentKind?: string;
}

export const DOCUMENT_TITLES: Readonly<Record<string, { zh: string; en: string }>> = {
  plan: say('validate.validateDocumentBytes.plan'),
  rulepack: say('validate.validateDocumentBytes.rulepack'),
  targets: say('validate.validateDocumentBytes.targets'),
  workspace: say('validate.validateDocumentBytes.workspace'),
  'conflict-report': say('validate.validateDocumentBytes.conflict-report'),
  'expected-conflicts': say('validate.validateDocumentBytes.expected-conflicts'),
  policy: say('validate.validateDocumentBytes.policy'),
  manifest: say('validate.validateDocumentBytes.manifest'),
  departments: say('validate.validateDocumentBytes.departments'),
  'review-pack': say('validate.validateDocumentBytes.review-pack'),
  project: say('validate.validateDocumentBytes.project'),
  'review-consultation': say('validate.validateDocumentBytes.review-consultation'),
  'review-opinion': say('validate.validateDocumentBytes.review-opinion'),
  'review-projects': say('validate.validateDocumentBytes.review-projects'),
  'review-opinions': say('validate.validateDocumentBytes.review-opinions'),
};

/** Shapes of the other Lantu documents, tried in order when there is no `$schema`. */
const SHAPES: readonly [string, (v: Record<string, unknown>) => boolean][] = [
  // 并联审批 files say what they are (engine/review).
  ['review-consultation', (v) => v.format === 'lantu-review-consultation'],
  ['review-opinion', (v) => v.format === 'lantu-review-opinion'],
  ['review-projects', (v) => v.format === 'lantu-review-projects'],
  ['review-opinions', (v) => v.format === 'lantu-review-opinions'],
  ['policy', (v) => Array.isArray(v.tiers) && Array.isArray(v.rules)],
  ['rulepack', (v) => Array.isArray(v.rules)],
  ['manifest', (v) => 'manifestVersion' in v && Array.isArray(v.files)],
  ['targets', (v) => Array.isArray(v.targets) && Array.isArray(v.baselines)],
  ['workspace', (v) => 'format' in v && Array.isArray(v.plans)],
  ['conflict-report', (v) => 'reportVersion' in v && Array.isArray(v.conflicts)],
  // The demo's independently computed oracle (seeds/jiyuan/expected-conflicts.json).
  ['expected-conflicts', (v) => 'generatedBy' in v && Array.isArray(v.conflicts)],
  // 并联审批: the managed department list, review packs and project documents.
  ['departments', (v) => Array.isArray(v.departments)],
  ['review-pack', (v) => Array.isArray(v.checks) && Array.isArray(v.compatibility)],
  ['project', (v) => v.type === 'Feature' && 'project' in v],
];

export function detectDocumentKind(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return Array.isArray(value) ? 'plan' : undefined;
  const v = value as Record<string, unknown>;
  if (v.type === 'FeatureCollection' || 'plan' in v || 'features' in v) return 'plan';
  if (typeof v.$schema === 'string') {
    const declared = v.$schema;
    // An absolute $id, or a relative path to the schema file as editors write it (../../schemas/policy.schema.json).
    const named = schemaNames().find(
      (n) =>
        declared === schemaIdOf(n) ||
        declared.startsWith(`https://lantu.local/schemas/${n}/`) ||
        declared.endsWith(`schemas/${n}.schema.json`) ||
        declared === `${n}.schema.json`,
    );
    if (named) return named;
  }
  return SHAPES.find(([name, test]) => isSchemaName(name) && test(v))?.[0];
}

function schemaNames(): SchemaName[] {
  return Object.keys(DOCUMENT_TITLES).filter((n): n is SchemaName => isSchemaName(n));
}

export function validateDocumentBytes(bytes: Uint8Array, fileName: string, options: ValidateOptions = {}): DocumentValidation {
  const decoded = decodeJsonBytes(bytes, options);
  if (!('value' in decoded)) return { fileName, findings: sortFindings(decoded.findings) };
  const documentKind = detectDocumentKind(decoded.value);
  if (documentKind === undefined) {
    return { fileName, findings: sortFindings([...decoded.findings, finding('unknown-document', '')]) };
  }
  if (documentKind === 'plan') {
    const result = validatePlanDocument(decoded.value, options);
    return { ...result, fileName, documentKind, findings: sortFindings([...decoded.findings, ...result.findings]) };
  }
  const schema = validateSchema(documentKind as SchemaName, decoded.value);
  const findings = schema.valid ? [] : schemaViolations(schema.errors, documentKind);
  return { fileName, documentKind, findings: sortFindings([...decoded.findings, ...findings]) };
}

function schemaViolations(errors: readonly SchemaError[], name: string): Finding[] {
  const english = errors.filter((e) => e.keyword !== 'if');
  // ajv-i18n rewrites `message` in place: localise copies so the English stays available.
  const chinese = english.map((e) => ({ ...e, params: { ...e.params } }));
  zh(chinese as Parameters<typeof zh>[0]);
  const title = DOCUMENT_TITLES[name] ?? { zh: name, en: name };
  return english.map((e, i) => {
    const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : '';
    return finding('schema-violation', e.instancePath, {
      expected: e.schemaPath,
      detail: {
        whereZh: e.instancePath || '文档顶层',
        whereEn: e.instancePath || 'the document',
        schemaZh: `《${title.zh}》`,
        schemaEn: title.en,
        zh: `${chinese[i]!.message ?? e.keyword}${extra}`,
        en: `${e.message ?? e.keyword}${extra}`,
      },
    });
  });
}
