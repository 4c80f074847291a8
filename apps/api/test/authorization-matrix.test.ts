import { Role } from '@chibo/domain';
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../src/schema';
import { openTestDb, type TestDb, viewerFor } from './harness';

/**
 * The authorization matrix. Every field of the schema has a row; the meta-test below fails when a field is added
 * without one. Root fields say who may call them; object fields say when their value is shown.
 *   public     anyone, signed in or not        signedIn  any signed-in user (rows still scoped)
 *   audit      roles that read the audit log   write     roles that edit the structure, inside their subtree
 *   record     roles that record meetings (party office, branch secretaries), inside their subtree
 *   self       the signed-in user's own account
 *   row        shown whenever the row is visible (rows outside the user's subtree are not returned at all)
 *   personal   shown only to roles that read personal data, null for the others
 */
type Access = 'public' | 'signedIn' | 'audit' | 'write' | 'record' | 'self' | 'row' | 'personal';
const rows = (fields: string, access: Access = 'row') => Object.fromEntries(fields.split(' ').map((f) => [f, access]));
const MATRIX: Record<string, Record<string, Access>> = {
  Query: {
    ...rows('me', 'public'), ...rows('auditEntries auditEntry', 'audit'),
    ...rows('exemption exemptions member members membership memberships organization organizations position positions specialDuties specialDuty ward wards', 'signedIn'),
    ...rows('meeting meetings meetingAlerts meetingRuleSet meetingRuleSets memberTask memberTasks membersWithoutTask resolution resolutions resolutionTask resolutionTasks resolutionReview resolutionReviews thematicPlanItem thematicPlanItems', 'signedIn'),
  },
  Mutation: {
    ...rows('login logout', 'public'), ...rows('changePassword', 'self'),
    ...rows('createExemption createMember createMembership createOrganization createPosition createSpecialDuty createWard deleteExemption deleteMember deleteMembership deleteOrganization deletePosition deleteSpecialDuty deleteWard transferMember updateExemption updateMember updateMembership updateOrganization updatePosition updateSpecialDuty updateWard createMeetingRuleSet updateMeetingRuleSet', 'write'),
    ...rows('createMeeting updateMeeting deleteMeeting recordAttendance createResolution updateResolution deleteResolution createResolutionTask updateResolutionTask deleteResolutionTask createResolutionReview updateResolutionReview deleteResolutionReview createThematicPlanItem updateThematicPlanItem deleteThematicPlanItem createMemberTask updateMemberTask deleteMemberTask assignMemberTasks', 'record'),
  },
  AuditEntry: rows('action after at before entity entityId hash id ip previousHash userId username'),
  Capabilities: rows('editStructure readAudit readPersonalData recordMeetings'),
  Meeting: rows('agenda attendance attendanceRate attendanceRecorded branch branchId chair chairId createdAt documentsSentOn endTime excusedCount expectedCount findingCount findings forms guests heldOn id judgedBy kind lengthMinutes minuteTaker minuteTakerId minutes month online onlineReason organization organizationId place plannedOn presentCount resolutions roster startTime stepsDone thematicPlanItem thematicPlanItemId thematicTopic unexcusedCount updatedAt version votesAbstain votesAgainst votesFor'),
  MeetingFinding: rows('code detail documentDate documentNumber'),
  MeetingGuest: rows('createdAt id member memberId name role updatedAt version'),
  Attendance: { ...rows('createdAt exclusion id member memberId status updatedAt version'), ...rows('reason', 'personal') },
  RosterEntry: { ...rows('exclusion member memberId partyGroupId status'), ...rows('reason', 'personal') },
  Resolution: rows('branch branchId content createdAt id kind measures meeting meetingId requirements reviews tasks title updatedAt version'),
  ResolutionTask: rows('branch branchId completedOn createdAt deadline description id isOverdue ownerMember ownerMemberId ownerOrganization ownerOrganizationId resolution resolutionId status updatedAt version'),
  ResolutionReview: rows('createdAt id kind member memberId note resolution resolutionId reviewMeetingId reviewedOn updatedAt version'),
  ThematicPlanItem: rows('branch branchId createdAt id quarter reportedOn title topicArea updatedAt version year'),
  MemberTask: rows('assignedOn branch branchId createdAt description id member memberId updatedAt version year'),
  MeetingRuleSet: rows('createdAt documentDate documentNumber documentsDaysAhead everyWorkingMemberTasked id maxConsecutiveExcused minAttendanceShare minAttendanceStrict minMinutesCombined minMinutesRegular noUnexcusedAbsence procedure regularByDay rotationQuarters thematicPerQuarter title updatedAt validFrom validTo version'),
  MeetingAlerts: rows('asOf branchesWithoutRegularMeeting excusedRuns membersWithoutTaskCount month overdueTaskCount overdueTasks regularDueDay regularOverdue unexcusedMonths'),
  MemberAttendanceAlert: rows('count documentNumber limit member memberId'),
  Exemption: { ...rows('createdAt decisionRef from id member memberId to updatedAt version'), ...rows('reason', 'personal') },
  Member: {
    ...rows('admittedOn branch cardNumber createdAt currentMembership exemptions fullName gender id isExempt isOnSpecialDuty memberships note occupation officialOn partyGroup positions specialDuties status updatedAt version workStatus'),
    ...rows('address birthDate email identityNumber phone', 'personal'),
  },
  Membership: rows('branch branchId createdAt from id member memberId note partyGroup partyGroupId to updatedAt version'),
  Organization: rows('address ancestors branchKind children code createdAt depth dissolvedOn existsOn foundedOn id kind memberCount memberships name note officialMemberCount parent parentId positions predecessors secretary successors updatedAt version ward wardId'),
  Position: rows('createdAt from id isActive member memberId note organization organizationId role to updatedAt version'),
  SpecialDuty: rows('createdAt from id member memberId note to updatedAt version'),
  Viewer: rows('can displayName id organization organizationId role username'),
  Ward: rows('code committee createdAt dissolvedOn foundedOn id mergedFrom mergedInto name updatedAt version'),
};
const PAGE = rows('items limit offset total');

