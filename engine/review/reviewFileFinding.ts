// Pure. reviewFileFinding(code, fileName, params) → a finding of the 征求意见 / 部门意见 file readers with its
// Chinese and English message; every message starts with the file's name and names the field it is about.
export type ReviewFileFindingLevel = 'fatal' | 'warning';

export interface ReviewFileFinding {
  level: ReviewFileFindingLevel;
  code: string;
  /** JSON pointer of the field ('' for the whole file). */
  path: string;
  messageZh: string;
  messageEn: string;
}

type P = Record<string, string | number>;
type Text = (p: P) => [zh: string, en: string];

const MESSAGES: Record<string, { level: ReviewFileFindingLevel; text: Text }> = {
  REVIEW_FILE_JSON: { level: 'fatal', text: (p) => [`不是有效的 JSON 文件：${p.zh}`, `not a valid JSON file: ${p.en}`] },
  REVIEW_FILE_KIND: {
    level: 'fatal',
    text: (p) => [`不是${p.kindZh}文件（format 应为 "${p.format}"）`, `not a ${p.kindEn} file (format must be "${p.format}")`],
  },
  REVIEW_FILE_SCHEMA: { level: 'fatal', text: (p) => [`字段 ${p.field}：${p.zh}`, `field ${p.field}: ${p.en}`] },
  REVIEW_FILE_DATE: {
    level: 'fatal',
    text: (p) => [
      `字段 ${p.field}（${p.title}）“${p.value}”不是有效日期（应为 YYYY-MM-DD）`,
      `field ${p.field} (${p.titleEn}) "${p.value}" is not a valid date (YYYY-MM-DD)`,
    ],
  },
  REVIEW_FILE_BLANK: { level: 'fatal', text: (p) => [`字段 ${p.field}为空`, `field ${p.fieldEn} is blank`] },
  REVIEW_DEADLINE_BEFORE_SENT: {
    level: 'fatal',
    text: (p) => [
      `答复期限 ${p.deadline} 早于发函日期 ${p.sentOn}（字段 /consultation/deadline）`,
      `the deadline ${p.deadline} is before the sent-on date ${p.sentOn} (field /consultation/deadline)`,
    ],
  },
  REVIEW_CONSULTATION_MISMATCH: {
    level: 'fatal',
    text: (p) => [
      `字段 ${p.field} 为“${p.found}”，与文件中的${p.whatZh}“${p.expected}”不一致，文件可能被改动过`,
      `field ${p.field} is "${p.found}" but the file's ${p.whatEn} is "${p.expected}"; the file may have been altered`,
    ],
  },
  REVIEW_CONDITIONS_MISSING: {
    level: 'fatal',
    text: () => [
      '审查结论为“有条件符合”，但字段 /opinion/conditions 中没有任何条件',
      'the verdict is conditional (有条件符合) but field /opinion/conditions lists no condition',
    ],
  },
  REVIEW_CONDITIONS_UNEXPECTED: {
    level: 'warning',
    text: (p) => [
      `审查结论为“${p.verdict}”，字段 /opinion/conditions 中的 ${p.count} 条条件不计入`,
      `the verdict is ${p.verdictEn}; the ${p.count} conditions in field /opinion/conditions do not count`,
    ],
  },
  REVIEW_UNKNOWN_DEPARTMENT: {
    level: 'fatal',
    text: (p) => [
      `字段 /opinion/department 的部门“${p.department}”不在本工作区的部门名单中（${p.known}）`,
      `field /opinion/department names "${p.department}", which is not in this workspace's department list (${p.known})`,
    ],
  },
  REVIEW_UNKNOWN_PROJECT: {
    level: 'fatal',
    text: (p) => [
      `字段 /opinion/projectId 的项目“${p.project}”不在本工作区的项目库中`,
      `field /opinion/projectId names project "${p.project}", which is not in this workspace's project register`,
    ],
  },
  REVIEW_STALE: {
    level: 'warning',
    text: (p) => [
      `该意见针对项目“${p.name}”的旧版本 ${p.version}（当前版本 ${p.current}，边界或项目信息已改变）：已导入但标为“意见已过期”，不计入联合审查`,
      `the opinion was given on an older version ${p.version} of project "${p.name}" (now ${p.current}: its boundary or facts changed); imported but marked stale and not counted in the joint opinion`,
    ],
  },
};

export function reviewFileFinding(code: keyof typeof MESSAGES & string, fileName: string, path: string, params: P = {}): ReviewFileFinding {
  const m = MESSAGES[code];
  if (!m) throw new Error(`unknown review file finding ${code}`);
  const [zh, en] = m.text(params);
  return { level: m.level, code, path, messageZh: `${fileName}：${zh}`, messageEn: `${fileName}: ${en}` };
}
