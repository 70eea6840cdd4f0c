// Pins the wording of the 征求意见 / 部门意见 file findings and field labels in both languages (moved into the engine
// catalogue byte for byte).
import { describe, expect, it } from 'vitest';
import { fieldLabel, reviewFileFinding } from '../../../engine/review/index.ts';

const both = (f: { messageZh: string; messageEn: string }) => `${f.messageZh} | ${f.messageEn}`;

describe('review file findings', () => {
  it('start with the file name and name the field, in each language', () => {
    expect([
      both(reviewFileFinding('REVIEW_FILE_JSON', 'o.json', '', { zh: '第 3 行', en: 'line 3' })),
      both(
        reviewFileFinding('REVIEW_FILE_KIND', 'o.json', '/format', {
          kindZh: '部门意见',
          kindEn: 'opinion',
          format: 'lantu-review-opinion',
        }),
      ),
      both(reviewFileFinding('REVIEW_FILE_SCHEMA', 'o.json', '/x', { field: '/x', zh: '缺失', en: 'missing' })),
      both(
        reviewFileFinding('REVIEW_FILE_DATE', 'o.json', '/opinion/date', {
          field: '/opinion/date',
          title: '日期',
          titleEn: 'date',
          value: '2026-13-01',
        }),
      ),
      both(
        reviewFileFinding('REVIEW_FILE_BLANK', 'o.json', '/opinion/reviewer', {
          field: '/opinion/reviewer（审查人）',
          fieldEn: '/opinion/reviewer (reviewer)',
        }),
      ),
      both(
        reviewFileFinding('REVIEW_DEADLINE_BEFORE_SENT', 'c.json', '/consultation/deadline', {
          deadline: '2026-01-01',
          sentOn: '2026-02-01',
        }),
      ),
      both(
        reviewFileFinding('REVIEW_CONSULTATION_MISMATCH', 'c.json', '/p', {
          field: '/p',
          found: 'a',
          expected: 'b',
          whatZh: '项目标识',
          whatEn: 'project id',
        }),
      ),
      both(reviewFileFinding('REVIEW_CONDITIONS_MISSING', 'o.json', '/opinion/conditions')),
      both(
        reviewFileFinding('REVIEW_CONDITIONS_UNEXPECTED', 'o.json', '/opinion/conditions', {
          verdict: '符合',
          verdictEn: 'compliant',
          count: 2,
        }),
      ),
      both(reviewFileFinding('REVIEW_UNKNOWN_DEPARTMENT', 'o.json', '/opinion/department', { department: 'x', known: 'a、b' })),
      both(reviewFileFinding('REVIEW_UNKNOWN_PROJECT', 'o.json', '/opinion/projectId', { project: 'P9' })),
      both(reviewFileFinding('REVIEW_STALE', 'o.json', '', { name: '甲', version: 'v1', current: 'v2' })),
    ]).toMatchInlineSnapshot(`
      [
        "o.json：不是有效的 JSON 文件：第 3 行 | o.json: not a valid JSON file: line 3",
        "o.json：不是部门意见文件（format 应为 "lantu-review-opinion"） | o.json: not a opinion file (format must be "lantu-review-opinion")",
        "o.json：字段 /x：缺失 | o.json: field /x: missing",
        "o.json：字段 /opinion/date（日期）“2026-13-01”不是有效日期（应为 YYYY-MM-DD） | o.json: field /opinion/date (date) "2026-13-01" is not a valid date (YYYY-MM-DD)",
        "o.json：字段 /opinion/reviewer（审查人）为空 | o.json: field /opinion/reviewer (reviewer) is blank",
        "c.json：答复期限 2026-01-01 早于发函日期 2026-02-01（字段 /consultation/deadline） | c.json: the deadline 2026-01-01 is before the sent-on date 2026-02-01 (field /consultation/deadline)",
        "c.json：字段 /p 为“a”，与文件中的项目标识“b”不一致，文件可能被改动过 | c.json: field /p is "a" but the file's project id is "b"; the file may have been altered",
        "o.json：审查结论为“有条件符合”，但字段 /opinion/conditions 中没有任何条件 | o.json: the verdict is conditional (有条件符合) but field /opinion/conditions lists no condition",
        "o.json：审查结论为“符合”，字段 /opinion/conditions 中的 2 条条件不计入 | o.json: the verdict is compliant; the 2 conditions in field /opinion/conditions do not count",
        "o.json：字段 /opinion/department 的部门“x”不在本工作区的部门名单中（a、b） | o.json: field /opinion/department names "x", which is not in this workspace's department list (a、b)",
        "o.json：字段 /opinion/projectId 的项目“P9”不在本工作区的项目库中 | o.json: field /opinion/projectId names project "P9", which is not in this workspace's project register",
        "o.json：该意见针对项目“甲”的旧版本 v1（当前版本 v2，边界或项目信息已改变）：已导入但标为“意见已过期”，不计入联合审查 | o.json: the opinion was given on an older version v1 of project "甲" (now v2: its boundary or facts changed); imported but marked stale and not counted in the joint opinion",
      ]
    `);
  });

  it('label a field with its title in each language', () => {
    const fields = 'format schemaVersion opinion consultation projectId projectVersion department verdict conditions basis reviewer date'
      .concat(' documentNo sentOn deadline project review geometry properties XMMC XMLX stage other constructor')
      .split(' ');
    expect(fields.map((f) => fieldLabel(`/a/${f}`)).concat([fieldLabel('')])).toMatchInlineSnapshot(`
      [
        {
          "en": "/a/format (file type)",
          "zh": "/a/format（文件类型）",
        },
        {
          "en": "/a/schemaVersion (format version)",
          "zh": "/a/schemaVersion（格式版本）",
        },
        {
          "en": "/a/opinion (opinion)",
          "zh": "/a/opinion（部门意见）",
        },
        {
          "en": "/a/consultation (consultation)",
          "zh": "/a/consultation（征求意见）",
        },
        {
          "en": "/a/projectId (project id)",
          "zh": "/a/projectId（项目标识）",
        },
        {
          "en": "/a/projectVersion (project version)",
          "zh": "/a/projectVersion（项目版本）",
        },
        {
          "en": "/a/department (department)",
          "zh": "/a/department（部门）",
        },
        {
          "en": "/a/verdict (verdict)",
          "zh": "/a/verdict（审查结论）",
        },
        {
          "en": "/a/conditions (conditions)",
          "zh": "/a/conditions（附加条件）",
        },
        {
          "en": "/a/basis (basis)",
          "zh": "/a/basis（依据）",
        },
        {
          "en": "/a/reviewer (reviewer)",
          "zh": "/a/reviewer（审查人）",
        },
        {
          "en": "/a/date (date)",
          "zh": "/a/date（日期）",
        },
        {
          "en": "/a/documentNo (document number)",
          "zh": "/a/documentNo（文号）",
        },
        {
          "en": "/a/sentOn (sent-on date)",
          "zh": "/a/sentOn（发函日期）",
        },
        {
          "en": "/a/deadline (deadline)",
          "zh": "/a/deadline（答复期限）",
        },
        {
          "en": "/a/project (project)",
          "zh": "/a/project（项目）",
        },
        {
          "en": "/a/review (preliminary review)",
          "zh": "/a/review（初审意见）",
        },
        {
          "en": "/a/geometry (boundary)",
          "zh": "/a/geometry（项目边界）",
        },
        {
          "en": "/a/properties (project facts)",
          "zh": "/a/properties（项目属性）",
        },
        {
          "en": "/a/XMMC (project name)",
          "zh": "/a/XMMC（项目名称）",
        },
        {
          "en": "/a/XMLX (project type)",
          "zh": "/a/XMLX（项目类型）",
        },
        {
          "en": "/a/stage (stage)",
          "zh": "/a/stage（阶段）",
        },
        {
          "en": "/a/other",
          "zh": "/a/other",
        },
        {
          "en": "/a/constructor",
          "zh": "/a/constructor",
        },
        {
          "en": "/",
          "zh": "/",
        },
      ]
    `);
  });
});