/** A syntactically valid call of every structure mutation (the values need not make sense: the role is refused first). */
const WRITE_DOCS: Record<string, string> = {
  createWard: 'createWard(input: { code: "X", name: "X", foundedOn: "2025-01-01" }) { id }',
  updateWard: 'updateWard(id: "1", input: { name: "X" }) { id }',
  deleteWard: 'deleteWard(id: "1") { id }',
  createOrganization: 'createOrganization(input: { wardId: "1", kind: BRANCH, code: "X", name: "X", foundedOn: "2025-01-01" }) { id }',
  updateOrganization: 'updateOrganization(id: "1", input: { name: "X" }) { id }',
  deleteOrganization: 'deleteOrganization(id: "1") { id }',
  createMember: 'createMember(input: { fullName: "X", status: OFFICIAL, admittedOn: "2000-01-01" }) { id }',
  updateMember: 'updateMember(id: "1", input: { note: "X" }) { id }',
  deleteMember: 'deleteMember(id: "1") { id }',
  transferMember: 'transferMember(input: { memberId: "1", branchId: "2", on: "2026-01-01" }) { id }',
  createMembership: 'createMembership(input: { memberId: "1", branchId: "2", from: "2026-01-01" }) { id }',
  updateMembership: 'updateMembership(id: "1", input: { note: "X" }) { id }',
  deleteMembership: 'deleteMembership(id: "1") { id }',
  createPosition: 'createPosition(input: { memberId: "1", organizationId: "2", role: BRANCH_SECRETARY, from: "2026-01-01" }) { id }',
  updatePosition: 'updatePosition(id: "1", input: { note: "X" }) { id }',
  deletePosition: 'deletePosition(id: "1") { id }',
  createExemption: 'createExemption(input: { memberId: "1", from: "2026-01-01" }) { id }',
  updateExemption: 'updateExemption(id: "1", input: { reason: "X" }) { id }',
  deleteExemption: 'deleteExemption(id: "1") { id }',
  createSpecialDuty: 'createSpecialDuty(input: { memberId: "1", from: "2026-01-01" }) { id }',
  updateSpecialDuty: 'updateSpecialDuty(id: "1", input: { note: "X" }) { id }',
  deleteSpecialDuty: 'deleteSpecialDuty(id: "1") { id }',
  createMeetingRuleSet: 'createMeetingRuleSet(input: { documentNumber: "X", documentDate: "2026-01-01", title: "X", validFrom: "2026-01-01" }) { id }',
  updateMeetingRuleSet: 'updateMeetingRuleSet(id: "1", input: { title: "X" }) { id }',
};

