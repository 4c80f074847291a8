import { print } from 'graphql';
import { HttpError } from 'ra-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attendanceVariables, initialLines, lineErrors, tally } from './attendance';
import { buildQuery } from './buildQuery';
import { translateError } from './errors';
import { createDataProvider } from './index';

const squash = (value: string) => value.replace(/\s+/g, ' ');
const list = (filter: object, sort: { field: string; order: 'ASC' | 'DESC' } = { field: 'id', order: 'ASC' }) => ({
  pagination: { page: 1, perPage: 25 },
  sort,
  filter,
});

afterEach(() => vi.useRealTimers());

describe('meetings', () => {
  it('lists the meetings of a branch with its party groups, by month, kind and findings, latest day first', () => {
    const { variables, query } = buildQuery(
      'GET_LIST',
      'meetings',
      list({ organizationId: '25', month: '2026-11', kind: 'REGULAR', withFindings: true, q: 'x' }, { field: 'day', order: 'DESC' }),
    );
    expect(variables.filter).toEqual({ organizationId: '25', descendants: true, month: '2026-11', kind: ['REGULAR'], withFindings: true });
    expect(variables.sort).toEqual([{ field: 'DAY', direction: 'DESC' }]);
    expect(squash(print(query))).toContain('meetings(filter: $filter, sort: $sort, offset: $offset, limit: $limit)');
  });

  it('keeps a branch alone when asked, and lists the whole scope without an organization', () => {
    expect(buildQuery('GET_LIST', 'meetings', list({ organizationId: '25', descendants: false })).variables.filter).toEqual({
      organizationId: '25',
      descendants: false,
    });
    expect(buildQuery('GET_LIST', 'meetings', list({ withFindings: false })).variables.filter).toEqual({ withFindings: false });
  });

  it('reads the roster, findings with their documents and resolutions with tasks on the page', () => {
    const text = squash(print(buildQuery('GET_ONE', 'meetings', { id: '7' }).query));
    expect(text).toContain('meeting(id: $id)');
    expect(text).toMatch(/roster \{ memberId partyGroupId exclusion status reason member \{ id fullName \} \}/);
    // Each finding with its figures, which the page words itself, and the rule sets' limits those words name.
    expect(text).toContain('findings { code documentNumber documentDate detail threshold actual unit decisionReference }');
    expect(text).toMatch(/judgedBy \{ [^}]*minAttendanceStrict[^}]*maxConsecutiveExcused procedure \}/);
    expect(text).toMatch(/resolutions \{ .*tasks \{ .*deadline status/);
  });

  it('records a held meeting with its times, steps and guests, leaving empty fields out', () => {
    const { variables } = buildQuery('CREATE', 'meetings', {
      data: {
        organizationId: '25',
        kind: 'REGULAR',
        heldOn: '2026-11-25',
        plannedOn: null,
        startTime: '19:30',
        endTime: '21:00',
        place: 'Nhà văn hóa tổ dân phố số 5',
        online: false,
        onlineReason: '',
        stepsDone: ['ATTENDANCE_REPORTED', 'AGENDA_ADOPTED'],
        forms: [],
        guests: [
          { name: '  Trần Văn Bình ', role: 'COMMITTEE_MEMBER', memberId: '' },
          { id: '3', name: 'Lê Thị Hoa', role: 'OTHER', memberId: '88' },
        ],
        roster: [{ memberId: '1' }],
      },
    });
    expect(variables.input).toEqual({
      organizationId: '25',
      kind: 'REGULAR',
      heldOn: '2026-11-25',
      startTime: '19:30',
      endTime: '21:00',
      place: 'Nhà văn hóa tổ dân phố số 5',
      online: false,
      stepsDone: ['ATTENDANCE_REPORTED', 'AGENDA_ADOPTED'],
      forms: [],
      guests: [
        { memberId: null, name: 'Trần Văn Bình', role: 'COMMITTEE_MEMBER' },
        // A member on file is sent by id: the API writes the name from the member file.
        { memberId: '88', name: null, role: 'OTHER' },
      ],
    });
  });

  it('sends only what changed: guests read with ids compare equal to the same guests, steps are a set', () => {
    const previousData = {
      id: '7',
      version: 4,
      place: 'Nhà văn hóa',
      stepsDone: ['AGENDA_ADOPTED', 'ATTENDANCE_REPORTED'],
      guests: [{ id: '3', name: 'Trần Văn Bình', role: 'COMMITTEE_MEMBER', memberId: null }],
      votesFor: null,
    };
    const unchanged = buildQuery('UPDATE', 'meetings', {
      id: '7',
      data: { ...previousData, stepsDone: ['ATTENDANCE_REPORTED', 'AGENDA_ADOPTED'], guests: [{ ...previousData.guests[0] }] },
      previousData,
    });
    expect(unchanged.variables).toEqual({ id: '7', input: { version: 4 } });

    const changed = buildQuery('UPDATE', 'meetings', {
      id: '7',
      data: { ...previousData, guests: [...previousData.guests, { name: 'Phạm Văn Cường', role: 'OBSERVING_SECRETARY' }], votesFor: 45 },
      previousData,
    });
    expect(changed.variables.input).toEqual({
      guests: [
        { memberId: null, name: 'Trần Văn Bình', role: 'COMMITTEE_MEMBER' },
        { memberId: null, name: 'Phạm Văn Cường', role: 'OBSERVING_SECRETARY' },
      ],
      votesFor: 45,
      version: 4,
    });

    // A renamed guest is a change, though the list keeps its length.
    const renamed = buildQuery('UPDATE', 'meetings', {
      id: '7',
      data: { ...previousData, guests: [{ ...previousData.guests[0], name: 'Trần Văn Bính' }] },
      previousData,
    });
    expect(renamed.variables.input).toEqual({ guests: [{ memberId: null, name: 'Trần Văn Bính', role: 'COMMITTEE_MEMBER' }], version: 4 });
  });

  it('reads the ward committee on the meeting day and searches members for the guest picker', () => {
    const committee = buildQuery('GET_LIST', 'positions', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'role', order: 'ASC' },
      filter: {
        organizationId: '2',
        activeOn: '2026-11-25',
        role: ['WARD_SECRETARY', 'WARD_DEPUTY_SECRETARY', 'WARD_STANDING_COMMITTEE_MEMBER', 'WARD_COMMITTEE_MEMBER'],
      },
    });
    expect(committee.variables.filter).toEqual({
      organizationId: '2',
      activeOn: '2026-11-25',
      role: ['WARD_SECRETARY', 'WARD_DEPUTY_SECRETARY', 'WARD_STANDING_COMMITTEE_MEMBER', 'WARD_COMMITTEE_MEMBER'],
    });
    expect(committee.variables).toMatchObject({ offset: 0, limit: 100 });
    const search = buildQuery('GET_LIST', 'members', { pagination: { page: 1, perPage: 20 }, sort: { field: 'name', order: 'ASC' }, filter: { q: ' Giang ' } });
    expect(search.variables.filter).toEqual({ search: 'Giang' });
    expect(squash(print(search.query))).toContain('branch { id name }');
  });

  it('reads a guest with the member and branch, the name kept for a member out of reach', () => {
    const text = squash(print(buildQuery('GET_ONE', 'meetings', { id: '7' }).query));
    expect(text).toContain('guests { id name role memberId member { id fullName branch { id name } } }');
    // Read back, the member (null for a secretary beyond their branch) is not sent: the id is, or the name.
    const { variables } = buildQuery('UPDATE', 'meetings', {
      id: '7',
      data: {
        id: '7',
        version: 2,
        guests: [
          { id: '3', name: 'Nguyễn Ngọc Giang', role: 'COMMITTEE_MEMBER', memberId: '2155', member: null },
          { name: 'Hoàng Văn Thụ', role: 'OTHER', memberId: null },
        ],
      },
      previousData: { id: '7', version: 2, guests: [{ id: '3', name: 'Nguyễn Ngọc Giang', role: 'COMMITTEE_MEMBER', memberId: '2155', member: null }] },
    });
    expect(variables.input).toEqual({
      guests: [
        { memberId: '2155', name: null, role: 'COMMITTEE_MEMBER' },
        { memberId: null, name: 'Hoàng Văn Thụ', role: 'OTHER' },
      ],
      version: 2,
    });
  });

  it('puts a refused guest name under its row of the form', () => {
    const error = translateError(
      new HttpError('x', 200, {
        graphQLErrors: [{ message: 'guests.1.name: Cần tên khách mời.', extensions: { code: 'BAD_USER_INPUT', field: 'guests.1.name' } }],
      }),
      'meetings',
    ) as HttpError;
    expect(error.body).toEqual({ errors: { 'guests.1.name': 'Cần tên khách mời.' } });
  });
});

