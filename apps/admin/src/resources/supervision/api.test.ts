import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildQuery } from '../../dataProvider/buildQuery';

const squash = (value: string) => value.replace(/\s+/g, ' ');
const text = (built: { query: Parameters<typeof print>[0] }) => squash(print(built.query));
const list = (filter: object) => ({ pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' as const }, filter });

describe('supervisor assignments', () => {
  it('lists a quarter’s rotation visits under a committee with their member, branch and planned meeting', () => {
    const built = buildQuery('GET_LIST', 'supervisorAssignments', list({ organizationId: '1', quarter: '2026-Q4', kind: 'ROTATION', q: 'x' }));
    expect(built.variables.filter).toEqual({ organizationId: '1', quarter: '2026-Q4', kind: ['ROTATION'] });
    const query = text(built);
    expect(query).toContain('supervisorAssignments(filter: $filter, offset: $offset, limit: $limit)');
    expect(query).toContain('member { id fullName } branch { id name kind parentId } plannedMeeting { id kind plannedOn heldOn }');
  });

  it('creates a rotation visit with its quarter and meeting, leaving empty fields out', () => {
    const { variables, query } = buildQuery('CREATE', 'supervisorAssignments', {
      data: { kind: 'ROTATION', quarter: '2026-Q4', memberId: '7', branchId: '25', plannedMeetingId: '', note: '', member: { id: '7' } },
    });
    expect(squash(print(query))).toContain('createSupervisorAssignment(input: $input)');
    expect(variables.input).toEqual({ kind: 'ROTATION', quarter: '2026-Q4', memberId: '7', branchId: '25' });
  });

  it('moves a visit to another meeting with the version seen, never its member or branch', () => {
    const previousData = { id: '3', version: 2, kind: 'ROTATION', memberId: '7', branchId: '25', plannedMeetingId: '90', note: null };
    const { variables } = buildQuery('UPDATE', 'supervisorAssignments', {
      id: '3',
      data: { ...previousData, plannedMeetingId: '91', memberId: '8', branchId: '26' },
      previousData,
    });
    expect(variables).toEqual({ id: '3', input: { plannedMeetingId: '91', version: 2 } });
    // Emptied, the meeting is sent as null: the visit is then for some day of the quarter.
    expect(buildQuery('UPDATE', 'supervisorAssignments', { id: '3', data: { ...previousData, plannedMeetingId: '' }, previousData }).variables.input).toEqual({
      plannedMeetingId: null,
      version: 2,
    });
  });

  it('removes an assignment by id', () => {
    const built = buildQuery('DELETE', 'supervisorAssignments', { id: '3' });
    expect(text(built)).toContain('deleteSupervisorAssignment(id: $id)');
    expect(built.variables).toEqual({ id: '3' });
  });
});

describe('a quarter’s compliance and the planner’s proposal', () => {
  it('reads the compliance of a committee for a quarter as one record, today unless a day is given', () => {
    const built = buildQuery('GET_ONE', 'supervisionCompliance', { id: '1', meta: { quarter: '2026-Q4' } });
    expect(built.variables).toEqual({ organizationId: '1', quarter: '2026-Q4', asOf: null });
    const query = text(built);
    expect(query).toMatch(/supervisionCompliance\( ?organizationId: \$organizationId,? quarter: \$quarter,? asOf: \$asOf ?\)/);
    expect(query).toContain('standing { numerator denominator rate } inCharge { numerator denominator rate }');
    expect(query).toMatch(/standingMembers \{ memberId member \{ id fullName \} visits branchIds attended rotationRespected repeatedBranchIds \}/);
    expect(query).toMatch(/missedPlannedVisits \{ .*plannedMeeting \{ id kind plannedOn heldOn \}/);
    expect(query).toContain('branchesWithoutVisitThisYear { id name kind parentId }');
    expect(buildQuery('GET_ONE', 'supervisionCompliance', { id: '1', meta: { quarter: '2026-Q3', asOf: '2026-09-30' } }).variables.asOf).toBe('2026-09-30');
  });

  it('asks the planner for a quarter with the visits’ reasons and the members left unplaced', () => {
    const built = buildQuery('GET_ONE', 'rotationProposal', { id: '1', meta: { quarter: '2027-Q1' } });
    expect(built.variables).toEqual({ organizationId: '1', quarter: '2027-Q1' });
    const query = text(built);
    expect(query).toContain('rotationProposal(organizationId: $organizationId, quarter: $quarter)');
    expect(query).toMatch(/visits \{ memberId .* day meetingId reasons reasonCodes \}/);
    expect(query).toContain('unplaced { memberId member { id fullName } reason code }');
    expect(query).toContain('complete explanation constraints');
  });

  it('keeps a record read for a committee known by the committee', () => {
    const built = buildQuery('GET_ONE', 'rotationProposal', { id: '1', meta: { quarter: '2027-Q1' } });
    const parsed = built.parseResponse({ data: { data: { quarter: '2027-Q1', complete: true, visits: [], unplaced: [] } } }) as { data: { id: string } };
    expect(parsed.data.id).toBe('1');
  });
});

describe('pilots', () => {
  it('lists a year’s pilots by kind, the year as a number', () => {
    const built = buildQuery('GET_LIST', 'pilots', list({ year: '2026', kind: 'THEMATIC_MEETING', organizationId: '1' }));
    expect(built.variables.filter).toEqual({ organizationId: '1', year: 2026, kind: ['THEMATIC_MEETING'] });
    expect(text(built)).toContain('pilots(filter: $filter, offset: $offset, limit: $limit) { total items { id version year kind note branchId guideIds branch { id name kind parentId } guides { id fullName } } }');
  });

  it('chooses a pilot with its guides, and changes only the guides and the note', () => {
    const created = buildQuery('CREATE', 'pilots', { data: { year: '2026', branchId: '25', kind: 'REGULAR_MEETING', guideMemberIds: ['7', '8'], note: '' } });
    expect(created.variables.input).toEqual({ year: 2026, branchId: '25', kind: 'REGULAR_MEETING', guideMemberIds: ['7', '8'] });
    const previousData = { id: '4', version: 1, year: 2026, kind: 'REGULAR_MEETING', branchId: '25', guideMemberIds: ['7', '8'], note: null };
    const unchanged = buildQuery('UPDATE', 'pilots', { id: '4', data: { ...previousData, guideMemberIds: ['8', '7'] }, previousData });
    expect(unchanged.variables.input).toEqual({ version: 1 });
    const changed = buildQuery('UPDATE', 'pilots', { id: '4', data: { ...previousData, guideMemberIds: ['9'], year: 2027 }, previousData });
    expect(changed.variables.input).toEqual({ guideMemberIds: ['9'], version: 1 });
  });

  it('reads the guides back as the ids the form binds', () => {
    const built = buildQuery('GET_ONE', 'pilots', { id: '4' });
    const parsed = built.parseResponse({ data: { data: { id: '4', guideIds: ['7'], guides: [{ id: '7', fullName: 'A' }] } } }) as { data: Record<string, unknown> };
    expect(parsed.data.guideMemberIds).toEqual(['7']);
  });

  it('reads a year’s shares by kind under a committee as one record holding them', () => {
    const built = buildQuery('GET_ONE', 'pilotRatios', { id: '1', meta: { year: '2026' } });
    expect(built.variables).toEqual({ organizationId: '1', year: 2026 });
    expect(text(built)).toContain('pilotRatios(organizationId: $organizationId, year: $year) { kind chosen branches rate min max warning documentNumber }');
    const ratio = { kind: 'REGULAR_MEETING', chosen: 2, branches: 70 };
    expect(built.parseResponse({ data: { data: [ratio] } })).toEqual({ data: { id: '1', items: [ratio] } });
  });
});
