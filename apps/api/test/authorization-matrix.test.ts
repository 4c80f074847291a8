import { Role } from '@chibo/domain';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { isObjectType } from 'graphql';
import { Arg, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/modules/auth/viewer.type';
import { createUser } from '../src/modules/auth/users';
import { Organization } from '../src/modules/organization/organization.entity';
import { buildAppSchema, createSchema, RESOLVERS } from '../src/schema';
import { Access as Declared, rootAccess } from '../src/shared/auth-guard';
import { DATABASES, openTestDb, type TestDb, viewerFor } from './harness';

/**
 * The authorization matrix. Every field of the schema has a row; the meta-test below fails when a field is added
 * without one. Root fields say who may call them; object fields say when their value is shown.
 *   public     anyone, signed in or not        signedIn  any signed-in user (rows still scoped)
 *   audit      roles that read the audit log   write     roles that edit the structure, inside their subtree
 *   record     roles that record meetings (party office, branch secretaries), inside their subtree
 *   supervise  roles that assign supervisors and choose pilots (party office, committee members), inside their subtree
 *   self       the signed-in user's own account
 *   row        shown whenever the row is visible (rows outside the user's subtree are not returned at all)
 *   personal   shown only to roles that read personal data, null for the others
 *   readPersonal  a root field only roles that read personal data may call (members' ratings), inside their subtree
 *   rate       roles that enter annual ratings (supervise, or record meetings for members' ratings), inside their subtree
 */
type Access = 'public' | 'signedIn' | 'audit' | 'write' | 'record' | 'supervise' | 'self' | 'row' | 'personal' | 'readPersonal' | 'rate';
const rows = (fields: string, access: Access = 'row') => Object.fromEntries(fields.split(' ').map((f) => [f, access]));
const MATRIX: Record<string, Record<string, Access>> = {
  Query: {
    ...rows('branchRatings annualRating', 'signedIn'), ...rows('memberRatings', 'readPersonal'),
    ...rows('me', 'public'), ...rows('auditEntries auditEntry', 'audit'),
    ...rows('exemption exemptions member members membership memberships organization organizations position positions specialDuties specialDuty ward wards', 'signedIn'),
    ...rows('meeting meetings meetingAlerts meetingRuleSet meetingRuleSets memberTask memberTasks membersWithoutTask resolution resolutions resolutionTask resolutionTasks resolutionReview resolutionReviews thematicPlanItem thematicPlanItems meetingLengthDecision meetingLengthDecisions branchFindings supervisorAssignment supervisorAssignments supervisionCompliance rotationProposal pilot pilots pilotRatios indicators indicatorRows', 'signedIn'),
  },
  Mutation: {
    ...rows('setAnnualRating', 'rate'),
    ...rows('login logout', 'public'), ...rows('changePassword', 'self'),
    ...rows('createExemption createMember createMembership createOrganization createPosition createSpecialDuty createWard deleteExemption deleteMember deleteMembership deleteOrganization deletePosition deleteSpecialDuty deleteWard transferMember updateExemption updateMember updateMembership updateOrganization updatePosition updateSpecialDuty updateWard createMeetingRuleSet updateMeetingRuleSet createMeetingLengthDecision updateMeetingLengthDecision deleteMeetingLengthDecision', 'write'),
    ...rows('createMeeting updateMeeting deleteMeeting recordAttendance createResolution updateResolution deleteResolution createResolutionTask updateResolutionTask deleteResolutionTask createResolutionReview updateResolutionReview deleteResolutionReview createThematicPlanItem updateThematicPlanItem deleteThematicPlanItem createMemberTask updateMemberTask deleteMemberTask assignMemberTasks', 'record'),
    ...rows('createSupervisorAssignment updateSupervisorAssignment deleteSupervisorAssignment acceptRotation createPilot updatePilot deletePilot', 'supervise'),
  },
  AuditEntry: rows('action after at before entity entityId hash id ip previousHash userId username'),
  Capabilities: rows('editStructure readAudit readPersonalData recordMeetings supervise'),
  SupervisorAssignment: rows('branch branchId createdAt from id kind member memberId note plannedMeeting plannedMeetingId quarter to updatedAt version'),
  AnnualRating: rows('branch branchId createdAt decidedOn id level member memberId note points subject updatedAt version year'),
  RatingBand: rows('level min'),
  RatingDocument: rows('bands bandsFromDocument documentDate documentNumber enteredPointsMax maxPoints meetingPartMax scale title'),
  RatingCriterion: rows('code denominator label maxPoints met numerator points reason target value'),
  BranchRating: rows('branch branchId criteria level levelByPoints meetingPartMax meetingPoints pending proposedLevel rating total'),
  MemberRating: rows('criteria exempt from level levelByPoints meetingPartMax meetingPoints member memberId pending proposedLevel rating removalGrounds to total unexcusedMonths'),
  BranchRatings: rows('asOf document organization organizationId rows year'),
  MemberRatings: rows('asOf branch branchId document removalDocument removalMonths rows year'),
  Pilot: rows('branch branchId createdAt guideIds guides id kind note updatedAt version year'),
  PilotRatio: rows('branches chosen documentNumber kind max min rate warning'),
  ComplianceFigure: rows('denominator numerator rate'),
  StandingMemberCompliance: rows('attended branchIds member memberId repeatedBranchIds rotationRespected visits'),
  InChargeCompliance: rows('assignmentId attended branch branchId member memberId visits'),
  SupervisionCompliance: rows('asOf branchesWithoutVisitThisYear inCharge inChargeAssignments missedPlannedVisits organizationId quarter rotationQuarters standing standingMembers'),
  ProposedVisit: rows('branch branchId day meetingId member memberId reasonCodes reasons'),
  UnplacedMember: rows('code member memberId reason'),
  RotationProposal: rows('complete constraints explanation quarter unplaced visits'),
  IndicatorFigure: rows('code convention denominator documents label labelEn met numerator planFigure rate target'),
  Indicators: rows('asOf from groupBy groups scope scopeId to totals'),
  IndicatorGroupRow: rows('branchId branchKind figures month organization organizationId quarter'),
  IndicatorRow: rows('branch branchId counted denominator meeting meetingId member memberId month numerator quarter task taskId'),
  Meeting: rows('agenda attendance attendanceRate attendanceRecorded branch branchId chair chairId contentComplete createdAt documentsSentOn endTime excusedCount expectedCount findingCount findings forms guests heldOn id judgedBy kind lengthMinutes minuteTaker minuteTakerId minutes month online onlineReason organization organizationId place plannedOn presentCount resolutions roster startTime stepsDone thematicPlanItem thematicPlanItemId thematicTopic unexcusedCount updatedAt version votesAbstain votesAgainst votesFor'),
  MeetingFinding: rows('actual code decisionReference detail documentDate documentNumber threshold unit'),
  MeetingGuest: rows('createdAt id member memberId name role updatedAt version'),
  Attendance: { ...rows('createdAt exclusion id member memberId status updatedAt version'), ...rows('reason', 'personal') },
  RosterEntry: { ...rows('exclusion member memberId partyGroupId status'), ...rows('reason', 'personal') },
  Resolution: rows('branch branchId content createdAt id kind measures meeting meetingId requirements reviews tasks title updatedAt version'),
  ResolutionTask: rows('branch branchId completedOn createdAt deadline description id isOverdue ownerMember ownerMemberId ownerOrganization ownerOrganizationId resolution resolutionId status updatedAt version'),
  ResolutionReview: rows('createdAt id kind member memberId note resolution resolutionId reviewMeetingId reviewedOn updatedAt version'),
  ThematicPlanItem: rows('branch branchId createdAt id quarter reportedOn title topicArea updatedAt version year'),
  MemberTask: rows('assignedOn branch branchId createdAt description id member memberId updatedAt version year'),
  MeetingRuleSet: rows('createdAt documentDate documentNumber documentsDaysAhead everyWorkingMemberTasked id maxConsecutiveExcused minAttendanceShare minAttendanceStrict minMinutesCombined minMinutesRegular noUnexcusedAbsence procedure regularByDay localLengthAllowed regularPilotShareMax regularPilotShareMin rotationQuarters thematicPerQuarter thematicPilotShareMax thematicPilotShareMin title updatedAt validFrom validTo version'),
  MeetingLengthDecision: rows('branchKind createdAt decisionReference id minutes organization organizationId updatedAt validFrom validTo version'),
  MeetingAlerts: rows('asOf branchesBelowAttendance figuresBehind figuresFrom figuresTo branchesWithoutRegularMeeting branchesWithoutThematicMeeting excusedRuns membersWithoutTaskCount month overdueTaskCount overdueTasks quarter regularDueDay regularOverdue thematicDue unexcusedMonths'),
  BranchFinding: rows('branch branchId finding'),
  OfficialShortfall: rows('actual documentDate documentNumber minimum shortfall'),
  MemberAttendanceAlert: rows('count documentNumber limit member memberId'),
  Exemption: { ...rows('createdAt decisionRef from id member memberId to updatedAt version'), ...rows('reason', 'personal') },
  Member: {
    ...rows('admittedOn branch cardNumber createdAt currentMembership exemptions fullName gender id isExempt isOnSpecialDuty memberships note occupation officialOn partyGroup positions retiredOn specialDuties status updatedAt version workStatus'),
    ...rows('address birthDate email identityNumber phone', 'personal'),
  },
  Membership: rows('branch branchId createdAt from id member memberId note partyGroup partyGroupId to updatedAt version'),
  Organization: rows('address ancestors branchKind children code createdAt depth dissolvedOn existsOn foundedOn id kind memberCount memberships name note officialMemberCount officialShortfall parent parentId positions predecessors secretary successors updatedAt version ward wardId'),
  Position: rows('createdAt from id isActive member memberId note organization organizationId role to updatedAt version'),
  SpecialDuty: rows('createdAt from id member memberId note to updatedAt version'),
  Viewer: rows('can displayName id organization organizationId role username'),
  Ward: rows('code committee createdAt dissolvedOn foundedOn id mergedFrom mergedInto name updatedAt version'),
};
const PAGE = rows('items limit offset total');

/**
 * Root fields whose answer does not depend on a subtree, so they have no "outside" case: the signed-in user's own
 * session and account, the sign-in itself, the meeting rule sets (documents of the Party that apply to every ward),
 * a new ward (in nobody's subtree until it has a committee) and the catalogue of wards (a ward's own code, name and
 * dates; everything under it, starting with `committee`, is scoped).
 */
const GLOBAL = new Set(['me', 'login', 'logout', 'changePassword', 'meetingRuleSets', 'meetingRuleSet', 'createMeetingRuleSet', 'updateMeetingRuleSet', 'createWard', 'wards', 'ward']);

/**
 * Cells where the code does not yet give the answer the rows above call for, each with what it gives today, so that
 * the gap stays visible: the test fails the day it is closed, and the entry is then removed. Only "outside" cells.
 */
interface Gap {
  /** shown: a read returns the record; done: a write succeeds; refused: refused, but not as a missing id is. */
  today: 'shown' | 'done' | 'refused';
  code?: string;
  field?: string;
  why: string;
}
const GAPS: Record<string, Gap> = {};

/**
 * ok: the call succeeds (its data checked by the case); hidden: outside the subtree a read answers null or an empty
 * list and a write NOT_FOUND naming the argument, word for word as for an id that does not exist; else the error code.
 */
type Outcome = 'ok' | 'hidden' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** What a caller gets from a root field, from its row and the role's capabilities alone. */
function expectedOutcome(access: Access, viewer: Viewer | null, side: 'inside' | 'outside'): Outcome {
  if (access === 'public') return 'ok';
  if (!viewer) return 'UNAUTHENTICATED';
  const allowed: Partial<Record<Access, boolean>> = {
    signedIn: true, self: true, audit: viewer.can.readAudit, write: viewer.can.editStructure, record: viewer.can.recordMeetings, supervise: viewer.can.supervise,
    readPersonal: viewer.can.readPersonalData, rate: viewer.can.supervise || viewer.can.recordMeetings,
  };
  if (!allowed[access]) return 'FORBIDDEN';
  return side === 'inside' ? 'ok' : 'hidden';
}

const MISSING = '999999999999';
/** A day by which every branch used here exists, and from which the fixtures' periods start. */
const DAY = '2026-06-01';

interface Org {
  id: string;
  path: string;
}
/** Where a call points: a ward, its committee, a branch, and another branch of the same ward. */
interface Side {
  ward: string;
  committee: Org;
  branch: Org;
  sibling: Org;
  /** The ward's police branch: special duty is for armed-forces members. */
  armed: Org;
}
interface Caller {
  label: string;
  viewer: Viewer | null;
}
interface Prepared {
  doc: string;
  vars: Record<string, unknown>;
  /** Outside: the same variables with the record outside replaced by an id that does not exist. */
  missing?: Record<string, unknown>;
  /** Outside, for a mutation: the argument the refusal names, and its code when not NOT_FOUND. */
  field?: string;
  code?: string;
  /** Inside: checks the data of the answer. */
  check?: (data: Record<string, any>, caller: Caller) => unknown;
}
type Prepare = (side: Side, caller: Caller) => Promise<Prepared>;
interface Case {
  inside: Prepare;
  /** Absent for the fields in GLOBAL. */
  outside?: Prepare;
}

const ROLES = [Role.ADMINISTRATOR, Role.COMMITTEE_MEMBER, Role.BRANCH_SECRETARY, Role.INSPECTOR, Role.ANALYST];

describe('authorization matrix rows', () => {
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
    const roots = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    expect([...GLOBAL, ...Object.keys(GAPS)].filter((f) => !roots.includes(f))).toEqual([]);
  });
});