describe('resolutions and their tasks', () => {
  it('creates a resolution with its tasks in one call, each task with one owner', () => {
    const built = buildQuery('CREATE', 'resolutions', {
      data: {
        meetingId: '7',
        kind: 'RESOLUTION',
        title: 'Nghị quyết tháng 11/2026',
        content: 'Chi bộ thống nhất…',
        requirements: '',
        tasks: [
          { description: ' Vận động đóng đảng phí ', ownerKind: 'MEMBER', ownerMemberId: '101', ownerOrganizationId: '31', deadline: '2026-12-15' },
          { description: 'Tổng vệ sinh ngõ phố', ownerKind: 'ORGANIZATION', ownerMemberId: '101', ownerOrganizationId: '31', deadline: '2026-12-31' },
        ],
      },
    });
    expect(squash(print(built.query))).toContain('createResolution(input: $input)');
    expect(built.variables.input).toEqual({
      meetingId: '7',
      kind: 'RESOLUTION',
      title: 'Nghị quyết tháng 11/2026',
      content: 'Chi bộ thống nhất…',
      tasks: [
        { description: 'Vận động đóng đảng phí', deadline: '2026-12-15', ownerMemberId: '101', ownerOrganizationId: null },
        { description: 'Tổng vệ sinh ngõ phố', deadline: '2026-12-31', ownerMemberId: null, ownerOrganizationId: '31' },
      ],
    });
  });

  it('puts a refused task field under that task', () => {
    const error = translateError(
      new HttpError('x', 200, {
        graphQLErrors: [
          { message: 'tasks.1.deadline: Hạn hoàn thành không thể trước ngày họp.', extensions: { code: 'BAD_USER_INPUT', field: 'tasks.1.deadline' } },
        ],
      }),
      'resolutions',
    ) as HttpError;
    expect(error.body).toEqual({ errors: { 'tasks.1.deadline': 'Hạn hoàn thành không thể trước ngày họp.' } });
  });

  it('shows overdue tasks as of today in Vietnam, by deadline', () => {
    vi.useFakeTimers();
    // 18:00 UTC on 30 November is already 1 December in Hanoi.
    vi.setSystemTime(new Date('2026-11-30T18:00:00Z'));
    const { variables } = buildQuery(
      'GET_LIST',
      'resolutionTasks',
      list({ overdue: true, status: 'OPEN', organizationId: '10' }, { field: 'deadline', order: 'ASC' }),
    );
    expect(variables.filter).toEqual({ status: ['OPEN'], organizationId: '10', descendants: true, overdueOn: '2026-12-01' });
    expect(variables.sort).toEqual([{ field: 'DEADLINE', direction: 'ASC' }]);
  });

  it('marks a task done with the version it was read at', () => {
    const previousData = { id: '5', version: 2, status: 'OPEN', description: 'Vận động', deadline: '2026-12-15', isOverdue: false };
    const { variables } = buildQuery('UPDATE', 'resolutionTasks', { id: '5', data: { ...previousData, status: 'DONE' }, previousData });
    expect(variables).toEqual({ id: '5', input: { status: 'DONE', version: 2 } });
  });
});

