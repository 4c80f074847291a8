import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rotationRespected } from './branch-findings';
import { addDays, quarterPeriod } from './dates';
import {
  checkRotationPlanInput,
  planRotation,
  type RotationBranch,
  type RotationId,
  type RotationMeeting,
  type RotationPlan,
  type RotationPlanInput,
  type RotationVisit,
} from './rotation-planner';

const Q = '2026-Q2';

function input(parts: Partial<RotationPlanInput> & Pick<RotationPlanInput, 'members' | 'branches' | 'meetings'>): RotationPlanInput {
  return { quarter: Q, rotationQuarters: 1, pastVisits: [], ...parts };
}

const members = (...ids: number[]) => ids.map((id) => ({ id, unavailable: [] as string[] }));
const branch = (id: number, pilot = false): RotationBranch => ({ id, pilot });
const visitOf = (plan: RotationPlan, memberId: RotationId) => plan.visits.find((v) => v.memberId === memberId);
const placesOf = (plan: RotationPlan) => plan.visits.map((v) => [v.memberId, v.branchId, v.day]);

describe('planRotation: the named cases', () => {
  it('gives each member a branch of their own: pilots first, then branches unvisited longest, with the reasons', () => {
    const plan = planRotation(input({
      members: members(1, 2, 3),
      branches: [branch(10), branch(11, true), branch(12), branch(13)],
      meetings: [
        { id: 100, branchId: 10, day: '2026-04-08' }, { id: 101, branchId: 11, day: '2026-05-06' },
        { id: 102, branchId: 12, day: '2026-06-03' }, { id: 103, branchId: 13, day: '2026-06-10' },
      ],
      pastVisits: [
        { memberId: 9, branchId: 11, quarter: '2026-Q1' }, { memberId: 9, branchId: 10, quarter: '2025-Q2' },
        { memberId: 8, branchId: 13, quarter: '2025-Q4' },
      ],
    }));
    // 11 is the pilot, 12 was never visited, 10 not since Q2/2025; 13 (visited Q4/2025) waits.
    expect(placesOf(plan)).toEqual([[1, 11, '2026-05-06'], [2, 12, '2026-06-03'], [3, 10, '2026-04-08']]);
    expect(plan).toMatchObject({ complete: true, unplaced: [], explanation: null, constraints: [], violations: [] });
    expect(visitOf(plan, 1)).toEqual({
      memberId: 1, branchId: 11, day: '2026-05-06', meetingId: 101,
      reasons: ['Chi bộ điểm', 'Chưa có thành viên Ban Thường vụ dự từ quý 1/2026', 'Không trùng chi bộ đã dự trong 1 quý trước'],
      reasonCodes: ['PILOT', 'LAST_VISITED', 'ROTATION_RESPECTED'],
    });
    expect(visitOf(plan, 2)?.reasonCodes).toEqual(['NEVER_VISITED', 'ROTATION_RESPECTED']);
    expect(visitOf(plan, 3)?.reasons).toContain('Chưa có thành viên Ban Thường vụ dự từ quý 2/2025');
  });

  it('5 members and 3 eligible meetings: 3 visits, 2 unplaced, and the explanation names the shortage', () => {
    const plan = planRotation(input({
      members: members(1, 2, 3, 4, 5),
      branches: [branch(10), branch(11), branch(12)],
      meetings: [{ branchId: 10, day: '2026-04-08' }, { branchId: 11, day: '2026-05-06' }, { branchId: 12, day: '2026-06-03' }],
    }));
    expect(plan.visits.map((v) => v.branchId).sort()).toEqual([10, 11, 12]);
    expect(plan.visits.every((v) => v.meetingId === undefined && !('meetingId' in v))).toBe(true);
    expect(plan.complete).toBe(false);
    expect(plan.unplaced).toEqual([
      { memberId: 4, code: 'MEETINGS_TAKEN', reason: 'Các buổi sinh hoạt đồng chí dự được đều đã có thành viên Ban Thường vụ khác dự.' },
      { memberId: 5, code: 'MEETINGS_TAKEN', reason: 'Các buổi sinh hoạt đồng chí dự được đều đã có thành viên Ban Thường vụ khác dự.' },
    ]);
    expect(plan.constraints).toEqual(['MORE_MEMBERS_THAN_MEETINGS']);
    expect(plan.explanation).toBe('Phương án tốt nhất có thể, chưa đầy đủ. 5 thành viên Ban Thường vụ chỉ còn 3 buổi sinh hoạt có thể dự '
      + '(mỗi buổi một thành viên): số thành viên nhiều hơn số buổi sinh hoạt phù hợp.');
  });

  it('counts in the shortage only the members who compete for the same meetings', () => {
    // Members 1–3 can only attend 10's meeting; member 4 has branch 11 to itself.
    const busy = ['2026-05-06'];
    const plan = planRotation(input({
      members: [...members(1, 2, 3).map((m) => ({ ...m, unavailable: busy })), { id: 4, unavailable: ['2026-04-08'] }],
      branches: [branch(10), branch(11)],
      meetings: [{ branchId: 10, day: '2026-04-08' }, { branchId: 11, day: '2026-05-06' }],
    }));
    expect(placesOf(plan)).toEqual([[1, 10, '2026-04-08'], [4, 11, '2026-05-06']]);
    expect(plan.explanation).toContain('3 thành viên Ban Thường vụ chỉ còn 1 buổi sinh hoạt có thể dự');
  });

  it('a member busy on every meeting day is unplaced with that reason; the others are still planned', () => {
    const plan = planRotation(input({
      members: [{ id: 1, unavailable: ['2026-04-08', '2026-05-06', '2026-01-01'] }, ...members(2)],
      branches: [branch(10), branch(11)],
      meetings: [{ branchId: 10, day: '2026-04-08' }, { branchId: 11, day: '2026-05-06' }],
    }));
    expect(plan.visits.map((v) => v.memberId)).toEqual([2]);
    expect(plan.unplaced).toEqual([{ memberId: 1, code: 'ALL_DAYS_UNAVAILABLE', reason: 'Mọi buổi sinh hoạt chi bộ trong quý đều rơi vào ngày đồng chí bận.' }]);
    expect(plan.constraints).toEqual(['ALL_DAYS_UNAVAILABLE']);
    expect(plan.explanation).toBe('Phương án tốt nhất có thể, chưa đầy đủ. 1 thành viên bận vào mọi ngày có buổi sinh hoạt chi bộ trong quý.');
  });

  it('no meeting in the quarter: every member unplaced, NO_MEETINGS', () => {
    const plan = planRotation(input({ members: members(1, 2), branches: [branch(10)], meetings: [] }));
    expect(plan.visits).toEqual([]);
    expect(plan.unplaced.map((u) => u.code)).toEqual(['NO_MEETINGS', 'NO_MEETINGS']);
    expect(plan.constraints).toEqual(['NO_MEETINGS']);
    expect(plan.complete).toBe(false);
  });

  it('every branch visited last quarter with rotation 1 and no other branch: the visit repeats the branch, marked, plan partial', () => {
    const facts = input({
      members: members(1),
      branches: [branch(10)],
      meetings: [{ id: 100, branchId: 10, day: '2026-04-08' }],
      pastVisits: [{ memberId: 1, branchId: 10, quarter: '2026-Q1' }],
    });
    const plan = planRotation(facts);
    expect(plan.visits).toEqual([{
      memberId: 1, branchId: 10, day: '2026-04-08', meetingId: 100,
      reasons: ['Chưa có thành viên Ban Thường vụ dự từ quý 1/2026', 'Trùng chi bộ đã dự trong 1 quý trước (mọi buổi sinh hoạt đồng chí dự được đều ở chi bộ đã dự)'],
      reasonCodes: ['LAST_VISITED', 'ROTATION_NOT_RESPECTED'],
    }]);
    expect(plan).toMatchObject({ complete: false, unplaced: [], constraints: ['ROTATION'] });
    expect(plan.explanation).toBe('Phương án tốt nhất có thể, chưa đầy đủ. 1 thành viên chỉ dự được các chi bộ đã dự trong 1 quý trước.');
    // Two quarters back is outside a rotation of 1, inside one of 2; no rule means no rotation reason at all.
    expect(planRotation({ ...facts, pastVisits: [{ memberId: 1, branchId: 10, quarter: '2025-Q4' }] }).visits[0].reasonCodes).toEqual(['LAST_VISITED', 'ROTATION_RESPECTED']);
    expect(planRotation({ ...facts, rotationQuarters: 2, pastVisits: [{ memberId: 1, branchId: 10, quarter: '2025-Q4' }] }).complete).toBe(false);
    const noRule = planRotation({ ...facts, rotationQuarters: null });
    expect(noRule).toMatchObject({ complete: true, explanation: null });
    expect(noRule.visits[0].reasonCodes).toEqual(['LAST_VISITED']);
  });

  it('repeats a branch for a member whose other branches are all taken, and says why', () => {
    // Member 1 visited 10 last quarter; 11 has one meeting, which member 2 (who can go nowhere else) needs.
    const plan = planRotation(input({
      members: [{ id: 1, unavailable: [] }, { id: 2, unavailable: ['2026-04-08'] }],
      branches: [branch(10), branch(11)],
      meetings: [{ branchId: 10, day: '2026-04-08' }, { branchId: 11, day: '2026-05-06' }],
      pastVisits: [{ memberId: 1, branchId: 10, quarter: '2026-Q1' }],
    }));
    expect(placesOf(plan)).toEqual([[1, 10, '2026-04-08'], [2, 11, '2026-05-06']]);
    expect(visitOf(plan, 1)?.reasons).toContain('Trùng chi bộ đã dự trong 1 quý trước (các buổi sinh hoạt phù hợp ở chi bộ khác đã có thành viên khác dự)');
    expect(plan.explanation).toContain('1 thành viên có các buổi sinh hoạt ở chi bộ khác đều đã có thành viên khác dự');
  });

  it('places everyone when that needs repeats, and repeats only the branches it must', () => {
    // Member 4 can only attend 12 and member 7 only 22, both visited last quarter; member 1 joins 22 rather than
    // leaving someone out.
    const plan = planRotation({
      quarter: '2024-Q1', rotationQuarters: 1,
      members: [{ id: 1, unavailable: [] }, { id: 4, unavailable: ['2024-01-07', '2024-01-01'] }, { id: 7, unavailable: ['2024-01-21'] }],
      branches: [branch(2), branch(12), branch(22)],
      meetings: [{ branchId: 12, day: '2024-01-21' }, { branchId: 22, day: '2024-01-07' }, { branchId: 22, day: '2024-01-01' }],
      pastVisits: [{ memberId: 4, branchId: 12, quarter: '2023-Q4' }, { memberId: 7, branchId: 22, quarter: '2023-Q4' }],
    });
    expect(plan.visits.map((v) => [v.memberId, v.branchId, v.reasonCodes.includes('ROTATION_NOT_RESPECTED')]))
      .toEqual([[1, 22, false], [4, 12, true], [7, 22, true]]);
    expect(plan.constraints).toEqual(['ROTATION', 'MORE_MEMBERS_THAN_BRANCHES']);
  });

  it('when one member must repeat a branch, the others still respect rotation', () => {
    // Members 1 and 4 visited the pilot 12 last quarter; member 7 can only attend 12 on 01/01.
    const plan = planRotation({
      quarter: '2024-Q1', rotationQuarters: 1,
      members: [{ id: 1, unavailable: [] }, { id: 4, unavailable: [] }, { id: 7, unavailable: ['2024-03-04'] }],
      branches: [branch(2), branch(7), branch(12, true)],
      meetings: [{ branchId: 7, day: '2024-01-01' }, { branchId: 12, day: '2024-03-04' }, { branchId: 12, day: '2024-01-01' }],
      pastVisits: [{ memberId: 4, branchId: 12, quarter: '2023-Q4' }, { memberId: 1, branchId: 12, quarter: '2023-Q4' }],
    });
    expect(plan.visits.filter((v) => v.reasonCodes.includes('ROTATION_NOT_RESPECTED'))).toHaveLength(1);
    expect(plan.visits.map((v) => v.memberId)).toEqual([1, 4, 7]);
  });

  it('two members share a branch only when members outnumber the branches, and the explanation says so', () => {
    const plan = planRotation(input({
      members: members(1, 2, 3),
      branches: [branch(10), branch(11)],
      meetings: [
        { branchId: 10, day: '2026-04-08' }, { branchId: 10, day: '2026-05-13' },
        { branchId: 11, day: '2026-04-15' }, { branchId: 11, day: '2026-06-10' },
      ],
    }));
    expect(plan.visits).toHaveLength(3);
    expect(new Set(plan.visits.map((v) => v.branchId)).size).toBe(2);
    const shared = plan.visits.filter((v) => v.reasonCodes.includes('SHARED_BRANCH'));
    expect(shared).toHaveLength(2);
    expect(shared[0].branchId).toBe(shared[1].branchId);
    expect(shared[0].day).not.toBe(shared[1].day);
    expect(shared[0].reasons).toContain('Chi bộ có 2 thành viên Ban Thường vụ cùng dự trong quý');
    expect(plan).toMatchObject({ complete: true, unplaced: [], constraints: ['MORE_MEMBERS_THAN_BRANCHES'] });
    expect(plan.explanation).toBe('3 thành viên Ban Thường vụ chỉ có 2 chi bộ phù hợp để dự riêng (không trùng chi bộ đã dự trong 1 quý trước): '
      + '1 chi bộ có từ hai thành viên cùng dự.');
  });

  it('prefers sharing a branch to repeating one', () => {
    const plan = planRotation(input({
      members: members(1, 2),
      branches: [branch(10), branch(11)],
      meetings: [{ branchId: 10, day: '2026-04-08' }, { branchId: 11, day: '2026-04-15' }, { branchId: 11, day: '2026-05-13' }],
      pastVisits: [{ memberId: 1, branchId: 10, quarter: '2026-Q1' }, { memberId: 2, branchId: 10, quarter: '2026-Q1' }],
    }));
    expect(plan.visits.map((v) => v.branchId)).toEqual([11, 11]);
    expect(plan.visits.every((v) => v.reasonCodes.includes('ROTATION_RESPECTED') && v.reasonCodes.includes('SHARED_BRANCH'))).toBe(true);
    expect(plan.complete).toBe(true);
  });

  it('finds the assignment a greedy choice would miss (augmenting path)', () => {
    // The pilot 10 would go to member 1 first; member 2 can only attend 10, so member 1 moves to 11 rather than
    // member 2 joining member 1 at 10's second meeting.
    const plan = planRotation(input({
      members: [{ id: 1, unavailable: [] }, { id: 2, unavailable: ['2026-05-06'] }],
      branches: [branch(10, true), branch(11)],
      meetings: [{ branchId: 10, day: '2026-04-08' }, { branchId: 10, day: '2026-06-10' }, { branchId: 11, day: '2026-05-06' }],
    }));
    expect(plan.visits.map((v) => [v.memberId, v.branchId])).toEqual([[1, 11], [2, 10]]);
    expect(plan).toMatchObject({ complete: true, explanation: null });
  });

  it('a member who must repeat a branch takes one nobody else attends before sharing one', () => {
    // Member 1 visited both branches last quarter; member 2 takes 10 (first by id); member 1 repeats 11, alone,
    // rather than joining member 2 at 10's second meeting.
    const plan = planRotation(input({
      members: members(1, 2),
      branches: [branch(10), branch(11)],
      meetings: [{ branchId: 10, day: '2026-04-08' }, { branchId: 10, day: '2026-05-13' }, { branchId: 11, day: '2026-06-10' }],
      pastVisits: [{ memberId: 1, branchId: 10, quarter: '2026-Q1' }, { memberId: 1, branchId: 11, quarter: '2026-Q1' }],
    }));
    expect(plan.visits.map((v) => [v.memberId, v.branchId])).toEqual([[1, 11], [2, 10]]);
    expect(plan.visits.some((v) => v.reasonCodes.includes('SHARED_BRANCH'))).toBe(false);
    expect(plan.constraints).toEqual(['ROTATION']);
  });

  it('keeps fixed visits, plans the others elsewhere, and leaves a fixed branch to last', () => {
    const plan = planRotation(input({
      members: members(1, 2),
      branches: [branch(10, true), branch(11)],
      meetings: [{ id: 100, branchId: 10, day: '2026-04-08' }, { id: 101, branchId: 10, day: '2026-05-13' }, { id: 102, branchId: 11, day: '2026-04-15' }],
      fixed: [{ memberId: 1, branchId: 10, day: '2026-05-13' }],
    }));
    expect(plan.visits).toEqual([
      { memberId: 1, branchId: 10, day: '2026-05-13', meetingId: 101, reasons: ['Đã được phân công trước', 'Chi bộ điểm', 'Chưa có thành viên Ban Thường vụ dự trong các quý đã ghi nhận', 'Không trùng chi bộ đã dự trong 1 quý trước'], reasonCodes: ['FIXED', 'PILOT', 'NEVER_VISITED', 'ROTATION_RESPECTED'] },
      { memberId: 2, branchId: 11, day: '2026-04-15', meetingId: 102, reasons: ['Chưa có thành viên Ban Thường vụ dự trong các quý đã ghi nhận', 'Không trùng chi bộ đã dự trong 1 quý trước'], reasonCodes: ['NEVER_VISITED', 'ROTATION_RESPECTED'] },
    ]);
  });

  it('spreads the visits over the weeks when the meetings allow', () => {
    // 06/04 and 07/04 fall in one week; branch 10 also meets on 04/05.
    const plan = planRotation(input({
      members: members(1, 2),
      branches: [branch(10, true), branch(11)],
      meetings: [{ branchId: 10, day: '2026-04-06' }, { branchId: 10, day: '2026-05-04' }, { branchId: 11, day: '2026-04-07' }],
    }));
    expect(plan.visits.map((v) => v.day).sort()).toEqual(['2026-04-07', '2026-05-04']);
    // With only one week possible, the visits stay in it.
    const oneWeek = planRotation(input({
      members: members(1, 2),
      branches: [branch(10, true), branch(11)],
      meetings: [{ branchId: 10, day: '2026-04-06' }, { branchId: 11, day: '2026-04-07' }],
    }));
    expect(oneWeek.visits.map((v) => v.day).sort()).toEqual(['2026-04-06', '2026-04-07']);
  });
});

