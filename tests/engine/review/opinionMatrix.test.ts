import { describe, expect, it } from 'vitest';
import { decideJointVerdict } from '../../../engine/review/decideJointVerdict.ts';
import { issueJointOpinion } from '../../../engine/review/issueJointOpinion.ts';
import { jointOpinionBlockers } from '../../../engine/review/jointOpinionBlockers.ts';
import { opinionMatrix } from '../../../engine/review/opinionMatrix.ts';
import { projectVersion } from '../../../engine/review/projectVersion.ts';
import type { Consultation, DepartmentOpinion, JointOpinion, ProjectDocument, Verdict } from '../../../engine/review/types.ts';
import { DEPARTMENTS, DEPOT, PLANT } from './reviewFixtures.ts';

const v = projectVersion(PLANT);
const consult = (department: string, deadline: string, version = v, projectId = PLANT.project.id): Consultation => ({
  projectId,
  projectVersion: version,
  department,
  sentOn: '2026-12-01',
  deadline,
});
const answer = (department: string, verdict: Verdict, version = v, date = '2026-12-04'): DepartmentOpinion => ({
  projectId: PLANT.project.id,
  projectVersion: version,
  department,
  verdict,
  conditions: verdict === 'conditional' ? ['落实占补平衡'] : [],
  basis: '—',
  reviewer: '审查人',
  date,
  documentNo: `${department}-1`,
});
const issue = { documentNo: '济并审〔2026〕7号', date: '2026-12-10', coordinator: '李强' };

describe('decideJointVerdict', () => {
  it('fails on any fail, is conditional on any conditional, passes otherwise, and decides nothing on nothing', () => {
    expect(decideJointVerdict(['pass', 'conditional', 'fail'])).toBe('fail');
    expect(decideJointVerdict(['pass', 'conditional', 'pass'])).toBe('conditional');
    expect(decideJointVerdict(['pass', 'pass'])).toBe('pass');
    expect(decideJointVerdict([])).toBeNull();
  });
});

describe('opinionMatrix', () => {
  it('gives each project × department its state: 未征求, 待复, 逾期, a verdict, or 意见已过期', () => {
    const moved: ProjectDocument = structuredClone(DEPOT);
    const oldDepot = projectVersion(DEPOT);
    moved.properties.ZDXM = '是';
    const consultations = [
      consult('zrzy', '2026-12-08'),
      consult('sthj', '2026-12-03'),
      consult('jtys', '2026-12-05'),
      consult('zrzy', '2026-12-01', oldDepot, DEPOT.project.id),
    ];
    const opinions = [answer('jtys', 'conditional'), { ...answer('zrzy', 'pass', oldDepot), projectId: DEPOT.project.id }];
    const m = opinionMatrix([PLANT, moved], DEPARTMENTS, consultations, opinions, [], '2026-12-04');
    expect(m.departments).toEqual(['zrzy', 'sthj', 'jtys']);
    expect(m.rows.map((r) => r.cells.map((c) => c.state))).toEqual([
      ['awaiting', 'overdue', 'conditional'],
      ['stale', 'not-consulted', 'not-consulted'],
    ]);
    expect(m.rows[0]).toMatchObject({
      projectName: '济源钢铁深加工项目',
      projectVersion: v,
      answered: 1,
      overdue: 1,
      decided: null,
      joint: null,
    });
    expect(m.rows[1]!.cells[0]!.staleOpinion?.projectVersion).toBe(oldDepot);
    expect(m.rows[1]!.answered).toBe(0);
  });

  it('counts the deadline day itself as not yet overdue', () => {
    const m = opinionMatrix([PLANT], DEPARTMENTS, [consult('zrzy', '2026-12-04')], [], [], '2026-12-04');
    expect(m.rows[0]!.cells[0]!.state).toBe('awaiting');
    expect(opinionMatrix([PLANT], DEPARTMENTS, [consult('zrzy', '2026-12-04')], [], [], '2026-12-05').rows[0]!.cells[0]!.state).toBe(
      'overdue',
    );
  });

  it('decides the joint result once every department has answered, the latest opinion of each counting', () => {
    const opinions = [
      answer('zrzy', 'fail'),
      answer('zrzy', 'pass', v, '2026-12-05'),
      answer('sthj', 'conditional'),
      answer('jtys', 'pass'),
    ];
    const row = opinionMatrix([PLANT], DEPARTMENTS, [], opinions, [], '2026-12-06').rows[0]!;
    expect(row.cells.map((c) => c.state)).toEqual(['pass', 'conditional', 'pass']);
    expect(row.decided).toBe('conditional');
  });

  it('shows the joint opinion of the current version, and a joint opinion of an older version as stale', () => {
    const joint: JointOpinion = {
      projectId: PLANT.project.id,
      projectVersion: v,
      verdict: 'pass',
      documentNo: 'J-1',
      date: '2026-12-10',
      coordinator: '李强',
    };
    const old: JointOpinion = { ...joint, projectVersion: '0123456789abcdef', documentNo: 'J-0' };
    expect(opinionMatrix([PLANT], DEPARTMENTS, [], [], [old, joint], '2026-12-10').rows[0]).toMatchObject({ joint, staleJoint: null });
    expect(opinionMatrix([PLANT], DEPARTMENTS, [], [], [old], '2026-12-10').rows[0]).toMatchObject({ joint: null, staleJoint: old });
  });
});