describe('plans, member tasks and rule sets', () => {
  it('reads the year as a number', () => {
    const { variables } = buildQuery('GET_LIST', 'thematicPlanItems', list({ year: '2026', organizationId: '25' }));
    expect(variables.filter).toEqual({ year: 2026, organizationId: '25', descendants: true });
    expect(buildQuery('GET_LIST', 'memberTasks', list({ year: '' })).variables.filter).toEqual({});
  });

  it('asks for members without a task with the required filter, this year by default', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-31T18:00:00Z'));
    const built = buildQuery('GET_LIST', 'membersWithoutTask', list({ organizationId: '10' }));
    expect(squash(print(built.query))).toContain('$filter: MembersWithoutTaskFilter!');
    expect(built.variables.filter).toEqual({ organizationId: '10', year: 2027 });
  });

  it('lists rule sets without a filter and reads several one by one', () => {
    const listed = buildQuery('GET_LIST', 'meetingRuleSets', list({ q: 'x' }));
    expect(squash(print(listed.query))).toContain('meetingRuleSets(offset: $offset, limit: $limit)');
    expect(listed.variables).not.toHaveProperty('filter');
    const many = buildQuery('GET_MANY', 'meetingRuleSets', { ids: ['1', '2'] });
    expect(many.variables).toEqual({ id0: '1', id1: '2' });
  });

  it('sends a rule set change and its version, the procedure as a set', () => {
    const previousData = { id: '3', version: 1, regularByDay: 7, procedure: ['AGENDA_ADOPTED', 'MINUTES_ADOPTED'], minAttendanceShare: 0.9 };
    const { variables } = buildQuery('UPDATE', 'meetingRuleSets', {
      id: '3',
      data: { ...previousData, procedure: ['MINUTES_ADOPTED', 'AGENDA_ADOPTED'], minAttendanceShare: 0.95 },
      previousData,
    });
    expect(variables.input).toEqual({ minAttendanceShare: 0.95, version: 1 });
  });
});