/** The access each kind of matrix row stands for, as a root field declares it with @Authorized. */
const DECLARED: Record<Access, Declared | undefined> = {
  public: Declared.PUBLIC, signedIn: Declared.SIGNED_IN, self: Declared.SELF, audit: Declared.AUDIT, write: Declared.EDIT_STRUCTURE, record: Declared.RECORD_MEETINGS, supervise: Declared.SUPERVISE, row: undefined, personal: undefined,
  readPersonal: Declared.READ_PERSONAL, rate: Declared.RATE,
};

/** A resolver whose query declares no access, as a new field would be written by mistake. */
@Resolver()
class UndeclaredResolver {
  @Query(() => String, { description: 'Forgot its @Authorized.' })
  undeclaredReport(@Arg('id', () => String) id: string): string {
    return id;
  }
}

describe('authorization declared on every root field', () => {
  it('declares on each root field the access its matrix row calls for', async () => {
    const declared = rootAccess(await createSchema());
    const wrong: string[] = [];
    for (const type of ['Query', 'Mutation']) {
      for (const [field, access] of Object.entries(MATRIX[type])) if (declared.get(field) !== DECLARED[access]) wrong.push(`${type}.${field}: ${declared.get(field)} ≠ ${access}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses to build a schema with a root field that declares no access, naming it', async () => {
    await expect(buildAppSchema([...RESOLVERS, UndeclaredResolver])).rejects.toThrow(/Query\.undeclaredReport/);
  });
});

describe.each(DATABASES)('authorization matrix on %s', async (kind) => {
  // The tests below are generated from the schema's root fields: a new field fails until it has a case.
  const schema = await createSchema();
  let db: TestDb;
  let inside: Side;
  let outsideWard: Side;
  let outsideBranch: Side;
  let callers: Caller[];
  const passwords = new Map<string, string>();
  let seq = 0;
  const next = () => ++seq;
  // Thematic plan items are one per branch, year and quarter: each fresh one takes a year of its own.
  let planYear = 2030;
  const nextYear = () => planYear++;

  /** Runs an operation as the whole-tree administrator of the tests and returns its data, failing on any error. */
  async function admin(doc: string, vars: Record<string, unknown> = {}): Promise<Record<string, any>> {
    const res = await db.run(doc, vars);
    if (res.errors) throw new Error(`${doc}: ${JSON.stringify(res.errors)}`);
    return res.data!;
  }

  /** The side a caller's "outside" call points at: another branch of the ward for a secretary, the other ward else. */
  const outsideOf = (caller: Caller) => (caller.viewer?.role === Role.BRANCH_SECRETARY ? outsideBranch : outsideWard);

  // ---- Fresh records, created by the administrator for one case each, so that the cases stay independent. ----
  const fresh = {
    member: async (branch: Org) =>
      (await admin(`mutation($b: ID!, $n: String!, $from: Date!) { createMember(input: { fullName: $n, status: OFFICIAL, admittedOn: "2000-01-01", officialOn: "2001-01-01", membership: { branchId: $b, from: $from } }) { id memberships { id } } }`, { b: branch.id, n: `Ma Trận ${next()}`, from: DAY }))
        .createMember as { id: string; memberships: Array<{ id: string }> },
    organization: async (s: Side) =>
      (await admin(`mutation($w: ID!, $p: ID!, $c: String!) { createOrganization(input: { wardId: $w, parentId: $p, kind: BRANCH, branchKind: RESIDENTIAL, code: $c, name: "Chi bộ ma trận", foundedOn: "${DAY}" }) { id } }`, { w: s.ward, p: s.committee.id, c: `MT${next()}` }))
        .createOrganization.id as string,
    ward: async () => (await admin(`mutation($c: String!) { createWard(input: { code: $c, name: "Phường ma trận", foundedOn: "2025-01-01" }) { id } }`, { c: `MT-${next()}` })).createWard.id as string,
    position: async (s: Side) => {
      const m = await fresh.member(s.branch);
      return (await admin(`mutation($m: ID!, $o: ID!) { createPosition(input: { memberId: $m, organizationId: $o, role: WARD_COMMITTEE_MEMBER, from: "${DAY}" }) { id } }`, { m: m.id, o: s.committee.id })).createPosition.id as string;
    },
    period: async (s: Side, what: 'Exemption' | 'SpecialDuty') => {
      if (what === 'Exemption') {
        const m = await fresh.member(s.branch);
        return (await admin(`mutation($m: ID!) { createExemption(input: { memberId: $m, from: "${DAY}" }) { id } }`, { m: m.id })).createExemption.id as string;
      }
      // Special duty is for members of an armed-forces branch: a police officer on duty, who then moves to the
      // side's branch, so the period belongs to that branch's history too.
      const m = await fresh.member(s.armed);
      const id = (await admin(`mutation($m: ID!) { createSpecialDuty(input: { memberId: $m, from: "${DAY}" }) { id } }`, { m: m.id })).createSpecialDuty.id as string;
      await admin(`mutation($m: ID!, $b: ID!) { transferMember(input: { memberId: $m, branchId: $b, on: "2026-09-01" }) { id } }`, { m: m.id, b: s.branch.id });
      return id;
    },
    meeting: async (s: Side) => (await admin(`mutation($b: ID!) { createMeeting(input: { organizationId: $b, kind: THEMATIC, heldOn: "2026-10-10" }) { id } }`, { b: s.branch.id })).createMeeting.id as string,
    resolution: async (s: Side) =>
      (await admin(`mutation($m: ID!) { createResolution(input: { meetingId: $m, kind: RESOLUTION, title: "Nghị quyết ma trận", content: "Nội dung" }) { id } }`, { m: await fresh.meeting(s) })).createResolution.id as string,
    task: async (s: Side) =>
      (await admin(`mutation($r: ID!, $b: ID!) { createResolutionTask(input: { resolutionId: $r, description: "Việc", deadline: "2026-12-31", ownerOrganizationId: $b }) { id } }`, { r: await fresh.resolution(s), b: s.branch.id }))
        .createResolutionTask.id as string,
    review: async (s: Side) =>
      (await admin(`mutation($r: ID!) { createResolutionReview(input: { resolutionId: $r, reviewedOn: "2026-10-20", kind: PROGRESS, note: "Tiến độ" }) { id } }`, { r: await fresh.resolution(s) })).createResolutionReview.id as string,
    planItem: async (s: Side) =>
      (await admin(`mutation($b: ID!, $y: Int!) { createThematicPlanItem(input: { branchId: $b, year: $y, quarter: 1, topicArea: PARTY_BUILDING, title: "Chuyên đề" }) { id } }`, { b: s.branch.id, y: nextYear() }))
        .createThematicPlanItem.id as string,
    memberTask: async (s: Side) => {
      const m = await fresh.member(s.branch);
      return (await admin(`mutation($m: ID!, $b: ID!) { createMemberTask(input: { memberId: $m, branchId: $b, year: 2026, description: "Việc", assignedOn: "2026-06-10" }) { id } }`, { m: m.id, b: s.branch.id })).createMemberTask.id as string;
    },
    lengthDecision: async (s: Side) =>
      (await admin(`mutation($o: ID!) { createMeetingLengthDecision(input: { organizationId: $o, minutes: 60, decisionReference: "QĐ ma trận", validFrom: "2090-01-01" }) { id } }`, { o: s.branch.id }))
        .createMeetingLengthDecision.id as string,
    /** A standing committee member of the side's committee (placed in its branch). */
    standingMember: async (s: Side) => {
      const m = await fresh.member(s.branch);
      await admin(`mutation($m: ID!, $o: ID!) { createPosition(input: { memberId: $m, organizationId: $o, role: WARD_STANDING_COMMITTEE_MEMBER, from: "${DAY}" }) { id } }`, { m: m.id, o: s.committee.id });
      return m.id;
    },
    assignment: async (s: Side) =>
      (await admin(`mutation($m: ID!, $b: ID!) { createSupervisorAssignment(input: { memberId: $m, branchId: $b, kind: IN_CHARGE, from: "${DAY}" }) { id } }`, { m: await fresh.standingMember(s), b: s.branch.id }))
        .createSupervisorAssignment.id as string,
    /** A branch's rating for 2026 entered by the administrator. */
    branchRating: async (s: Side) =>
      (await admin(`mutation($b: ID!) { setAnnualRating(input: { year: 2026, branchId: $b, points: 55 }) { id } }`, { b: s.branch.id })).setAnnualRating.id as string,
    pilot: async (s: Side) =>
      (await admin(`mutation($b: ID!, $y: Int!) { createPilot(input: { year: $y, branchId: $b, kind: REGULAR_MEETING }) { id } }`, { b: s.branch.id, y: nextYear() })).createPilot.id as string,
    ruleSet: async () =>
      (await admin(`mutation($n: String!) { createMeetingRuleSet(input: { documentNumber: $n, documentDate: "2026-01-01", title: "Quy định ma trận", validFrom: "2090-01-01" }) { id } }`, { n: `MT-${next()}` }))
        .createMeetingRuleSet.id as string,
  };

  /** A record that already exists on a side, found once: the first row of a list under its branch (real seeded ids). */
  const found = new Map<string, Promise<string>>();
  const first = (s: Side, key: string, find: (s: Side) => Promise<string>) => {
    const k = `${key}@${s.branch.id}`;
    if (!found.has(k)) found.set(k, find(s));
    return found.get(k)!;
  };
  const firstOf = (list: string, filter: string) => async (s: Side) => {
    const items = (await admin(`query($b: ID!) { ${list}(filter: ${filter}, limit: 1) { items { id } } }`, { b: s.branch.id }))[list].items;
    if (!items.length) throw new Error(`no ${list} under ${s.branch.id}`);
    return items[0].id as string;
  };

  // ---- Which rows a subtree holds, read straight from the tables (the oracle of the lists). ----
  const knex = () => (db.orm.em as SqlEntityManager).getKnex();
  const underBranch = (table: string, column = 'branch_id') => (like: string) =>
    knex()(`${table} as r`).join('organization as o', 'o.id', `r.${column}`).where('o.path', 'like', like).select('r.id');
  // A member belongs to a subtree through a branch there, past or present, or while placed in no branch at all.
  const ofMemberIn = (table: string, column = 'member_id') => (like: string) =>
    knex()(`${table} as r`).select('r.id').where((q) =>
      q
        .whereExists(knex()('membership as ms').join('organization as o', 'o.id', 'ms.branch_id').whereRaw(`ms.member_id = r.${column}`).andWhere('o.path', 'like', like))
        .orWhereNotExists(knex()('membership as mn').whereRaw(`mn.member_id = r.${column}`)),
    );
  const membersIn = ofMemberIn('member', 'id');
  async function idsIn(query: (like: string) => Promise<Array<{ id: number | string }>>, scopePath: string): Promise<Set<string>> {
    return new Set((await query(`${scopePath}%`)).map((r) => String(r.id)));
  }

  /** A by-id read: inside it returns the record, outside it answers null like an id that does not exist. */
  const byId = (field: string, find: (s: Side) => Promise<string>): Case => {
    const doc = `query($id: ID!) { ${field}(id: $id) { id } }`;
    return {
      inside: async (s) => {
        const id = await first(s, field, find);
        return { doc, vars: { id }, check: (data) => expect(data[field]).toEqual({ id }) };
      },
      outside: async (s) => ({ doc, vars: { id: await first(s, field, find) }, missing: { id: MISSING } }),
    };
  };

  /**
   * A list: inside, unfiltered, it holds exactly the rows of the caller's subtree (its total is the oracle's count,
   * and every row of the page is one of them); outside, filtered on a record there, it is empty, like a filter on
   * an id that does not exist, while the administrator finds rows there.
   */
  const list = (field: string, oracle: (like: string) => Promise<Array<{ id: number | string }>>, filter: string, find: (s: Side) => Promise<string>): Case => ({
    inside: async (s) => {
      // The kind of record the outside call filters on exists inside too, so no subtree is empty.
      await first(s, `${field}:filter`, find);
      return {
        doc: `{ ${field}(limit: 100) { total items { id } } }`,
        vars: {},
        check: async (data, caller) => {
          const expected = await idsIn(oracle, caller.viewer!.scopePath);
          expect(expected.size).toBeGreaterThan(0);
          expect(data[field].total).toBe(expected.size);
          expect(data[field].items.filter((r: { id: string }) => !expected.has(r.id))).toEqual([]);
        },
      };
    },
    outside: async (s) => ({
      doc: `query($id: ID!) { ${field}(filter: ${filter}, limit: 100) { total items { id } } }`,
      vars: { id: await first(s, `${field}:filter`, find) },
      missing: { id: MISSING },
    }),
  });

  /** A mutation on an existing record (update or delete): a fresh one inside, a fresh one outside. */
  const onRecord = (call: string, make: (s: Side) => Promise<string>, field = 'id'): Case => {
    const doc = `mutation($id: ID!) { ${call} }`;
    const name = call.slice(0, call.indexOf('('));
    return {
      inside: async (s) => {
        const id = await make(s);
        return { doc, vars: { id }, check: (data) => expect(data[name]).toEqual({ id }) };
      },
      outside: async (s) => ({ doc, vars: { id: await make(s) }, missing: { id: MISSING }, field }),
    };
  };

  /** A mutation creating a record under a parent: inside under one of the caller's, outside under one elsewhere. */
  const under = (name: string, doc: string, vars: (s: Side) => Promise<Record<string, unknown>>, field: string, check: (created: any, s: Side) => unknown, code?: string): Case => ({
    inside: async (s) => ({ doc, vars: await vars(s), check: (data) => check(data[name], s) }),
    outside: async (s) => {
      const v = await vars(s);
      return { doc, vars: v, missing: { ...v, [field.split('.').pop()!]: MISSING }, field, code };
    },
  });

  const CASES: Record<string, Case> = {
    // ---- Queries ----
    me: { inside: async () => ({ doc: '{ me { username role } }', vars: {}, check: (data, c) => expect(data.me).toEqual(c.viewer ? { username: c.viewer.username, role: c.viewer.role } : null) }) },
    wards: {
      inside: async () => ({
        doc: '{ wards(limit: 100) { total items { id } } }', vars: {},
        check: async (data) => expect(data.wards.total).toBe(Number((await knex()('ward').count({ n: '*' }))[0].n)),
      }),
    },
    ward: { inside: async (s) => ({ doc: 'query($id: ID!) { ward(id: $id) { id } }', vars: { id: s.ward }, check: (data) => expect(data.ward).toEqual({ id: s.ward }) }) },
    organizations: list('organizations', (like) => knex()('organization').where('path', 'like', like).select('id'), '{ ids: [$id] }', async (s) => s.branch.id),
    organization: byId('organization', async (s) => s.branch.id),
    members: list('members', membersIn, '{ ids: [$id] }', firstOf('members', '{ organizationId: $b }')),
    member: byId('member', firstOf('members', '{ organizationId: $b }')),
    memberships: list('memberships', underBranch('membership'), '{ branchId: $id }', async (s) => s.branch.id),
    membership: byId('membership', firstOf('memberships', '{ branchId: $b }')),
    positions: list('positions', underBranch('position', 'organization_id'), '{ organizationId: $id }', async (s) => s.branch.id),
    position: byId('position', firstOf('positions', '{ organizationId: $b }')),
    exemptions: list('exemptions', ofMemberIn('exemption'), '{ memberId: $id }', async (s) => (await admin('query($id: ID!) { exemption(id: $id) { memberId } }', { id: await first(s, 'exemption', (x) => fresh.period(x, 'Exemption')) })).exemption.memberId),
    exemption: byId('exemption', (s) => fresh.period(s, 'Exemption')),
    specialDuties: list('specialDuties', ofMemberIn('special_duty'), '{ memberId: $id }', async (s) => (await admin('query($id: ID!) { specialDuty(id: $id) { memberId } }', { id: await first(s, 'specialDuty', (x) => fresh.period(x, 'SpecialDuty')) })).specialDuty.memberId),
    specialDuty: byId('specialDuty', (s) => fresh.period(s, 'SpecialDuty')),
    meetings: list('meetings', underBranch('meeting'), '{ organizationId: $id }', async (s) => s.branch.id),
    meeting: byId('meeting', firstOf('meetings', '{ organizationId: $b }')),
    resolutions: list('resolutions', underBranch('resolution'), '{ organizationId: $id }', async (s) => s.branch.id),
    resolution: byId('resolution', firstOf('resolutions', '{ organizationId: $b }')),
    resolutionTasks: list('resolutionTasks', underBranch('resolution_task'), '{ organizationId: $id }', async (s) => s.branch.id),
    resolutionTask: byId('resolutionTask', firstOf('resolutionTasks', '{ organizationId: $b }')),
    resolutionReviews: list('resolutionReviews', underBranch('resolution_review'), '{ organizationId: $id }', async (s) => s.branch.id),
    resolutionReview: byId('resolutionReview', firstOf('resolutionReviews', '{ organizationId: $b }')),
    thematicPlanItems: list('thematicPlanItems', underBranch('thematic_plan_item'), '{ organizationId: $id }', async (s) => s.branch.id),
    thematicPlanItem: byId('thematicPlanItem', firstOf('thematicPlanItems', '{ organizationId: $b }')),
    meetingLengthDecisions: list('meetingLengthDecisions', underBranch('meeting_length_decision', 'organization_id'), '{ organizationId: $id }', async (s) => {
      await first(s, 'lengthDecision', (x) => fresh.lengthDecision(x));
      return s.branch.id;
    }),
    meetingLengthDecision: byId('meetingLengthDecision', (s) => first(s, 'lengthDecision', (x) => fresh.lengthDecision(x))),
    supervisorAssignments: list('supervisorAssignments', underBranch('supervisor_assignment'), '{ organizationId: $id }', async (s) => {
      await first(s, 'assignment', (x) => fresh.assignment(x));
      return s.branch.id;
    }),
    supervisorAssignment: byId('supervisorAssignment', (s) => first(s, 'assignment', (x) => fresh.assignment(x))),
    pilots: list('pilots', underBranch('pilot'), '{ organizationId: $id }', async (s) => {
      await first(s, 'pilot', (x) => fresh.pilot(x));
      return s.branch.id;
    }),
    pilot: byId('pilot', (s) => first(s, 'pilot', (x) => fresh.pilot(x))),
    ...Object.fromEntries([
      ['supervisionCompliance', '(organizationId: $id, quarter: "2026-Q3") { quarter standing { denominator } }', (d: any) => expect(d.quarter).toBe('2026-Q3')],
      ['rotationProposal', '(organizationId: $id, quarter: "2026-Q4") { quarter complete }', (d: any) => expect(d.quarter).toBe('2026-Q4')],
      ['pilotRatios', '(organizationId: $id, year: 2026) { kind chosen branches }', (d: any) => expect(d.map((r: { kind: string }) => r.kind)).toContain('REGULAR_MEETING')],
      ['indicators', '(scopeId: $id, period: { from: "2026-01", to: "2026-03" }, groupBy: [MONTH], asOf: "2026-04-01") { groups { month figures { code denominator } } }',
        (d: any) => expect(d.groups.map((g: { figures: Array<{ code: string; denominator: number }> }) => g.figures.find((f) => f.code === 'REGULAR_HELD')?.denominator)).toEqual([1, 1, 1])],
      ['indicatorRows', '(scopeId: $id, period: { from: "2026-01", to: "2026-03" }, code: REGULAR_HELD, asOf: "2026-04-01") { total }', (d: any) => expect(d.total).toBe(3)],
    ].map(([field, call, check]) => [field as string, {
      // The side's branch: inside every role's subtree (a secretary's is the branch itself).
      inside: async (s: Side) => ({ doc: `query($id: ID!) { ${field}${call} }`, vars: { id: s.branch.id }, check: (data: Record<string, any>) => (check as (d: any) => void)(data[field as string]) }),
      outside: async (s: Side) => ({ doc: `query($id: ID!) { ${field}${call} }`, vars: { id: s.branch.id }, missing: { id: MISSING } }),
    } as Case])),
    ...Object.fromEntries([
      ['branchRatings', '(organizationId: $id, year: 2026) { rows { branchId } }', (d: any, s: Side) => expect(d.rows.map((r: { branchId: string }) => r.branchId)).toContain(s.branch.id)],
      ['memberRatings', '(branchId: $id, year: 2026) { branchId rows { memberId } }', (d: any, s: Side) => expect(d.branchId).toBe(s.branch.id)],
    ].map(([field, call, check]) => [field as string, {
      inside: async (s: Side) => ({ doc: `query($id: ID!) { ${field}${call} }`, vars: { id: s.branch.id }, check: (data: Record<string, any>) => (check as (d: any, s: Side) => void)(data[field as string], s) }),
      outside: async (s: Side) => ({ doc: `query($id: ID!) { ${field}${call} }`, vars: { id: s.branch.id }, missing: { id: MISSING } }),
    } as Case])),
    annualRating: byId('annualRating', (s) => first(s, 'branchRating', (x) => fresh.branchRating(x))),
    memberTasks: list('memberTasks', underBranch('member_task'), '{ organizationId: $id }', async (s) => s.branch.id),
    memberTask: byId('memberTask', firstOf('memberTasks', '{ organizationId: $b }')),
    meetingRuleSets: {
      inside: async () => ({
        doc: '{ meetingRuleSets(limit: 100) { total } }', vars: {},
        check: async (data) => expect(data.meetingRuleSets.total).toBe(Number((await knex()('meeting_rule_set').count({ n: '*' }))[0].n)),
      }),
    },
    meetingRuleSet: {
      inside: async () => {
        const id = String((await knex()('meeting_rule_set').min({ id: 'id' }))[0].id);
        return { doc: 'query($id: ID!) { meetingRuleSet(id: $id) { id } }', vars: { id }, check: (data) => expect(data.meetingRuleSet).toEqual({ id }) };
      },
    },
    meetingAlerts: {
      inside: async (s) => ({ doc: 'query($id: ID!) { meetingAlerts(organizationId: $id) { month } }', vars: { id: s.branch.id }, check: (data) => expect(data.meetingAlerts.month).toMatch(/^\d{4}-\d{2}$/) }),
      outside: async (s) => ({ doc: 'query($id: ID!) { meetingAlerts(organizationId: $id) { month } }', vars: { id: s.branch.id }, missing: { id: MISSING } }),
    },
    branchFindings: {
      // 2026-Q3, which the branches here existed throughout: a finding exactly when the branch held no thematic meeting.
      inside: async (s) => ({
        doc: 'query($id: ID!) { branchFindings(organizationId: $id, quarter: "2026-Q3") { branchId finding { code } } }', vars: { id: s.branch.id },
        check: async (data) => {
          const held = Number((await knex()('meeting').where('branch_id', s.branch.id).whereIn('kind', ['THEMATIC', 'COMBINED']).whereBetween('held_on', ['2026-07-01', '2026-09-30']).count({ n: '*' }))[0].n);
          const thematic = data.branchFindings.filter((f: { finding: { code: string } }) => f.finding.code === 'THEMATIC_MISSING');
          expect(thematic).toEqual(held ? [] : [{ branchId: s.branch.id, finding: { code: 'THEMATIC_MISSING' } }]);
        },
      }),
      outside: async (s) => ({ doc: 'query($id: ID!) { branchFindings(organizationId: $id, quarter: "2026-Q3") { branchId } }', vars: { id: s.branch.id }, missing: { id: MISSING } }),
    },
    membersWithoutTask: {
      inside: async (s) => ({
        doc: 'query($id: ID!) { membersWithoutTask(filter: { organizationId: $id, year: 2026 }, limit: 100) { total items { id } } }', vars: { id: s.branch.id },
        check: async (data, c) => {
          const mine = await idsIn(membersIn, c.viewer!.scopePath);
          expect(data.membersWithoutTask.total).toBeGreaterThan(0);
          expect(data.membersWithoutTask.items.filter((r: { id: string }) => !mine.has(r.id))).toEqual([]);
        },
      }),
      outside: async (s) => ({ doc: 'query($id: ID!) { membersWithoutTask(filter: { organizationId: $id, year: 2026 }, limit: 100) { total items { id } } }', vars: { id: s.branch.id }, missing: { id: MISSING } }),
    },
    auditEntries: {
      inside: async (s) => {
        const id = await first(s, 'audited', auditedMember);
        return {
          doc: 'query($id: String!) { auditEntries(filter: { entity: ["Member"], action: [UPDATE], entityId: $id }, limit: 100) { total items { entityId } } }', vars: { id },
          check: (data) => expect(data.auditEntries).toEqual({ total: 1, items: [{ entityId: id }] }),
        };
      },
      outside: async (s) => ({
        doc: 'query($id: String!) { auditEntries(filter: { entity: ["Member"], action: [UPDATE], entityId: $id }, limit: 100) { total items { entityId } } }',
        vars: { id: await first(s, 'audited', auditedMember) }, missing: { id: MISSING },
      }),
    },
    auditEntry: {
      inside: async (s) => {
        const id = await auditEntryOf(await first(s, 'audited', auditedMember));
        return { doc: 'query($id: ID!) { auditEntry(id: $id) { id } }', vars: { id }, check: (data) => expect(data.auditEntry).toEqual({ id }) };
      },
      outside: async (s) => ({ doc: 'query($id: ID!) { auditEntry(id: $id) { id } }', vars: { id: await auditEntryOf(await first(s, 'audited', auditedMember)) }, missing: { id: MISSING } }),
    },

    // ---- Sign-in and the user's own account ----
    login: {
      inside: async () => ({
        doc: 'mutation($p: String!) { login(input: { username: "matran.dangnhap", password: $p }) { username role } }', vars: { p: passwords.get('matran.dangnhap') },
        check: (data) => expect(data.login).toEqual({ username: 'matran.dangnhap', role: Role.ANALYST }),
      }),
    },
    logout: { inside: async () => ({ doc: 'mutation { logout }', vars: {}, check: (data) => expect(data.logout).toBe(true) }) },
    changePassword: {
      inside: async (_s, c) => {
        const name = c.viewer?.username ?? 'matran.dangnhap';
        const newPassword = `Mat-khau-moi-${next()}-xyz`;
        return {
          doc: 'mutation($old: String!, $new: String!) { changePassword(input: { currentPassword: $old, newPassword: $new }) }', vars: { old: passwords.get(name), new: newPassword },
          check: (data) => {
            expect(data.changePassword).toBe(true);
            passwords.set(name, newPassword);
          },
        };
      },
    },

    // ---- Structure (editStructure) ----
    createWard: {
      inside: async () => ({
        doc: 'mutation($c: String!) { createWard(input: { code: $c, name: "Phường mới", foundedOn: "2025-01-01" }) { code } }', vars: { c: `MTW-${next()}` },
        check: (data) => expect(data.createWard.code).toMatch(/^MTW-/),
      }),
    },
    updateWard: {
      inside: async (s) => ({ doc: 'mutation($id: ID!) { updateWard(id: $id, input: { name: "Phường đổi tên" }) { id name } }', vars: { id: s.ward }, check: (data) => expect(data.updateWard).toEqual({ id: s.ward, name: 'Phường đổi tên' }) }),
      outside: async (s) => ({ doc: 'mutation($id: ID!) { updateWard(id: $id, input: { name: "Phường đổi tên" }) { id name } }', vars: { id: s.ward }, missing: { id: MISSING }, field: 'id' }),
    },
    deleteWard: {
      // A new, empty ward is in nobody's subtree (as createWard); outside is the other ward.
      inside: async () => {
        const id = await fresh.ward();
        return { doc: 'mutation($id: ID!) { deleteWard(id: $id) { id } }', vars: { id }, check: (data) => expect(data.deleteWard).toEqual({ id }) };
      },
      outside: async (s) => ({ doc: 'mutation($id: ID!) { deleteWard(id: $id) { id } }', vars: { id: s.ward }, missing: { id: MISSING }, field: 'id' }),
    },
    createOrganization: under(
      'createOrganization',
      'mutation($w: ID!, $parentId: ID!, $c: String!) { createOrganization(input: { wardId: $w, parentId: $parentId, kind: BRANCH, branchKind: RESIDENTIAL, code: $c, name: "Chi bộ mới", foundedOn: "2026-06-01" }) { parentId } }',
      async (s) => ({ w: s.ward, parentId: s.committee.id, c: `MTO${next()}` }), 'parentId', (created, s) => expect(created).toEqual({ parentId: s.committee.id }),
    ),
    updateOrganization: onRecord('updateOrganization(id: $id, input: { note: "kiểm tra quyền" }) { id }', (s) => fresh.organization(s)),
    deleteOrganization: onRecord('deleteOrganization(id: $id) { id }', (s) => fresh.organization(s)),
    createMember: under(
      'createMember',
      'mutation($branchId: ID!) { createMember(input: { fullName: "Đảng viên mới", status: PROBATIONARY, admittedOn: "2026-01-01", membership: { branchId: $branchId, from: "2026-06-01" } }) { memberships { branchId } } }',
      async (s) => ({ branchId: s.branch.id }), 'membership.branchId', (created, s) => expect(created.memberships).toEqual([{ branchId: s.branch.id }]), 'BAD_USER_INPUT',
    ),
    updateMember: onRecord('updateMember(id: $id, input: { note: "kiểm tra quyền" }) { id }', async (s) => (await fresh.member(s.branch)).id),
    deleteMember: onRecord('deleteMember(id: $id) { id }', async (s) => (await fresh.member(s.branch)).id),
    transferMember: under(
      'transferMember',
      'mutation($memberId: ID!, $to: ID!) { transferMember(input: { memberId: $memberId, branchId: $to, on: "2026-09-01" }) { branchId from } }',
      async (s) => ({ memberId: (await fresh.member(s.branch)).id, to: s.sibling.id }), 'memberId', (created, s) => expect(created).toEqual({ branchId: s.sibling.id, from: '2026-09-01' }),
    ),
    createMembership: under(
      'createMembership',
      'mutation($memberId: ID!, $b: ID!) { createMembership(input: { memberId: $memberId, branchId: $b, from: "2026-09-01" }) { branchId } }',
      async (s) => ({ memberId: await unplacedOrMember(s), b: s.branch.id }), 'memberId', (created, s) => expect(created).toEqual({ branchId: s.branch.id }),
    ),
    updateMembership: onRecord('updateMembership(id: $id, input: { note: "kiểm tra quyền" }) { id }', async (s) => (await fresh.member(s.branch)).memberships[0].id),
    deleteMembership: onRecord('deleteMembership(id: $id) { id }', async (s) => (await fresh.member(s.branch)).memberships[0].id),
    createPosition: under(
      'createPosition',
      'mutation($memberId: ID!, $o: ID!) { createPosition(input: { memberId: $memberId, organizationId: $o, role: WARD_COMMITTEE_MEMBER, from: "2026-07-01" }) { organizationId } }',
      async (s) => ({ memberId: (await fresh.member(s.branch)).id, o: s.committee.id }), 'memberId', (created, s) => expect(created).toEqual({ organizationId: s.committee.id }),
    ),
    updatePosition: onRecord('updatePosition(id: $id, input: { note: "kiểm tra quyền" }) { id }', (s) => fresh.position(s)),
    deletePosition: onRecord('deletePosition(id: $id) { id }', (s) => fresh.position(s)),
    createExemption: under(
      'createExemption',
      'mutation($memberId: ID!) { createExemption(input: { memberId: $memberId, from: "2026-07-01" }) { memberId } }',
      async (s) => ({ memberId: (await fresh.member(s.branch)).id }), 'memberId', (created) => expect(created.memberId).toBeTruthy(),
    ),
    updateExemption: onRecord('updateExemption(id: $id, input: { decisionRef: "NQ 1" }) { id }', (s) => fresh.period(s, 'Exemption')),
    deleteExemption: onRecord('deleteExemption(id: $id) { id }', (s) => fresh.period(s, 'Exemption')),
    createSpecialDuty: under(
      'createSpecialDuty',
      'mutation($memberId: ID!) { createSpecialDuty(input: { memberId: $memberId, from: "2026-07-01" }) { memberId } }',
      async (s) => ({ memberId: (await fresh.member(s.armed)).id }), 'memberId', (created) => expect(created.memberId).toBeTruthy(),
    ),
    updateSpecialDuty: onRecord('updateSpecialDuty(id: $id, input: { note: "x" }) { id }', (s) => fresh.period(s, 'SpecialDuty')),
    deleteSpecialDuty: onRecord('deleteSpecialDuty(id: $id) { id }', (s) => fresh.period(s, 'SpecialDuty')),
    createMeetingRuleSet: {
      inside: async () => ({
        doc: 'mutation($n: String!) { createMeetingRuleSet(input: { documentNumber: $n, documentDate: "2026-01-01", title: "Quy định mới", validFrom: "2090-01-01" }) { documentNumber } }', vars: { n: `MTR-${next()}` },
        check: (data) => expect(data.createMeetingRuleSet.documentNumber).toMatch(/^MTR-/),
      }),
    },
    updateMeetingRuleSet: {
      inside: async () => {
        const id = await fresh.ruleSet();
        return { doc: 'mutation($id: ID!) { updateMeetingRuleSet(id: $id, input: { title: "Quy định sửa" }) { id title } }', vars: { id }, check: (data) => expect(data.updateMeetingRuleSet).toEqual({ id, title: 'Quy định sửa' }) };
      },
    },

    // ---- Meeting records (recordMeetings) ----
    createMeeting: under(
      'createMeeting',
      'mutation($organizationId: ID!) { createMeeting(input: { organizationId: $organizationId, kind: THEMATIC, heldOn: "2026-10-12" }) { organizationId } }',
      async (s) => ({ organizationId: s.branch.id }), 'organizationId', (created, s) => expect(created).toEqual({ organizationId: s.branch.id }),
    ),
    updateMeeting: onRecord('updateMeeting(id: $id, input: { place: "Nhà văn hóa" }) { id }', (s) => fresh.meeting(s)),
    deleteMeeting: onRecord('deleteMeeting(id: $id) { id }', (s) => fresh.meeting(s)),
    recordAttendance: onRecord('recordAttendance(meetingId: $id, entries: []) { id }', (s) => fresh.meeting(s), 'meetingId'),
    createResolution: under(
      'createResolution',
      'mutation($meetingId: ID!) { createResolution(input: { meetingId: $meetingId, kind: CONCLUSION, title: "Kết luận", content: "Nội dung" }) { meetingId } }',
      async (s) => ({ meetingId: await fresh.meeting(s) }), 'meetingId', (created) => expect(created.meetingId).toBeTruthy(),
    ),
    updateResolution: onRecord('updateResolution(id: $id, input: { title: "Tiêu đề mới" }) { id }', (s) => fresh.resolution(s)),
    deleteResolution: onRecord('deleteResolution(id: $id) { id }', (s) => fresh.resolution(s)),
    createResolutionTask: under(
      'createResolutionTask',
      'mutation($resolutionId: ID!, $b: ID!) { createResolutionTask(input: { resolutionId: $resolutionId, description: "Việc", deadline: "2026-12-31", ownerOrganizationId: $b }) { branchId } }',
      async (s) => ({ resolutionId: await fresh.resolution(s), b: s.branch.id }), 'resolutionId', (created, s) => expect(created).toEqual({ branchId: s.branch.id }),
    ),
    updateResolutionTask: onRecord('updateResolutionTask(id: $id, input: { status: IN_PROGRESS }) { id }', (s) => fresh.task(s)),
    deleteResolutionTask: onRecord('deleteResolutionTask(id: $id) { id }', (s) => fresh.task(s)),
    createResolutionReview: under(
      'createResolutionReview',
      'mutation($resolutionId: ID!) { createResolutionReview(input: { resolutionId: $resolutionId, reviewedOn: "2026-10-21", kind: PROGRESS, note: "Tiến độ" }) { resolutionId } }',
      async (s) => ({ resolutionId: await fresh.resolution(s) }), 'resolutionId', (created) => expect(created.resolutionId).toBeTruthy(),
    ),
    updateResolutionReview: onRecord('updateResolutionReview(id: $id, input: { note: "Đã xong" }) { id }', (s) => fresh.review(s)),
    deleteResolutionReview: onRecord('deleteResolutionReview(id: $id) { id }', (s) => fresh.review(s)),
    createThematicPlanItem: under(
      'createThematicPlanItem',
      'mutation($branchId: ID!, $y: Int!) { createThematicPlanItem(input: { branchId: $branchId, year: $y, quarter: 2, topicArea: OTHER, title: "Chuyên đề" }) { branchId } }',
      async (s) => ({ branchId: s.branch.id, y: nextYear() }), 'branchId', (created, s) => expect(created).toEqual({ branchId: s.branch.id }),
    ),
    createMeetingLengthDecision: under(
      'createMeetingLengthDecision',
      'mutation($organizationId: ID!) { createMeetingLengthDecision(input: { organizationId: $organizationId, minutes: 60, decisionReference: "QĐ ma trận", validFrom: "2090-01-01" }) { organizationId } }',
      async (s) => ({ organizationId: s.branch.id }), 'organizationId', (created, s) => expect(created).toEqual({ organizationId: s.branch.id }),
    ),
    updateMeetingLengthDecision: onRecord('updateMeetingLengthDecision(id: $id, input: { minutes: 70 }) { id }', (s) => fresh.lengthDecision(s)),
    deleteMeetingLengthDecision: onRecord('deleteMeetingLengthDecision(id: $id) { id }', (s) => fresh.lengthDecision(s)),
    createSupervisorAssignment: {
      inside: async (s) => ({
        doc: 'mutation($memberId: ID!, $branchId: ID!) { createSupervisorAssignment(input: { memberId: $memberId, branchId: $branchId, kind: IN_CHARGE, from: "2026-07-01" }) { branchId kind } }',
        vars: { memberId: await fresh.standingMember(s), branchId: s.branch.id }, check: (data) => expect(data.createSupervisorAssignment).toEqual({ branchId: s.branch.id, kind: 'IN_CHARGE' }),
      }),
      outside: async (s) => {
        const vars = { memberId: await fresh.standingMember(s), branchId: s.branch.id };
        return { doc: 'mutation($memberId: ID!, $branchId: ID!) { createSupervisorAssignment(input: { memberId: $memberId, branchId: $branchId, kind: IN_CHARGE, from: "2026-07-01" }) { branchId } }', vars, missing: { ...vars, branchId: MISSING }, field: 'branchId' };
      },
    },
    updateSupervisorAssignment: onRecord('updateSupervisorAssignment(id: $id, input: { note: "Ghi chú" }) { id }', (s) => fresh.assignment(s)),
    deleteSupervisorAssignment: onRecord('deleteSupervisorAssignment(id: $id) { id }', (s) => fresh.assignment(s)),
    acceptRotation: under(
      'acceptRotation',
      'mutation($organizationId: ID!) { acceptRotation(input: { organizationId: $organizationId, quarter: "2031-Q1", visits: [] }) { id } }',
      async (s) => ({ organizationId: s.committee.id }), 'organizationId', (created) => expect(created).toEqual([]),
    ),
    createPilot: under(
      'createPilot',
      'mutation($branchId: ID!, $y: Int!) { createPilot(input: { year: $y, branchId: $branchId, kind: THEMATIC_MEETING }) { branchId } }',
      async (s) => ({ branchId: s.branch.id, y: nextYear() }), 'branchId', (created, s) => expect(created).toEqual({ branchId: s.branch.id }),
    ),
    updatePilot: onRecord('updatePilot(id: $id, input: { note: "Quyết định chọn điểm" }) { id }', (s) => fresh.pilot(s)),
    deletePilot: onRecord('deletePilot(id: $id) { id }', (s) => fresh.pilot(s)),
    // The branch's own rating for roles that supervise; a member's rating (of a fresh member) for the secretary.
    setAnnualRating: {
      inside: async (s, c) => {
        const vars = c.viewer?.can.supervise ? { b: s.branch.id, m: null } : { b: s.branch.id, m: (await fresh.member(s.branch)).id };
        return {
          doc: 'mutation($b: ID!, $m: ID) { setAnnualRating(input: { year: 2026, branchId: $b, memberId: $m, points: 60 }) { branchId memberId points } }', vars,
          check: (data) => expect(data.setAnnualRating).toEqual({ branchId: s.branch.id, memberId: vars.m, points: 60 }),
        };
      },
      outside: async (s, c) => {
        const vars = { b: s.branch.id, m: c.viewer?.can.supervise ? null : (await fresh.member(s.branch)).id };
        return { doc: 'mutation($b: ID!, $m: ID) { setAnnualRating(input: { year: 2026, branchId: $b, memberId: $m, points: 60 }) { branchId } }', vars, missing: { ...vars, b: MISSING }, field: 'branchId' };
      },
    },
    updateThematicPlanItem: onRecord('updateThematicPlanItem(id: $id, input: { title: "Chuyên đề mới" }) { id }', (s) => fresh.planItem(s)),
    deleteThematicPlanItem: onRecord('deleteThematicPlanItem(id: $id) { id }', (s) => fresh.planItem(s)),
    createMemberTask: under(
      'createMemberTask',
      'mutation($branchId: ID!, $m: ID!) { createMemberTask(input: { memberId: $m, branchId: $branchId, year: 2026, description: "Việc", assignedOn: "2026-06-10" }) { branchId } }',
      async (s) => ({ branchId: s.branch.id, m: (await fresh.member(s.branch)).id }), 'branchId', (created, s) => expect(created).toEqual({ branchId: s.branch.id }),
    ),
    updateMemberTask: onRecord('updateMemberTask(id: $id, input: { description: "Việc mới" }) { id }', (s) => fresh.memberTask(s)),
    deleteMemberTask: onRecord('deleteMemberTask(id: $id) { id }', (s) => fresh.memberTask(s)),
    assignMemberTasks: under(
      'assignMemberTasks',
      'mutation($branchId: ID!, $m: ID!) { assignMemberTasks(input: { branchId: $branchId, year: 2026, assignedOn: "2026-06-10", tasks: [{ memberId: $m, description: "Việc" }] }) { branchId } }',
      async (s) => ({ branchId: s.branch.id, m: (await fresh.member(s.branch)).id }), 'branchId', (created, s) => expect(created).toEqual([{ branchId: s.branch.id }]),
    ),
  };

  /** A member whose note the administrator changed in setup, so the audit trail holds one entry about them. */
  async function auditedMember(s: Side): Promise<string> {
    const id = (await fresh.member(s.branch)).id;
    await admin('mutation($id: ID!) { updateMember(id: $id, input: { note: "ghi vết" }) { id } }', { id });
    return id;
  }
  async function auditEntryOf(memberId: string): Promise<string> {
    return String((await knex()('audit_entry').where({ entity: 'Member', entity_id: memberId, action: 'UPDATE' }).select('id'))[0].id);
  }
  /** Inside: a member not yet placed anywhere (any administrator may place one); outside: a member of a branch there. */
  async function unplacedOrMember(s: Side): Promise<string> {
    if (s === inside) return (await admin('mutation($n: String!) { createMember(input: { fullName: $n, status: PROBATIONARY, admittedOn: "2026-01-01" }) { id } }', { n: `Chưa xếp ${next()}` })).createMember.id;
    return (await fresh.member(s.branch)).id;
  }

  beforeAll(async () => {
    // Two wards: the roles hold posts in the first; the second is "another organization" in every sense.
    db = await openTestDb(kind, 2, { meetings: true });
    const wards = (await admin('{ wards(limit: 100) { items { id code } } }')).wards.items as Array<{ id: string; code: string }>;
    const org = async (ward: string, search: string): Promise<Org> => {
      const res = await admin(`query($w: ID!, $q: String) { organizations(filter: { wardId: $w, search: $q, dissolved: false }, limit: 1) { items { id ancestors { id } } } }`, { w: ward, q: search });
      const item = res.organizations.items[0];
      return { id: item.id, path: `/${[...item.ancestors.map((a: { id: string }) => a.id), item.id].join('/')}/` };
    };
    const side = async (code: string, branch: string, sibling: string) => {
      const ward = wards.find((w) => w.code === code)!.id;
      return {
        ward, committee: await org(ward, 'Dang uy phuong'), branch: await org(ward, branch), sibling: await org(ward, sibling), armed: await org(ward, 'Chi bo Cong an phuong'),
      };
    };
    inside = await side('LONG-BIEN', 'Chi bo To dan pho so 5', 'Chi bo To dan pho so 6');
    outsideWard = await side('LONG-BIEN-002', 'Chi bo To dan pho so 5', 'Chi bo To dan pho so 6');
    outsideBranch = { ...inside, branch: inside.sibling, sibling: inside.branch };
    expect(outsideWard.committee.path.startsWith(inside.committee.path)).toBe(false);

    // Real accounts behind the viewers, so that the user's own account (changePassword) is theirs.
    const em = db.orm.em.fork();
    const account = async (username: string, role: Role, scope: Org): Promise<Viewer> => {
      const password = `Mat-khau-dau-${username.length}-abc`;
      const user = await createUser(em, { username, displayName: username, role, organization: await em.findOneOrFail(Organization, Number(scope.id)), password });
      passwords.set(username, password);
      return { ...viewerFor(role, scope.path, scope.id), id: String(user.id), userId: user.id, username };
    };
    await account('matran.dangnhap', Role.ANALYST, inside.committee);
    callers = [{ label: 'anonymous', viewer: null }];
    for (const role of ROLES) {
      const scope = role === Role.BRANCH_SECRETARY ? inside.branch : inside.committee;
      callers.push({ label: role, viewer: await account(`matran.${role.toLowerCase()}`, role, scope) });
    }
  });
  afterAll(() => db?.close());

  const MUTATIONS = new Set(Object.keys(schema.getMutationType()!.getFields()));
  const ROOT_FIELDS = [...Object.keys(schema.getQueryType()!.getFields()), ...MUTATIONS];

  interface Step {
    caller: Caller;
    side: 'inside' | 'outside';
    outcome: Outcome;
    label: string;
  }
  /** Every (caller, side) of a field with the outcome its row calls for (or, for a gap, what happens today). */
  function planOf(field: string) {
    const mutation = MUTATIONS.has(field);
    const access = MATRIX[mutation ? 'Mutation' : 'Query'][field];
    const spec = CASES[field];
    const gap = GAPS[field];
    const steps: Step[] = callers.flatMap((caller) =>
      (spec?.outside ? (['inside', 'outside'] as const) : (['inside'] as const)).map((side) => {
        const outcome = expectedOutcome(access, caller.viewer, side);
        return { caller, side, outcome: outcome === 'hidden' && gap && gap.today !== 'refused' ? 'ok' : outcome, label: `${caller.label} ${side} ${field}` };
      }),
    );
    return { mutation, access, spec, gap, steps };
  }
  const sideOf = (step: Step) => (step.side === 'inside' ? inside : outsideOf(step.caller));
  const prepareFor = (spec: Case, step: Step) => (step.side === 'inside' ? spec.inside(inside, step.caller) : spec.outside!(outsideOf(step.caller), step.caller));

  /** The refusal an outside id must get, compared word for word with the same call naming a missing id. */
  async function expectLikeMissing(p: Prepared, caller: Caller, label: string, mutation: boolean) {
    const real = await db.run(p.doc, p.vars, caller.viewer);
    const missing = await db.run(p.doc, p.missing!, caller.viewer);
    expect(real.errors, label).toEqual(missing.errors);
    expect(real.data ?? null, label).toEqual(missing.data ?? null);
    if (mutation) {
      expect(real.errors?.[0]?.extensions, `${label}: ${JSON.stringify(real.errors)}`).toMatchObject({ code: p.code ?? 'NOT_FOUND', field: p.field });
    } else {
      expect(real.errors, label).toBeUndefined();
      const value = Object.values(real.data ?? {})[0] as { total?: number } | null;
      expect(value === null || value.total === 0, `${label}: ${JSON.stringify(real.data)}`).toBe(true);
      // …while the whole-tree administrator finds something there: the call pointed at real rows.
      const seen = Object.values((await db.run(p.doc, p.vars)).data ?? {})[0] as { total?: number } | null;
      expect(seen !== null && seen.total !== 0, `${label} as the whole-tree administrator`).toBe(true);
    }
  }

  /** Runs one refused call and checks its exact answer (the caller of `hidden` compares it with a missing id). */
  async function expectRefused(step: Step, call: Prepared, mutation: boolean, gap: Gap | undefined) {
    if (step.outcome === 'hidden' && gap?.today === 'refused') {
      const res = await db.run(call.doc, call.vars, step.caller.viewer);
      expect(res.errors?.[0]?.extensions, `${step.label} (gap: ${gap.why})`).toMatchObject({ code: gap.code, field: gap.field ?? call.field });
    } else if (step.outcome === 'hidden') await expectLikeMissing(call, step.caller, step.label, mutation);
    else {
      const res = await db.run(call.doc, call.vars, step.caller.viewer);
      expect(res.errors?.map((e) => e.extensions?.code), `${step.label}: ${JSON.stringify(res.errors)}`).toEqual([step.outcome]);
      expect(res.errors?.[0]?.extensions?.field, step.label).toBeUndefined();
    }
  }

  it('refuses every mutation to the signed-out, to roles without its capability and outside the subtree like a missing id, and writes nothing', async () => {
    // All refusals between two fingerprints (one fingerprint reads every table). A refused call changes nothing, so
    // the refusals on one side of a field share one prepared call and its fresh record.
    const runs: Array<{ step: Step; call: Prepared; gap?: Gap }> = [];
    for (const field of MUTATIONS) {
      const { spec, gap, steps } = planOf(field);
      if (!spec) continue; // reported by the field's own test
      const shared = new Map<Side, Promise<Prepared>>();
      for (const step of steps.filter((s) => s.outcome !== 'ok')) {
        if (!shared.has(sideOf(step))) shared.set(sideOf(step), prepareFor(spec, step));
        runs.push({ step, call: await shared.get(sideOf(step))!, gap });
      }
    }
    expect(runs.length).toBeGreaterThan(MUTATIONS.size * 4);
    const before = await db.fingerprint();
    for (const { step, call, gap } of runs) await expectRefused(step, call, true, gap);
    expect(await db.fingerprint(), 'the refusals wrote nothing').toBe(before);
  });

  it.each(ROOT_FIELDS)('%s answers every role exactly as its row says, inside and outside the role’s subtree', async (field) => {
    const { mutation, access, spec, gap, steps } = planOf(field);
    expect(access, `a row in MATRIX for ${field}`).toBeDefined();
    expect(spec, `a case in CASES for ${field}`).toBeDefined();
    expect(!spec.outside, `${field}: an outside case, or a place in GLOBAL`).toBe(GLOBAL.has(field));
    // Refusals of reads (those of mutations are checked above, between fingerprints).
    if (!mutation) for (const step of steps.filter((s) => s.outcome !== 'ok')) await expectRefused(step, await prepareFor(spec, step), false, gap);
    // Successes, each on a record of its own.
    for (const step of steps.filter((s) => s.outcome === 'ok')) {
      const call = await prepareFor(spec, step);
      const res = await db.run(call.doc, call.vars, step.caller.viewer);
      expect(res.errors, `${step.label}: ${JSON.stringify(res.errors)}`).toBeUndefined();
      if (step.side === 'inside') await call.check?.(res.data!, step.caller);
      else {
        // Only a gap succeeds outside: today the record there is shown or changed.
        const value = Object.values(res.data!)[0] as { total?: number } | null;
        expect(value !== null && value.total !== 0, `${step.label} (gap: ${gap!.why})`).toBe(true);
      }
    }
  });

  it('hides personal fields from roles that may not read them, field by field', async () => {
    const personal = Object.entries(MATRIX.Member).filter(([, a]) => a === 'personal').map(([f]) => f);
    const doc = `query($id: ID!) { member(id: $id) { fullName ${personal.join(' ')} } }`;
    const withPhone = (await admin('query($b: ID!) { members(filter: { organizationId: $b }, limit: 100) { items { id phone } } }', { b: inside.branch.id })).members.items.find((m: { phone: string | null }) => m.phone);
    const id = withPhone.id as string;
    const stored = (await admin(doc, { id })).member;
    expect(stored.phone).toBeTruthy();
    for (const { viewer } of callers.slice(1)) {
      const res = await db.run(doc, { id }, viewer);
      for (const f of personal) expect(res.data!.member[f], `${viewer!.role} ${f}`).toBe(viewer!.can.readPersonalData ? stored[f] : null);
      expect(res.data!.member.fullName).toBeTruthy();
    }
  });

  it('uses viewers that are what the README says: one per role, the secretary over one branch', () => {
    expect(callers.map((c) => c.viewer?.role ?? null)).toEqual([null, ...ROLES]);
    expect(callers.find((c) => c.viewer?.role === Role.BRANCH_SECRETARY)!.viewer!.scopePath).toBe(inside.branch.path);
    expect(callers.filter((c) => c.viewer && c.viewer.role !== Role.BRANCH_SECRETARY).map((c) => c.viewer!.scopePath)).toEqual(Array(4).fill(inside.committee.path));
  });
});