describe('checkRotationPlanInput', () => {
  const valid = input({
    members: [{ id: 1, unavailable: ['2026-05-06'] }, { id: 2, unavailable: [] }],
    branches: [branch(10), branch(11)],
    meetings: [{ id: 100, branchId: 10, day: '2026-04-08' }, { id: 101, branchId: 11, day: '2026-05-06' }],
    pastVisits: [{ memberId: 1, branchId: 99, quarter: '2024-Q3' }],
    fixed: [{ memberId: 2, branchId: 11, day: '2026-05-06' }],
  });

  it('accepts a well formed input (past visits may name branches no longer listed)', () => {
    expect(checkRotationPlanInput(valid)).toEqual([]);
  });

  it('names the field of each refusal', () => {
    const fields = (patch: Partial<RotationPlanInput>) => checkRotationPlanInput({ ...valid, ...patch }).map((v) => `${v.field} ${v.code}`);
    expect(fields({ quarter: '2026-Q5' })).toEqual(['quarter BAD_USER_INPUT']);
    expect(fields({ rotationQuarters: -1 })).toEqual(['rotationQuarters BAD_USER_INPUT']);
    expect(fields({ rotationQuarters: 1.5 })).toEqual(['rotationQuarters BAD_USER_INPUT']);
    expect(fields({ members: [...valid.members, { id: 1, unavailable: ['2026-02-30'] }] })).toEqual(['members[2].id CONFLICT', 'members[2].unavailable[0] BAD_USER_INPUT']);
    expect(fields({ branches: [...valid.branches, branch(10)] })).toEqual(['branches[2].id CONFLICT']);
    expect(fields({ meetings: [...valid.meetings, { id: 100, branchId: 12, day: '2026-07-01' }] }))
      .toEqual(['meetings[2].branchId BAD_USER_INPUT', 'meetings[2].day BAD_USER_INPUT', 'meetings[2].id CONFLICT']);
    expect(fields({ pastVisits: [{ memberId: 1, branchId: 10, quarter: Q }] })).toEqual(['pastVisits[0].quarter BAD_USER_INPUT']);
    expect(fields({ fixed: [{ memberId: 3, branchId: 12, day: '2026-04-08' }] })).toEqual(['fixed[0].memberId BAD_USER_INPUT', 'fixed[0].branchId BAD_USER_INPUT']);
    expect(fields({ fixed: [{ memberId: 2, branchId: 10, day: '2026-05-06' }] })).toEqual(['fixed[0].day BAD_USER_INPUT']);
    expect(fields({ fixed: [{ memberId: 1, branchId: 11, day: '2026-05-06' }] })).toEqual(['fixed[0].day CONFLICT']);
    expect(fields({ fixed: [{ memberId: 2, branchId: 10, day: '2026-04-08' }, { memberId: 2, branchId: 11, day: '2026-05-06' }] })).toEqual(['fixed[1].memberId CONFLICT']);
  });

  it('plans nothing from an invalid input and returns the violations', () => {
    const plan = planRotation({ ...valid, quarter: '2026-Q5' });
    expect(plan).toMatchObject({ visits: [], complete: false, constraints: ['INVALID_INPUT'], violations: [{ field: 'quarter' }] });
    expect(plan.explanation).toContain('Quý không hợp lệ');
  });
});