describe('the home page alerts', () => {
  it('reads the alerts of an organization on a day and knows them by the organization', () => {
    const built = buildQuery('GET_ONE', 'meetingAlerts', { id: '10', meta: { asOf: '2026-11-25' } });
    expect(squash(print(built.query))).toContain('data: meetingAlerts(organizationId: $organizationId, asOf: $asOf)');
    expect(built.variables).toEqual({ organizationId: '10', asOf: '2026-11-25' });
    const parsed = built.parseResponse({ data: { data: { __typename: 'MeetingAlerts', month: '2026-11', overdueTaskCount: 3 } } });
    expect(parsed).toEqual({ data: { id: '10', month: '2026-11', overdueTaskCount: 3 } });
  });

  it('is never asked for by ids', () => {
    expect(() => buildQuery('GET_MANY', 'meetingAlerts', { ids: ['10'] })).toThrow(/MeetingAlerts/);
  });

  it('reads the quarter, whether its thematic meeting is due, and the branches without it', () => {
    const text = squash(print(buildQuery('GET_ONE', 'meetingAlerts', { id: '10' }).query));
    expect(text).toContain('quarter thematicDue branchesWithoutThematicMeeting { id name kind parentId }');
  });

  it('reads a quarter’s findings under an organization as one record holding them, cached per quarter', () => {
    const built = buildQuery('GET_ONE', 'branchFindings', { id: '10', meta: { quarter: '2026-Q3', asOf: '2026-11-28' } });
    const text = squash(print(built.query));
    expect(text).toMatch(/data: branchFindings\( ?organizationId: \$organizationId,? quarter: \$quarter,? asOf: \$asOf ?\)/);
    expect(text).toContain('finding { code documentNumber documentDate detail threshold actual unit decisionReference }');
    expect(built.variables).toEqual({ organizationId: '10', quarter: '2026-Q3', asOf: '2026-11-28' });
    const finding = { __typename: 'MeetingFinding', code: 'THEMATIC_MISSING', documentNumber: '11-ĐA/TU', threshold: 1, actual: 0, unit: 'COUNT' };
    const parsed = built.parseResponse({ data: { data: [{ __typename: 'BranchFinding', branchId: '25', branch: null, finding }] } });
    expect(parsed).toEqual({
      data: { id: '10', items: [{ branchId: '25', branch: null, finding: { code: 'THEMATIC_MISSING', documentNumber: '11-ĐA/TU', threshold: 1, actual: 0, unit: 'COUNT' } }] },
    });
    expect(built.parseResponse({ data: { data: [] } })).toEqual({ data: { id: '10', items: [] } });
  });
});

describe('committees’ length decisions', () => {
  it('lists the decisions that can apply to an organization on a day', () => {
    const built = buildQuery('GET_LIST', 'meetingLengthDecisions', list({ organizationId: '85', activeOn: '2026-11-28', q: 'x' }));
    expect(built.variables.filter).toEqual({ organizationId: '85', activeOn: '2026-11-28' });
    expect(squash(print(built.query))).toContain('meetingLengthDecisions(filter: $filter, offset: $offset, limit: $limit)');
  });

  it('records a decision for a branch, every kind of branch when none is chosen', () => {
    const built = buildQuery('CREATE', 'meetingLengthDecisions', {
      data: { organizationId: '85', branchKind: '', minutes: 60, decisionReference: '05-QĐ/ĐU ngày 05/01/2026', validFrom: '2026-01-05', validTo: null },
    });
    expect(squash(print(built.query))).toContain('createMeetingLengthDecision(input: $input)');
    expect(built.variables.input).toEqual({ organizationId: '85', minutes: 60, decisionReference: '05-QĐ/ĐU ngày 05/01/2026', validFrom: '2026-01-05' });
  });

  it('corrects the minutes and widens a decision to every kind, never moving it to another organization', () => {
    const previousData = { id: '3', version: 1, organizationId: '85', branchKind: 'NON_STATE_ENTERPRISE', minutes: 60, validFrom: '2026-01-05' };
    const { variables } = buildQuery('UPDATE', 'meetingLengthDecisions', {
      id: '3',
      data: { ...previousData, organizationId: '2', branchKind: '', minutes: 45 },
      previousData,
    });
    expect(variables.input).toEqual({ branchKind: null, minutes: 45, version: 1 });
  });
});

