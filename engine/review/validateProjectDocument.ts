// Pure. validateProjectDocument(value, fileName) → { project | null, findings } for a parsed project document
// (schemas/project.schema.json): the shape by hand (fatal), alias columns renamed to their national field names
// (项目名称 → XMMC, warned), the boundary (checkProjectGeometry), then the generated schema: project metadata
// errors are fatal, facts errors quality (XMDM required from 用地预审与选址 on). `project` is the normalised
// document, present only when no finding is fatal. Never throws; the input is not mutated.
import schema from '../../schemas/project.schema.json' with { type: 'json' };
import { show } from '../validate/messages.ts';
import type { FindingValue } from '../validate/types.ts';
import { schemaErrorMessage } from '../validate/schemaErrorText.ts';
import { validateSchema, type SchemaError } from '../validate/validateSchema.ts';
import { checkProjectGeometry } from './checkProjectGeometry.ts';
import { projectFinding, sortProjectFindings, type ProjectFinding } from './projectFinding.ts';
import { PROJECT_FIELDS, projectFieldForAlias, type ProjectField } from './projectFields.ts';
import type { ProjectDocument, ProjectStage } from './types.ts';
import { say } from '../i18n/index.ts';

export interface ProjectValidation {
  project: ProjectDocument | null;
  findings: ProjectFinding[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const STAGE_EN: Readonly<Record<ProjectStage, string>> = {
  策划生成: 'project planning',
  用地预审与选址: 'land pre-review and site selection',
  用地规划许可: 'land-use planning permit',
  工程规划许可: 'construction planning permit',
};

const FORMAT_HINT: Partial<Record<ProjectField, { zh: string; en: string }>> = {
  XMDM: say('review.validateProjectDocument.XMDM'),
  NYDYT: say('review.validateProjectDocument.NYDYT'),
};

export function validateProjectDocument(value: unknown, fileName: string): ProjectValidation {
  const f = (...args: Parameters<typeof projectFinding> extends [string, ...infer R] ? R : never) => projectFinding(fileName, ...args);
  if (!isObject(value)) {
    const found = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    return {
      project: null,
      findings: [f('not-an-object', '', say('review.validateProjectDocument.findings', { found }), { found })],
    };
  }
  const findings: ProjectFinding[] = [];
  if (value.type !== 'Feature') {
    const found = typeof value.type === 'string' ? value.type : null;
    const hint = found === 'FeatureCollection' ? say('review.validateProjectDocument.hint') : { zh: '', en: '' };
    findings.push(
      f('not-a-feature', '/type', say('review.validateProjectDocument.validateProjectDocument', { found: JSON.stringify(found), hint }), {
        field: 'type',
        expected: 'Feature',
        found,
      }),
    );
  }
  if (!isObject(value.project)) {
    findings.push(f('missing-project', '/project', say('review.validateProjectDocument.validateProjectDocument-2'), { field: 'project' }));
  }
  if (!isObject(value.properties)) {
    findings.push(
      f('properties-not-object', '/properties', say('review.validateProjectDocument.validateProjectDocument-3'), { field: 'properties' }),
    );
  }
  if (findings.length > 0) return { project: null, findings: sortProjectFindings(findings) };

  const { properties, findings: aliasFindings } = normaliseProperties(value.properties as Json, fileName);
  findings.push(...aliasFindings);
  const geometry = checkProjectGeometry(value.geometry, fileName);
  findings.push(...geometry.findings);
  const doc: Json = { ...value, properties, geometry: geometry.geometry ?? value.geometry };

  const result = validateSchema('project', doc);
  if (!result.valid) {
    const project = value.project as Json;
    for (const e of telling(result.errors)) {
      const mapped = fromSchemaError(e, doc, project, fileName, geometry.geometry !== undefined);
      if (mapped) findings.push(mapped);
    }
  }
  const sorted = sortProjectFindings(findings);
  const fatal = sorted.some((x) => x.level === 'fatal');
  return { project: fatal ? null : (doc as unknown as ProjectDocument), findings: sorted };
}

/** Renames alias columns to their national field names; the field's own key wins over an alias. */
function normaliseProperties(props: Json, fileName: string): { properties: Json; findings: ProjectFinding[] } {
  const out: Json = {};
  const findings: ProjectFinding[] = [];
  const known = new Set<string>(PROJECT_FIELDS.map((x) => x.key));
  for (const key of Object.keys(props)) if (known.has(key)) out[key] = props[key];
  for (const key of Object.keys(props)) {
    if (known.has(key)) continue;
    const field = projectFieldForAlias(key);
    if (!field) {
      out[key] = props[key];
      continue;
    }
    const path = `/properties/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (field.key in out) {
      findings.push(
        projectFinding(
          fileName,
          'alias-shadowed',
          path,
          say('review.validateProjectDocument.normaliseProperties', {
            key: show(key),
            titleZh: { zh: field.titleZh, en: field.titleEn },
            key2: field.key,
          }),
          { field: field.key, found: key },
        ),
      );
      continue;
    }
    out[field.key] = props[key];
    findings.push(
      projectFinding(
        fileName,
        'alias-field',
        path,
        say('review.validateProjectDocument.normaliseProperties-2', {
          key: show(key),
          titleZh: { zh: field.titleZh, en: field.titleEn },
          key2: field.key,
        }),
        { field: field.key, found: key },
      ),
    );
  }
  return { properties: out, findings };
}

/** Drops the wrappers (if/anyOf/oneOf/allOf) and the "or null" branch; one error per path and missing field. */
function telling(errors: readonly SchemaError[]): SchemaError[] {
  const seen = new Set<string>();
  const out: SchemaError[] = [];
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'allOf') continue;
    const key = e.keyword === 'required' ? `${e.instancePath}/${String(e.params['missingProperty'])}` : e.instancePath;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Json)[key];
  }
  return v;
}

function asValue(v: unknown): FindingValue {
  if (v === undefined) return null;
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v).slice(0, 200);
}

function fromSchemaError(e: SchemaError, doc: Json, project: Json, fileName: string, geometryChecked: boolean): ProjectFinding | undefined {
  const path = e.instancePath;
  const missing = e.keyword === 'required' ? String(e.params['missingProperty']) : undefined;
  if (path === '/project' || path.startsWith('/project/')) {
    const segments = [...path.split('/').slice(2), ...(missing ? [missing] : [])];
    const title = metaTitle(segments);
    const dotted = `project.${segments.join('.')}`;
    if (missing) {
      return projectFinding(
        fileName,
        'missing-project-field',
        `${path}/${missing}`,
        say('review.validateProjectDocument.missing-project-field', { field: { zh: `${title}（${dotted}）`, en: dotted } }),
        { field: dotted },
      );
    }
    const found = asValue(valueAt(doc, path));
    const what = schemaErrorMessage(e);
    return projectFinding(
      fileName,
      'invalid-project-field',
      path,
      say('review.validateProjectDocument.invalid-project-field', {
        field: { zh: `${title}（${dotted}）`, en: dotted },
        found: show(found),
        what,
      }),
      { field: dotted, found },
    );
  }
  if (path === '/properties' || path.startsWith('/properties/')) {
    const key = missing ?? path.split('/')[2]!.replace(/~1/g, '/').replace(/~0/g, '~');
    const info = PROJECT_FIELDS.find((x) => x.key === key);
    const zhName = info ? `${info.titleZh}（${key}）` : key;
    const enName = info ? `${key} (${info.titleEn})` : key;
    if (missing === 'XMDM') {
      const stage = project.stage as ProjectStage;
      return projectFinding(
        fileName,
        'missing-project-code',
        `${path}/XMDM`,
        say('review.validateProjectDocument.fromSchemaError-4', { stage: { zh: String(stage), en: String(STAGE_EN[stage] ?? stage) } }),
        { field: 'XMDM' },
      );
    }
    if (missing)
      return projectFinding(
        fileName,
        'missing-field',
        `${path}/${missing}`,
        say('review.validateProjectDocument.fromSchemaError', { zhName: { zh: zhName, en: enName } }),
        { field: key },
      );
    const found = asValue(valueAt(doc, path));
    switch (e.keyword) {
      case 'enum': {
        const allowed = (e.params['allowedValues'] as unknown[]).filter((v) => v !== null).map(asValue);
        return projectFinding(
          fileName,
          'invalid-value',
          path,
          say('review.validateProjectDocument.enum', { zhName: { zh: zhName, en: enName }, found: show(found), allowed: show(allowed) }),
          { field: key, expected: allowed, found },
        );
      }
      case 'pattern': {
        const hint =
          FORMAT_HINT[key as ProjectField] ?? say('review.validateProjectDocument.hint-2', { params: String(e.params['pattern']) });
        return projectFinding(
          fileName,
          'pattern-mismatch',
          path,
          say('review.validateProjectDocument.pattern', { zhName: { zh: zhName, en: enName }, found: show(found), hint }),
          { field: key, expected: String(e.params['pattern']), found },
        );
      }
      case 'type':
        return projectFinding(
          fileName,
          'wrong-type',
          path,
          say('review.validateProjectDocument.type', { zhName: { zh: zhName, en: enName }, found: show(found) }),
          { field: key, expected: String(e.params['type']), found },
        );
      case 'minLength':
        return projectFinding(
          fileName,
          'invalid-value',
          path,
          say('review.validateProjectDocument.minLength', { zhName: { zh: zhName, en: enName } }),
          { field: key, found },
        );
      default: {
        const what = schemaErrorMessage(e);
        return projectFinding(
          fileName,
          'invalid-value',
          path,
          say('review.validateProjectDocument.fromSchemaError-2', { zhName: { zh: zhName, en: enName }, found: show(found), what }),
          { field: key, found },
        );
      }
    }
  }
  if (path.startsWith('/geometry') && !geometryChecked) return undefined; // the hand check reported it already
  if (path.startsWith('/geometry')) {
    const what = schemaErrorMessage(e);
    return projectFinding(fileName, 'invalid-geometry', path, say('review.validateProjectDocument.fromSchemaError-3', { path, what }), {
      field: 'geometry',
    });
  }
  return undefined; // the document's own shape was checked by hand
}

interface TitledSchema {
  title?: string;
  $ref?: string;
  properties?: Record<string, TitledSchema>;
  items?: TitledSchema;
}

const DEFS = schema.$defs as unknown as Record<string, TitledSchema>;

function deref(s: TitledSchema | undefined): TitledSchema | undefined {
  const m = s?.$ref ? /^#\/\$defs\/(\w+)$/.exec(s.$ref) : null;
  return m ? DEFS[m[1]!] : s;
}

/** "界址点 第 3 个 的 点号" for source.points.2.pointId, from the schema's titles. */
function metaTitle(segments: readonly string[]): string {
  let node = DEFS['projectMeta'];
  const words: string[] = [];
  for (const seg of segments) {
    node = deref(node);
    if (/^\d+$/.test(seg)) {
      words.push(`${words.pop() ?? ''}第 ${Number(seg) + 1} 个`);
      node = deref(node?.items);
      continue;
    }
    node = node?.properties?.[seg];
    words.push(deref(node)?.title ?? node?.title ?? seg);
  }
  return words.join(' 的 ') || '项目元数据';
}