/** A syntactically valid call of every meeting-record mutation. */
const RECORD_DOCS: Record<string, string> = {
  createMeeting: 'createMeeting(input: { organizationId: "2", kind: REGULAR, heldOn: "2026-01-05" }) { id }',
  updateMeeting: 'updateMeeting(id: "1", input: { place: "X" }) { id }',
  deleteMeeting: 'deleteMeeting(id: "1") { id }',
  recordAttendance: 'recordAttendance(meetingId: "1", entries: []) { id }',
  createResolution: 'createResolution(input: { meetingId: "1", kind: RESOLUTION, title: "X", content: "X" }) { id }',
  updateResolution: 'updateResolution(id: "1", input: { title: "X" }) { id }',
  deleteResolution: 'deleteResolution(id: "1") { id }',
  createResolutionTask: 'createResolutionTask(input: { resolutionId: "1", description: "X", deadline: "2026-01-31" }) { id }',
  updateResolutionTask: 'updateResolutionTask(id: "1", input: { status: DONE }) { id }',
  deleteResolutionTask: 'deleteResolutionTask(id: "1") { id }',
  createResolutionReview: 'createResolutionReview(input: { resolutionId: "1", reviewedOn: "2026-01-31", kind: PROGRESS, note: "X" }) { id }',
  updateResolutionReview: 'updateResolutionReview(id: "1", input: { note: "X" }) { id }',
  deleteResolutionReview: 'deleteResolutionReview(id: "1") { id }',
  createThematicPlanItem: 'createThematicPlanItem(input: { branchId: "2", year: 2026, quarter: 1, topicArea: PARTY_BUILDING, title: "X" }) { id }',
  updateThematicPlanItem: 'updateThematicPlanItem(id: "1", input: { title: "X" }) { id }',
  deleteThematicPlanItem: 'deleteThematicPlanItem(id: "1") { id }',
  createMemberTask: 'createMemberTask(input: { memberId: "1", branchId: "2", year: 2026, description: "X", assignedOn: "2026-01-10" }) { id }',
  updateMemberTask: 'updateMemberTask(id: "1", input: { description: "X" }) { id }',
  deleteMemberTask: 'deleteMemberTask(id: "1") { id }',
  assignMemberTasks: 'assignMemberTasks(input: { branchId: "2", year: 2026, assignedOn: "2026-01-10", tasks: [{ memberId: "1", description: "X" }] }) { id }',
};

const ROLES = [Role.ADMINISTRATOR, Role.COMMITTEE_MEMBER, Role.BRANCH_SECRETARY, Role.INSPECTOR, Role.ANALYST];