// ---- Property tests -------------------------------------------------------------------------------------------

/** Days of the quarter (from its first day) that meetings and unavailability draw from: some share a week. */
const DAY_POOL = [0, 1, 6, 7, 20, 34, 35, 50, 63, 77, 89];

interface Sizes {
  members: number;
  branches: number;
  meetingsPerBranch: number;
}

function arbInput(max: Sizes): fc.Arbitrary<RotationPlanInput> {
  return fc
    .record({
      year: fc.integer({ min: 2024, max: 2027 }),
      q: fc.integer({ min: 1, max: 4 }),
      rotation: fc.constantFrom(null, 0, 1, 1, 2),
      stringBranchIds: fc.boolean(),
      members: fc.array(fc.uniqueArray(fc.constantFrom(...DAY_POOL), { maxLength: 6 }), { maxLength: max.members }),
      branches: fc.array(
        fc.record({ pilot: fc.boolean(), days: fc.uniqueArray(fc.constantFrom(...DAY_POOL), { maxLength: max.meetingsPerBranch }), ids: fc.boolean() }),
        { maxLength: max.branches },
      ),
      past: fc.array(fc.record({ member: fc.nat(6), branch: fc.nat(6), back: fc.integer({ min: 1, max: 3 }) }), { maxLength: 20 }),
      fixed: fc.array(fc.record({ member: fc.nat(6), meeting: fc.nat(20) }), { maxLength: 2 }),
    })
    .map((g) => {
      const quarter = `${g.year}-Q${g.q}`;
      const { from } = quarterPeriod(quarter);
      const memberList = g.members.map((days, i) => ({ id: 3 * i + 1, unavailable: days.map((d) => addDays(from, d)) }));
      const branchId = (i: number): RotationId => (g.stringBranchIds ? `b${i}` : 5 * i + 2);
      const branchList = g.branches.map((b, i) => ({ id: branchId(i), pilot: b.pilot }));
      const meetings: RotationMeeting[] = [];
      g.branches.forEach((b, i) => {
        for (const d of b.days) meetings.push({ ...(b.ids ? { id: 1000 + meetings.length } : {}), branchId: branchId(i), day: addDays(from, d) });
      });
      const index = g.year * 4 + g.q - 1;
      const pastVisits = g.past.map((p) => ({
        memberId: p.member < memberList.length ? memberList[p.member].id : 999,
        branchId: p.branch < branchList.length ? branchList[p.branch].id : 'dissolved',
        quarter: `${Math.floor((index - p.back) / 4)}-Q${((index - p.back) % 4) + 1}`,
      }));
      const fixed: RotationPlanInput['fixed'] = [];
      for (const f of g.fixed) {
        const member = memberList[f.member];
        const meeting = meetings[f.meeting];
        if (!member || !meeting || fixed.some((x) => x.memberId === member.id) || member.unavailable.includes(meeting.day)) continue;
        fixed.push({ memberId: member.id, branchId: meeting.branchId, day: meeting.day });
      }
      return { quarter, rotationQuarters: g.rotation, members: memberList, branches: branchList, meetings, pastVisits, fixed };
    });
}