describe('jointOpinionBlockers / issueJointOpinion', () => {
  it('names every department that has not answered on the current version, in both languages', () => {
    const blockers = jointOpinionBlockers(
      PLANT,
      DEPARTMENTS,
      [consult('sthj', '2026-12-03')],
      [answer('zrzy', 'pass'), answer('jtys', 'pass', '0123456789abcdef')],
      [],
      '2026-12-04',
    );
    expect(blockers.map((b) => [b.department, b.state])).toEqual([
      ['sthj', 'overdue'],
      ['jtys', 'stale'],
    ]);
    expect(blockers[0]!.zh).toBe(
      '项目“济源钢铁深加工项目”：济源市生态环境局（生态环境）尚未就当前版本答复（逾期：答复期限 2026-12-03 已过）',
    );
    expect(blockers[1]!.en).toMatch(
      /Transport Bureau \(Transport\) has not answered on the current version \(its opinion of 2026-12-04 is stale/,
    );
  });

  it('refuses to issue the joint opinion while one department has not answered, then issues it with the decided verdict', () => {
    const opinions = [answer('zrzy', 'pass'), answer('sthj', 'fail')];
    const refused = issueJointOpinion(PLANT, DEPARTMENTS, [consult('jtys', '2026-12-08')], opinions, [], '2026-12-04', issue);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.blockers.map((b) => b.zh)).toEqual([
        '项目“济源钢铁深加工项目”：济源市交通运输局（交通运输）尚未就当前版本答复（已征求待复，答复期限 2026-12-08）',
      ]);
    const issued = issueJointOpinion(PLANT, DEPARTMENTS, [], [...opinions, answer('jtys', 'pass')], [], '2026-12-04', issue);
    expect(issued).toEqual({ ok: true, joint: { projectId: PLANT.project.id, projectVersion: v, verdict: 'fail', ...issue } });
  });

  it('refuses a second joint opinion on the same version, a blank 文号 or coordinator, and a malformed date', () => {
    const opinions = DEPARTMENTS.map((d) => answer(d.id, 'pass'));
    const first = issueJointOpinion(PLANT, DEPARTMENTS, [], opinions, [], '2026-12-04', issue);
    expect(first.ok).toBe(true);
    const again = issueJointOpinion(PLANT, DEPARTMENTS, [], opinions, [first.ok ? first.joint : (undefined as never)], '2026-12-04', {
      documentNo: ' ',
      date: '2026-12-32',
      coordinator: '',
    });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.blockers.map((b) => b.code)).toEqual(['already-issued', 'invalid-issue', 'invalid-issue', 'invalid-issue']);
  });

  it('refuses when the department list is empty', () => {
    expect(jointOpinionBlockers(PLANT, [], [], [], [], '2026-12-04').map((b) => b.code)).toEqual(['no-departments']);
  });
});
