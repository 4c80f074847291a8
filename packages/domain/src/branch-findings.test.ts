import { describe, expect, it } from 'vitest';
import { judgeMembersWithoutTask, judgeMemberTasks, judgeQuarter, rotationRespected, thematicAlertDue } from './branch-findings';
import { MEETING_RULE_SETS, type MeetingRules } from './meeting-rules';
import type { RuleSet } from './rule-sets';

describe('thematic meetings per quarter', () => {
  const quarter = { quarter: '2026-Q1', branchFoundedOn: '2015-03-01', branchDissolvedOn: null };

  it('finds a branch that existed all quarter and held no thematic meeting, under 11-ĐA/TU with both figures', () => {
    expect(judgeQuarter({ ...quarter, thematicHeld: 0 })).toEqual([
      { code: 'THEMATIC_MISSING', documentNumber: '11-ĐA/TU', documentDate: '2021-12-06', detail: 'Quý 1/2026 có 0 buổi sinh hoạt chuyên đề, cần ít nhất 1.', threshold: 1, actual: 0, unit: 'COUNT' },
    ]);
    expect(judgeQuarter({ ...quarter, thematicHeld: 1 })).toEqual([]);
  });

  it('leaves out a branch founded or dissolved during the quarter', () => {
    expect(judgeQuarter({ ...quarter, branchFoundedOn: '2026-01-02', thematicHeld: 0 })).toEqual([]);
    expect(judgeQuarter({ ...quarter, branchDissolvedOn: '2026-03-31', thematicHeld: 0 })).toEqual([]);
    expect(judgeQuarter({ ...quarter, branchFoundedOn: '2026-01-01', branchDissolvedOn: '2026-04-01', thematicHeld: 0 })).toHaveLength(1);
  });

  it('judges a quarter only by rule sets in force for all of it', () => {
    expect(judgeQuarter({ ...quarter, quarter: '2021-Q4', thematicHeld: 0 })).toEqual([]);
    expect(judgeQuarter({ ...quarter, quarter: '2022-01-15', thematicHeld: 0 }).map((f) => f.detail)).toEqual(['Quý 1/2022 có 0 buổi sinh hoạt chuyên đề, cần ít nhất 1.']);
    const twoAQuarter: RuleSet<MeetingRules>[] = [{ documentNumber: 'X', documentDate: '2020-01-01', title: 'X', validFrom: '2020-01-01', rules: { thematicPerQuarter: 2 } }];
    expect(judgeQuarter({ ...quarter, thematicHeld: 1 }, twoAQuarter).map((f) => [f.threshold, f.actual])).toEqual([[2, 1]]);
    expect(judgeQuarter({ ...quarter, thematicHeld: 1 }, [{ ...twoAQuarter[0], validFrom: '2026-01-01' }])).toHaveLength(1);
    expect(judgeQuarter({ ...quarter, thematicHeld: 1 }, [{ ...twoAQuarter[0], validFrom: '2026-01-02' }])).toEqual([]);
    const endingWithQ1 = [{ ...twoAQuarter[0], validTo: '2026-04-01' }];
    expect(judgeQuarter({ ...quarter, thematicHeld: 1 }, endingWithQ1)).toHaveLength(1);
    expect(judgeQuarter({ ...quarter, thematicHeld: 1 }, [{ ...twoAQuarter[0], validTo: '2026-03-31' }])).toEqual([]);
  });

  it('alerts once the quarter’s last month has begun', () => {
    expect(thematicAlertDue('2026-Q1', '2026-02-28')).toBe(false);
    expect(thematicAlertDue('2026-Q1', '2026-03-01')).toBe(true);
    expect(thematicAlertDue('2026-01-01', '2026-04-10')).toBe(true);
    expect(thematicAlertDue('2026-Q4', '2026-11-30')).toBe(false);
    expect(thematicAlertDue('2026-Q4', '2026-12-01')).toBe(true);
  });
});

describe('a task for every working member', () => {
  it('counts working members without a task, once each, under 11-ĐA/TU', () => {
    const findings = judgeMemberTasks({ year: 2026, workingMemberIds: [1, 2, 3, 4, 4], taskedMemberIds: [2, 9] });
    expect(findings).toEqual([
      { code: 'MEMBERS_WITHOUT_TASK', documentNumber: '11-ĐA/TU', documentDate: '2021-12-06', detail: '3 đảng viên đang công tác chưa được phân công nhiệm vụ năm 2026.', threshold: 0, actual: 3, unit: 'COUNT' },
    ]);
    expect(judgeMemberTasks({ year: 2026, workingMemberIds: [1, 2], taskedMemberIds: [1, 2] })).toEqual([]);
  });

  it('finds nothing where no rule set in force asks for it', () => {
    expect(judgeMemberTasks({ year: 2020, workingMemberIds: [1], taskedMemberIds: [] }, MEETING_RULE_SETS)).toEqual([]);
    expect(judgeMemberTasks({ year: 2021, workingMemberIds: [1], taskedMemberIds: [], asOf: '2021-12-05' })).toEqual([]);
    expect(judgeMemberTasks({ year: 2021, workingMemberIds: [1], taskedMemberIds: [] })).toHaveLength(1);
  });
});

describe('rotation of supervision', () => {
  it('is respected when the branch is not among those visited in the previous quarters the rule counts', () => {
    const past = [[3, 4], [7]];
    expect(rotationRespected(7, past, 1)).toBe(true);
    expect(rotationRespected(7, past, 2)).toBe(false);
    expect(rotationRespected(3, past, 1)).toBe(false);
    expect(rotationRespected(3, past, null)).toBe(true);
    expect(rotationRespected('3', [['3']], 1)).toBe(false);
  });
});

describe('judgeMembersWithoutTask', () => {
  it('judges a count made elsewhere as judgeMemberTasks judges the lists, under the rule sets asking for it', () => {
    expect(judgeMembersWithoutTask(2026, 0, '2026-06-30')).toEqual([]);
    const [finding, ...more] = judgeMembersWithoutTask(2026, 3, '2026-06-30');
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ code: 'MEMBERS_WITHOUT_TASK', documentNumber: '11-ĐA/TU', threshold: 0, actual: 3 });
    expect(judgeMembersWithoutTask(2026, 3, '2026-06-30')).toEqual(judgeMemberTasks({ year: 2026, workingMemberIds: [1, 2, 3, 4], taskedMemberIds: [4], asOf: '2026-06-30' }));
    // Before 11-ĐA/TU no rule set asks every working member to hold a task.
    expect(judgeMembersWithoutTask(2020, 3, '2020-06-30')).toEqual([]);
  });
});