/** The member's past branches by quarter, the quarter before first, as `rotationRespected` reads them. */
function pastByQuarter(facts: RotationPlanInput, memberId: RotationId): RotationId[][] {
  const index = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
  const current = index(facts.quarter);
  const out: RotationId[][] = Array.from({ length: 8 }, () => []);
  for (const v of facts.pastVisits) if (v.memberId === memberId && current - index(v.quarter) <= 8) out[current - index(v.quarter) - 1].push(v.branchId);
  return out;
}

const respects = (facts: RotationPlanInput, memberId: RotationId, branchId: RotationId) =>
  rotationRespected(branchId, pastByQuarter(facts, memberId), facts.rotationQuarters);

const isFixed = (facts: RotationPlanInput, v: RotationVisit) => (facts.fixed ?? []).some((f) => f.memberId === v.memberId);

/** Monday-based week of a day, as a number of days since 1970 of its Monday. */
function weekOf(day: string): number {
  const n = Date.parse(`${day}T00:00:00Z`) / 86_400_000;
  return n - ((n + 3) % 7);
}

/** The best any plan could do, by trying every assignment of the members without a fixed visit (small inputs). */
function oracle(facts: RotationPlanInput) {
  const fixedDays = new Set((facts.fixed ?? []).map((f) => `${f.branchId}|${f.day}`));
  const fixedBranches = new Set((facts.fixed ?? []).map((f) => f.branchId));
  const free = facts.meetings.map((m, k) => ({ ...m, k })).filter((m) => !fixedDays.has(`${m.branchId}|${m.day}`));
  const planned = facts.members.filter((m) => !(facts.fixed ?? []).some((f) => f.memberId === m.id));
  const pilots = new Set(facts.branches.filter((b) => b.pilot).map((b) => b.id));
  // placed, then respecting among the plans placing that many (the plan's order); distinct branches and pilots alone.
  const best = { placed: 0, respecting: 0, distinct: 0, pilots: 0, perfect: false };
  const fixedRespect = (facts.fixed ?? []).every((f) => respects(facts, f.memberId, f.branchId));
  const chosen: Array<{ member: RotationId; branchId: RotationId; ok: boolean }> = [];
  const used = new Set<number>();
  const visit = (i: number) => {
    if (i === planned.length) {
      const ok = chosen.filter((c) => c.ok);
      const okBranches = new Set(ok.map((c) => c.branchId).filter((b) => !fixedBranches.has(b)));
      if (chosen.length > best.placed) [best.placed, best.respecting] = [chosen.length, ok.length];
      else if (chosen.length === best.placed) best.respecting = Math.max(best.respecting, ok.length);
      best.distinct = Math.max(best.distinct, okBranches.size);
      best.pilots = Math.max(best.pilots, [...okBranches].filter((b) => pilots.has(b)).length);
      if (fixedRespect && ok.length === planned.length && okBranches.size === planned.length) best.perfect = true;
      return;
    }
    const m = planned[i];
    visit(i + 1);
    for (const meeting of free) {
      if (used.has(meeting.k) || m.unavailable.includes(meeting.day)) continue;
      used.add(meeting.k);
      chosen.push({ member: m.id, branchId: meeting.branchId, ok: respects(facts, m.id, meeting.branchId) });
      visit(i + 1);
      chosen.pop();
      used.delete(meeting.k);
    }
  };
  visit(0);
  return best;
}