describe('the attendance sheet', () => {
  it('opens as recorded, every line not yet recorded present', () => {
    expect(
      initialLines([
        { memberId: '101', partyGroupId: null, exclusion: null, status: null, reason: null, member: { id: '101', fullName: 'A' } },
        { memberId: '102', partyGroupId: '31', exclusion: 'EXEMPT', status: 'EXCUSED', reason: 'Miễn', member: null },
        { memberId: '103', partyGroupId: null, exclusion: null, status: 'UNEXCUSED', reason: null, member: null },
      ]),
    ).toEqual([
      { memberId: '101', status: 'PRESENT', reason: '' },
      { memberId: '102', status: 'EXCUSED', reason: 'Miễn' },
      { memberId: '103', status: 'UNEXCUSED', reason: '' },
    ]);
  });

  it('sends every line in roll order; a reason only for absences, trimmed', () => {
    const variables = attendanceVariables({
      meetingId: 7 as unknown as string,
      version: 3,
      lines: [
        { memberId: '101', status: 'PRESENT', reason: 'typed, then present again' },
        { memberId: '102', status: 'EXCUSED', reason: '  Ốm, nằm viện ' },
        { memberId: '103', status: 'UNEXCUSED', reason: '   ' },
        { memberId: '104', status: 'PRESENT' },
      ],
    });
    expect(variables).toEqual({
      meetingId: '7',
      version: 3,
      entries: [
        { memberId: '101', status: 'PRESENT', reason: null },
        { memberId: '102', status: 'EXCUSED', reason: 'Ốm, nằm viện' },
        { memberId: '103', status: 'UNEXCUSED', reason: null },
        { memberId: '104', status: 'PRESENT', reason: null },
      ],
    });
    expect(attendanceVariables({ meetingId: '7', lines: [] })).toEqual({ meetingId: '7', entries: [] });
  });

  it('finds the line of each refusal', () => {
    expect(lineErrors({ 'entries.3.reason': 'Vắng có lý do cần ghi lý do.', 'entries.3.memberId': 'Ghi hai lần.', root: { serverError: 'x' } })).toEqual({
      3: 'Vắng có lý do cần ghi lý do. Ghi hai lần.',
    });
    expect(lineErrors(undefined)).toEqual({});
  });

  it('counts present among the expected, leaving out exempt and special-duty members', () => {
    expect(
      tally([
        { status: 'PRESENT', excluded: false },
        { status: 'PRESENT', excluded: false },
        { status: 'EXCUSED', excluded: false },
        { status: 'UNEXCUSED', excluded: false },
        { status: 'PRESENT', excluded: true },
      ]),
    ).toEqual({ expected: 4, present: 2, excused: 1, unexcused: 1, excluded: 1, rate: 0.5 });
    expect(tally([{ status: 'PRESENT', excluded: true }]).rate).toBeNull();
  });

  it('saves the whole sheet in one request and puts a refused line under its index', async () => {
    const sent: Array<{ operationName: string; variables: Record<string, unknown> }> = [];
    const answers = [
      {
        data: null,
        errors: [
          {
            message: 'entries.1.reason: Vắng có lý do cần ghi lý do.',
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'entries.1.reason',
              violations: [{ field: 'entries.1.reason', message: 'Vắng có lý do cần ghi lý do.' }],
            },
          },
        ],
      },
      { data: { data: { __typename: 'Meeting', id: '7', version: 4, presentCount: 1, expectedCount: 2 } } },
    ];
    const provider = createDataProvider({
      uri: 'http://api.test/graphql',
      fetch: async (_input, init) => {
        sent.push(JSON.parse(String(init?.body)));
        return new Response(JSON.stringify(answers.shift()), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const lines = [
      { memberId: '101', status: 'PRESENT' as const },
      { memberId: '102', status: 'EXCUSED' as const, reason: '' },
    ];
    const refused = provider.recordAttendance({ meetingId: '7', version: 3, lines });
    await expect(refused).rejects.toBeInstanceOf(HttpError);
    await expect(refused).rejects.toMatchObject({ status: 400, body: { errors: { 'entries.1.reason': 'Vắng có lý do cần ghi lý do.' } } });

    const saved = await provider.recordAttendance({ meetingId: '7', version: 3, lines: [lines[0], { ...lines[1], reason: 'Ốm' }] });
    expect(sent).toHaveLength(2);
    expect(sent[1].operationName).toBe('RecordAttendance');
    expect(sent[1].variables).toEqual({
      meetingId: '7',
      version: 3,
      entries: [
        { memberId: '101', status: 'PRESENT', reason: null },
        { memberId: '102', status: 'EXCUSED', reason: 'Ốm' },
      ],
    });
    expect(saved.data).toEqual({ id: '7', version: 4, presentCount: 1, expectedCount: 2 });
  });
});
