// Pure. Whether a value is a well-formed 统一项目代码 (XMDM) of the national online approval platform:
// YYYY-XXXXXX-XX-XX-XXXXXX (year, 6-digit division code, industry, project type, serial). Same pattern as
// schemas/project.schema.json.
export const PROJECT_CODE_PATTERN = /^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/;

export function isProjectCode(value: unknown): value is string {
  return typeof value === 'string' && PROJECT_CODE_PATTERN.test(value);
}