/**
 * The most members placed and, among such plans, the most respecting rotation: a dynamic programme over the members
 * (without a fixed visit) and the set of meetings already taken (inputs of up to ~12 meetings).
 */
function bestPlacedAndRespecting(facts: RotationPlanInput): { placed: number; respecting: number } {
  const fixedDays = new Set((facts.fixed ?? []).map((f) => `${f.branchId}|${f.day}`));
  const free = facts.meetings.filter((m) => !fixedDays.has(`${m.branchId}|${m.day}`));
  const planned = facts.members.filter((m) => !(facts.fixed ?? []).some((f) => f.memberId === m.id));
  const SCALE = 100;
  let layer = new Map<number, number>([[0, 0]]);
  for (const member of planned) {
    const next = new Map<number, number>();
    const keep = (mask: number, value: number) => next.set(mask, Math.max(next.get(mask) ?? -1, value));
    for (const [mask, value] of layer) {
      keep(mask, value);
      free.forEach((meeting, k) => {
        if (mask & (1 << k) || member.unavailable.includes(meeting.day)) return;
        keep(mask | (1 << k), value + SCALE + (respects(facts, member.id, meeting.branchId) ? 1 : 0));
      });
    }
    layer = next;
  }
  const best = Math.max(...layer.values());
  return { placed: Math.floor(best / SCALE), respecting: best % SCALE };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const SMALL: Sizes = { members: 7, branches: 6, meetingsPerBranch: 3 };
const TINY: Sizes = { members: 4, branches: 4, meetingsPerBranch: 2 };
const MEDIUM: Sizes = { members: 7, branches: 5, meetingsPerBranch: 2 };

describe('planRotation: properties', () => {
  it('every visit is at a real meeting inside the quarter, on a day the member is free, one per member and per meeting; fixed visits are kept (rules 3, 6)', () => {
    fc.assert(fc.property(arbInput(SMALL), (facts) => {
      const plan = planRotation(facts);
      expect(plan.violations).toEqual([]);
      const { from, to } = quarterPeriod(facts.quarter);
      const memberIds = facts.members.map((m) => m.id);
      expect([...plan.visits.map((v) => v.memberId), ...plan.unplaced.map((u) => u.memberId)].sort()).toEqual([...memberIds].sort());
      const meetingsUsed = new Set<string>();
      for (const v of plan.visits) {
        const meeting = facts.meetings.find((m) => m.branchId === v.branchId && m.day === v.day && m.id === v.meetingId);
        expect(meeting).toBeDefined();
        expect(v.day >= from && v.day < to).toBe(true);
        expect(facts.members.find((m) => m.id === v.memberId)?.unavailable).not.toContain(v.day);
        if (!isFixed(facts, v)) {
          const key = `${v.branchId}|${v.day}|${v.meetingId}`;
          expect(meetingsUsed.has(key)).toBe(false);
          meetingsUsed.add(key);
        }
      }
      for (const f of facts.fixed ?? []) {
        const v = plan.visits.find((x) => x.memberId === f.memberId);
        expect([v?.branchId, v?.day, v?.reasonCodes[0]]).toEqual([f.branchId, f.day, 'FIXED']);
      }
      for (const v of plan.visits.filter((x) => !isFixed(facts, x))) {
        const fixedThere = (facts.fixed ?? []).some((f) => f.branchId === v.branchId && f.day === v.day);
        const sameDayMeetings = facts.meetings.filter((m) => m.branchId === v.branchId && m.day === v.day).length;
        if (fixedThere) expect(sameDayMeetings).toBeGreaterThan(1);
      }
    }), { numRuns: 250 });
  });

  it('places as many members as possible, respects rotation wherever possible, and covers the most branches and pilots (rules 1, 2, 4, 7)', () => {
    fc.assert(fc.property(arbInput(TINY), (facts) => {
      const plan = planRotation(facts);
      const best = oracle(facts);
      const planned = plan.visits.filter((v) => !isFixed(facts, v));
      const respecting = planned.filter((v) => !v.reasonCodes.includes('ROTATION_NOT_RESPECTED'));
      const fixedBranches = new Set((facts.fixed ?? []).map((f) => f.branchId));
      const covered = new Set(planned.map((v) => v.branchId).filter((b) => !fixedBranches.has(b)));
      const pilots = [...covered].filter((b) => facts.branches.find((x) => x.id === b)?.pilot);
      expect(planned.length).toBe(best.placed);
      expect(respecting.length).toBe(best.respecting);
      expect(covered.size).toBeGreaterThanOrEqual(best.distinct);
      expect(pilots.length).toBeGreaterThanOrEqual(best.pilots);
      if (best.perfect) {
        expect(plan.complete).toBe(true);
        expect(plan.visits.some((v) => v.reasonCodes.includes('SHARED_BRANCH') && !isFixed(facts, v))).toBe(false);
      }
    }), { numRuns: 300 });
  });

  it('places the most members, then repeats the fewest branches, on larger inputs (rules 2, 7)', () => {
    fc.assert(fc.property(arbInput(MEDIUM), (facts) => {
      const plan = planRotation(facts);
      const planned = plan.visits.filter((v) => !isFixed(facts, v));
      const respecting = planned.filter((v) => !v.reasonCodes.includes('ROTATION_NOT_RESPECTED'));
      expect({ placed: planned.length, respecting: respecting.length }).toEqual(bestPlacedAndRespecting(facts));
    }), { numRuns: 300 });
  });

  it('marks rotation exactly as rotationRespected judges it, and names every binding constraint (rules 1, 2)', () => {
    fc.assert(fc.property(arbInput(SMALL), (facts) => {
      const plan = planRotation(facts);
      const perBranch = new Map<RotationId, number>();
      for (const v of plan.visits) perBranch.set(v.branchId, (perBranch.get(v.branchId) ?? 0) + 1);
      for (const v of plan.visits) {
        const rule = facts.rotationQuarters ? (respects(facts, v.memberId, v.branchId) ? 'ROTATION_RESPECTED' : 'ROTATION_NOT_RESPECTED') : null;
        expect(v.reasonCodes.filter((c) => c.startsWith('ROTATION'))).toEqual(rule ? [rule] : []);
        expect(v.reasonCodes.includes('SHARED_BRANCH')).toBe((perBranch.get(v.branchId) ?? 0) > 1);
        expect(v.reasonCodes).toHaveLength(v.reasons.length);
      }
      const repeats = plan.visits.some((v) => v.reasonCodes.includes('ROTATION_NOT_RESPECTED'));
      expect(plan.complete).toBe(plan.unplaced.length === 0 && !repeats);
      expect(plan.constraints.includes('ROTATION')).toBe(repeats);
      const plannedShared = plan.visits.some((v) => v.reasonCodes.includes('SHARED_BRANCH') && !isFixed(facts, v));
      expect(plan.constraints.includes('MORE_MEMBERS_THAN_BRANCHES')).toBe(plannedShared);
      for (const u of plan.unplaced) expect(plan.constraints).toContain(u.code === 'MEETINGS_TAKEN' ? 'MORE_MEMBERS_THAN_MEETINGS' : u.code);
      if (!plan.complete) expect(plan.explanation).toMatch(/^Phương án tốt nhất có thể, chưa đầy đủ\. ./);
      expect(plan.explanation === null).toBe(plan.constraints.length === 0);
    }), { numRuns: 250 });
  });

  it('no uncovered branch of higher priority was open to a member planned elsewhere: pilots, then unvisited longest (rule 4)', () => {
    fc.assert(fc.property(arbInput(SMALL), (facts) => {
      const plan = planRotation(facts);
      if (plan.visits.some((v) => v.reasonCodes.includes('ROTATION_NOT_RESPECTED') && !isFixed(facts, v))) return;
      const fixedBranches = new Set((facts.fixed ?? []).map((f) => f.branchId));
      const visited = new Set(plan.visits.map((v) => v.branchId));
      const lastVisit = (id: RotationId) => facts.pastVisits.filter((p) => p.branchId === id).map((p) => p.quarter).sort().at(-1) ?? '';
      const better = (x: RotationBranch, y: RotationBranch) =>
        (x.pilot && !y.pilot) || (x.pilot === y.pilot && lastVisit(x.id) < lastVisit(y.id));
      for (const v of plan.visits.filter((x) => !isFixed(facts, x))) {
        const at = facts.branches.find((b) => b.id === v.branchId)!;
        const member = facts.members.find((m) => m.id === v.memberId)!;
        for (const x of facts.branches) {
          if (visited.has(x.id) || fixedBranches.has(x.id) || !better(x, at) || !respects(facts, member.id, x.id)) continue;
          expect(facts.meetings.some((m) => m.branchId === x.id && !member.unavailable.includes(m.day))).toBe(false);
        }
      }
    }), { numRuns: 200 });
  });

  it('does not put every visit in one week when a visit could move to another week (rule 4)', () => {
    fc.assert(fc.property(arbInput(SMALL), (facts) => {
      const plan = planRotation(facts);
      const weeks = new Set(plan.visits.map((v) => weekOf(v.day)));
      if (plan.visits.length < 2 || weeks.size > 1) return;
      const taken = new Set(plan.visits.map((v) => `${v.branchId}|${v.day}|${v.meetingId}`));
      for (const v of plan.visits.filter((x) => !isFixed(facts, x))) {
        const member = facts.members.find((m) => m.id === v.memberId)!;
        const elsewhere = facts.meetings.filter((m) => m.branchId === v.branchId && weekOf(m.day) !== weekOf(v.day)
          && !taken.has(`${m.branchId}|${m.day}|${m.id}`) && !member.unavailable.includes(m.day));
        expect(elsewhere).toEqual([]);
      }
    }), { numRuns: 200 });
  });

  it('gives the same plan whatever the order of the input arrays (rule 5)', () => {
    fc.assert(fc.property(arbInput(SMALL), fc.integer(), (facts, seed) => {
      const reordered: RotationPlanInput = {
        ...facts,
        members: shuffled(facts.members, seed).map((m) => ({ ...m, unavailable: shuffled(m.unavailable, seed + 1) })),
        branches: shuffled(facts.branches, seed + 2),
        meetings: shuffled(facts.meetings, seed + 3),
        pastVisits: shuffled(facts.pastVisits, seed + 4),
        fixed: shuffled(facts.fixed ?? [], seed + 5),
      };
      expect(planRotation(reordered)).toEqual(planRotation(facts));
    }), { numRuns: 200 });
  });
});