describe('authorization matrix', () => {
  let db: TestDb;
  let own: { ward: { path: string; id: string }; branch: { path: string; id: string } };
  let other: { branch: { path: string; id: string } };
  let members: { own: string; other: string };

  beforeAll(async () => {
    // Two wards: the roles hold posts in the first; the second is "another organization" in every sense.
    db = await openTestDb('sqlite', 2);
    const wards = (await db.run('{ wards(limit: 100) { items { id code } } }')).data!.wards.items as Array<{ id: string; code: string }>;
    const wardId = (code: string) => wards.find((w) => w.code === code)!.id;
    const org = async (ward: string, search: string) => {
      const res = await db.run(`query($w: ID!, $q: String) { organizations(filter: { wardId: $w, search: $q, dissolved: false }, limit: 1) { items { id ancestors { id } } } }`, { w: wardId(ward), q: search });
      const item = res.data!.organizations.items[0];
      const path = `/${[...item.ancestors.map((a: { id: string }) => a.id), item.id].join('/')}/`;
      return { id: item.id as string, path };
    };
    own = { ward: await org('LONG-BIEN', 'Dang uy phuong'), branch: await org('LONG-BIEN', 'Chi bo To dan pho so 5') };
    other = { branch: await org('LONG-BIEN-002', 'Chi bo To dan pho so 5') };
    const first = async (orgId: string, asOf: string) =>
      (await db.run(`query($id: ID!, $d: Date) { members(filter: { organizationId: $id, asOf: $d }, limit: 1) { items { id } } }`, { id: orgId, d: asOf })).data!.members.items[0].id as string;
    members = { own: await first(own.branch.id, '2026-11-01'), other: await first(other.branch.id, '2026-11-01') };
  });
  afterAll(() => db.close());

  /** The subtree each role is given in these tests: the ward committee, or the branch for a secretary. */
  const scopeOf = (role: Role) => (role === Role.BRANCH_SECRETARY ? own.branch : own.ward);

  it('has a row for every field of the schema, and no row for a field that does not exist', async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    const extra: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'RecordBase') continue;
      const matrix = type.name.endsWith('Page') ? PAGE : MATRIX[type.name];
      const fields = Object.keys(type.getFields());
      for (const f of fields) if (!matrix?.[f]) missing.push(`${type.name}.${f}`);
      for (const f of Object.keys(matrix ?? {})) if (!fields.includes(f)) extra.push(`${type.name}.${f}`);
    }
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  const QUERY_DOCS: Record<string, string> = {
    me: '{ me { username } }', wards: '{ wards { total } }', ward: '{ ward(id: "1") { id } }',
    organizations: '{ organizations { total } }', organization: '{ organization(id: "1") { id } }',
    members: '{ members { total } }', member: '{ member(id: "1") { id } }', memberships: '{ memberships { total } }',
    membership: '{ membership(id: "1") { id } }', positions: '{ positions { total } }', position: '{ position(id: "1") { id } }',
    exemptions: '{ exemptions { total } }', exemption: '{ exemption(id: "1") { id } }', specialDuties: '{ specialDuties { total } }',
    specialDuty: '{ specialDuty(id: "1") { id } }', auditEntries: '{ auditEntries { total } }', auditEntry: '{ auditEntry(id: "1") { id } }',
    meetings: '{ meetings { total } }', meeting: '{ meeting(id: "1") { id } }', meetingRuleSets: '{ meetingRuleSets { total } }',
    meetingRuleSet: '{ meetingRuleSet(id: "1") { id } }', meetingAlerts: '{ meetingAlerts(organizationId: "1") { month } }',
    resolutions: '{ resolutions { total } }', resolution: '{ resolution(id: "1") { id } }', resolutionTasks: '{ resolutionTasks { total } }',
    resolutionTask: '{ resolutionTask(id: "1") { id } }', resolutionReviews: '{ resolutionReviews { total } }', resolutionReview: '{ resolutionReview(id: "1") { id } }',
    thematicPlanItems: '{ thematicPlanItems { total } }', thematicPlanItem: '{ thematicPlanItem(id: "1") { id } }', memberTasks: '{ memberTasks { total } }',
    memberTask: '{ memberTask(id: "1") { id } }', membersWithoutTask: '{ membersWithoutTask(filter: { organizationId: "1", year: 2026 }) { total } }',
  };

  it('lets each role (and nobody signed out) call exactly the root queries its row allows', async () => {
    expect(Object.keys(QUERY_DOCS).sort()).toEqual(Object.keys(MATRIX.Query).sort());
    for (const [field, doc] of Object.entries(QUERY_DOCS)) {
      const access = MATRIX.Query[field];
      const anonymous = await db.run(doc, {}, null);
      expect(anonymous.errors?.[0]?.extensions?.code, `anonymous ${field}`).toBe(access === 'public' ? undefined : 'UNAUTHENTICATED');
      for (const role of ROLES) {
        const viewer = viewerFor(role, scopeOf(role).path, scopeOf(role).id);
        const res = await db.run(doc, {}, viewer);
        const allowed = access !== 'audit' || viewer.can.readAudit;
        expect(res.errors?.[0]?.extensions?.code, `${role} ${field}`).toBe(allowed ? undefined : 'FORBIDDEN');
      }
    }
  });

  it('shows each role the rows of its own subtree and none of another, by id and in lists', async () => {
    for (const role of ROLES) {
      const viewer = viewerFor(role, scopeOf(role).path, scopeOf(role).id);
      const res = await db.run(
        `query($own: ID!, $other: ID!, $m1: ID!, $m2: ID!) {
          ownOrg: organization(id: $own) { id } otherOrg: organization(id: $other) { id }
          ownMember: member(id: $m1) { id } otherMember: member(id: $m2) { id }
          otherMembers: members(filter: { organizationId: $other }) { total }
          otherPositions: positions(filter: { organizationId: $other }) { total }
          otherMemberships: memberships(filter: { branchId: $other }) { total }
        }`,
        { own: own.branch.id, other: other.branch.id, m1: members.own, m2: members.other },
        viewer,
      );
      expect(res.errors, role).toBeUndefined();
      expect(res.data, role).toMatchObject({
        ownOrg: { id: own.branch.id }, otherOrg: null, ownMember: { id: members.own }, otherMember: null,
        otherMembers: { total: 0 }, otherPositions: { total: 0 }, otherMemberships: { total: 0 },
      });
    }
  });

  it('hides personal fields from roles that may not read them, field by field', async () => {
    const personal = Object.entries(MATRIX.Member).filter(([, a]) => a === 'personal').map(([f]) => f);
    const doc = `query($id: ID!) { member(id: $id) { fullName ${personal.join(' ')} } }`;
    const stored = (await db.run(doc, { id: members.own })).data!.member;
    expect(stored.phone).toBeTruthy();
    for (const role of ROLES) {
      const viewer = viewerFor(role, scopeOf(role).path, scopeOf(role).id);
      const res = await db.run(doc, { id: members.own }, viewer);
      for (const field of personal) {
        expect(res.data!.member[field], `${role} ${field}`).toBe(viewer.can.readPersonalData ? stored[field] : null);
      }
      expect(res.data!.member.fullName).toBeTruthy();
    }
  });

  it('lets only structure editors write, and only inside their subtree', async () => {
    const writes = Object.entries(MATRIX.Mutation).filter(([, a]) => a === 'write').map(([f]) => f);
    expect(writes.sort()).toEqual(Object.keys(WRITE_DOCS).sort());
    const ownOrgUpdate = `mutation($id: ID!) { updateOrganization(id: $id, input: { note: "kiểm tra quyền" }) { id } }`;
    for (const role of ROLES) {
      const viewer = viewerFor(role, scopeOf(role).path, scopeOf(role).id);
      const ownRes = await db.run(ownOrgUpdate, { id: own.branch.id }, viewer);
      const otherRes = await db.run(ownOrgUpdate, { id: other.branch.id }, viewer);
      if (viewer.can.editStructure) {
        expect(ownRes.errors, role).toBeUndefined();
        // Outside the subtree answers word for word as a missing id does: which ids exist is not revealed.
        const missingRes = await db.run(ownOrgUpdate, { id: '999999999999' }, viewer);
        expect(otherRes.errors?.[0]?.extensions, role).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
        expect(otherRes.errors, role).toEqual(missingRes.errors);
        const memberUpdate = `mutation($id: ID!) { updateMember(id: $id, input: { note: "x" }) { id } }`;
        const otherMember = await db.run(memberUpdate, { id: members.other }, viewer);
        expect(otherMember.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(otherMember.errors).toEqual((await db.run(memberUpdate, { id: '999999999999' }, viewer)).errors);
      } else {
        // Every structure mutation is refused, whatever its arguments point at.
        for (const name of writes) {
          const res = await db.run(`mutation { ${WRITE_DOCS[name]} }`, {}, viewer);
          expect(res.errors?.[0]?.extensions?.code, `${role} ${name}`).toBe('FORBIDDEN');
        }
      }
    }
  });
});

describe('authorization of meeting records', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb('sqlite', 1);
  });
  afterAll(() => db.close());

  it('refuses every meeting-record mutation to roles that do not record meetings, whatever it points at', async () => {
    const records = Object.entries(MATRIX.Mutation).filter(([, a]) => a === 'record').map(([f]) => f);
    expect(records.sort()).toEqual(Object.keys(RECORD_DOCS).sort());
    for (const role of ROLES) {
      const viewer = viewerFor(role, '/1/', '1');
      for (const name of records) {
        const res = await db.run(`mutation { ${RECORD_DOCS[name]} }`, {}, viewer);
        const code = res.errors?.[0]?.extensions?.code;
        if (viewer.can.recordMeetings) expect(code, `${role} ${name}`).not.toBe('FORBIDDEN');
        else expect(code, `${role} ${name}`).toBe('FORBIDDEN');
      }
    }
  });
});
