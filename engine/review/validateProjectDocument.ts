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
  XMDM: {
    zh: '应为 YYYY-XXXXXX-XX-XX-XXXXXX，如 2024-419001-30-03-000123',
    en: 'must read YYYY-XXXXXX-XX-XX-XXXXXX, e.g. 2024-419001-30-03-000123',
  },
  NYDYT: { zh: '应为用地用海分类代码，如 1001、100102', en: 'must be a land and sea use code such as 1001 or 100102' },
};

export function validateProjectDocument(value: unknown, fileName: string): ProjectValidation {
  const f = (...args: Parameters<typeof projectFinding> extends [string, ...infer R] ? R : never) => projectFinding(fileName, ...args);
  if (!isObject(value)) {
    const found = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    return {
      project: null,
      findings: [
        f(
          'not-an-object',
          '',
          {
            zh: `文件内容应为 JSON 对象（GeoJSON Feature），实际为 ${found}`,
            en: `the file must hold a JSON object (a GeoJSON Feature), found ${found}`,
          },
          { found },
        ),
      ],
    };
  }
  const findings: ProjectFinding[] = [];
  if (value.type !== 'Feature') {
    const found = typeof value.type === 'string' ? value.type : null;
    const hint =
      found === 'FeatureCollection'
        ? { zh: '（项目文档是单个 Feature，不是要素集合）', en: ' (a project document is one Feature, not a collection)' }
        : { zh: '', en: '' };
    findings.push(
      f(
        'not-a-feature',
        '/type',
        {
          zh: `type 应为 "Feature"，实际为 ${JSON.stringify(found)}${hint.zh}`,
          en: `type must be "Feature", found ${JSON.stringify(found)}${hint.en}`,
        },
        { field: 'type', expected: 'Feature', found },
      ),
    );
  }
  if (!isObject(value.project)) {
    findings.push(
      f(
        'missing-project',
        '/project',
        { zh: '缺少项目元数据 project（不是项目文档）', en: 'the project member is missing (not a project document)' },
        { field: 'project' },
      ),
    );
  }
  if (!isObject(value.properties)) {
    findings.push(
      f(
        'properties-not-object',
        '/properties',
        { zh: '项目信息 properties 应为对象', en: 'properties must be an object' },
        { field: 'properties' },
      ),
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
          {
            zh: `列 ${show(key)} 是 ${field.titleZh}（${field.key}）的别名，但文件已有 ${field.key}，已忽略该列`,
            en: `column ${show(key)} is an alias of ${field.key} (${field.titleEn}), which the file already has; the column is ignored`,
          },
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
        {
          zh: `列 ${show(key)} 是 ${field.titleZh}（${field.key}）的别名，已按标准字段名 ${field.key} 读取`,
          en: `column ${show(key)} is an alias of ${field.key} (${field.titleEn}); read as ${field.key}`,
        },
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
        { zh: `项目元数据缺少必填字段 ${title}（${dotted}）`, en: `the project metadata lacks the required field ${dotted}` },
        { field: dotted },
      );
    }
    const found = asValue(valueAt(doc, path));
    const what = schemaErrorMessage(e);
    return projectFinding(
      fileName,
      'invalid-project-field',
      path,
      {
        zh: `项目元数据 ${title}（${dotted}）的值 ${show(found)} 无效：${what.zh}`,
        en: `project metadata ${dotted}: ${show(found)} is invalid: ${what.en}`,
      },
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
        {
          zh: `项目处于“${stage}”阶段，自用地预审与选址起必须填写统一项目代码（XMDM）`,
          en: `the project is at the stage ${STAGE_EN[stage] ?? stage}; from land pre-review and site selection on, the unified project code XMDM is required`,
        },
        { field: 'XMDM' },
      );
    }
    if (missing)
      return projectFinding(
        fileName,
        'missing-field',
        `${path}/${missing}`,
        { zh: `缺少必填字段 ${zhName}`, en: `lacks the required field ${enName}` },
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
          {
            zh: `${zhName} 的值 ${show(found)} 无效，应为 ${show(allowed)} 之一`,
            en: `${enName}: ${show(found)} is invalid; expected one of ${show(allowed)}`,
          },
          { field: key, expected: allowed, found },
        );
      }
      case 'pattern': {
        const hint = FORMAT_HINT[key as ProjectField] ?? {
          zh: `应匹配 ${String(e.params['pattern'])}`,
          en: `must match ${String(e.params['pattern'])}`,
        };
        return projectFinding(
          fileName,
          'pattern-mismatch',
          path,
          { zh: `${zhName} 的值 ${show(found)} 格式不对（${hint.zh}）`, en: `${enName}: ${show(found)} has the wrong format (${hint.en})` },
          { field: key, expected: String(e.params['pattern']), found },
        );
      }
      case 'type':
        return projectFinding(
          fileName,
          'wrong-type',
          path,
          { zh: `${zhName} 应为文字，实际为 ${show(found)}`, en: `${enName} must be text, found ${show(found)}` },
          { field: key, expected: String(e.params['type']), found },
        );
      case 'minLength':
        return projectFinding(
          fileName,
          'invalid-value',
          path,
          { zh: `${zhName} 不能为空`, en: `${enName} must not be empty` },
          { field: key, found },
        );
      default: {
        const what = schemaErrorMessage(e);
        return projectFinding(
          fileName,
          'invalid-value',
          path,
          { zh: `${zhName} 的值 ${show(found)} 无效：${what.zh}`, en: `${enName}: ${show(found)} is invalid: ${what.en}` },
          { field: key, found },
        );
      }
    }
  }
  if (path.startsWith('/geometry') && !geometryChecked) return undefined; // the hand check reported it already
  if (path.startsWith('/geometry')) {
    const what = schemaErrorMessage(e);
    return projectFinding(
      fileName,
      'invalid-geometry',
      path,
      { zh: `边界几何（geometry）${path}：${what.zh}`, en: `boundary geometry ${path}: ${what.en}` },
      { field: 'geometry' },
    );
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
