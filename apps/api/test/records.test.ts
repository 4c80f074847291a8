import { Role } from '@chibo/domain';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../src/modules/audit/audit.service';
import { DATABASES, openTestDb, type TestDb, viewerFor } from './harness';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const CREATE_MEMBER = `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`;
const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const CREATE_RESOLUTION = `mutation($input: CreateResolutionInput!) { createResolution(input: $input) { id tasks { id } } }`;
const CREATE_REVIEW = `mutation($input: CreateResolutionReviewInput!) { createResolutionReview(input: $input) { id version kind note reviewedOn memberId reviewMeetingId resolutionId } }`;
const UPDATE_REVIEW = `mutation($id: ID!, $input: UpdateResolutionReviewInput!) { updateResolutionReview(id: $id, input: $input) { id version kind memberId note } }`;
const CREATE_PLAN = `mutation($input: CreateThematicPlanItemInput!) { createThematicPlanItem(input: $input) { id version year quarter title topicArea reportedOn branchId } }`;
const UPDATE_PLAN = `mutation($id: ID!, $input: UpdateThematicPlanItemInput!) { updateThematicPlanItem(id: $id, input: $input) { id version quarter reportedOn } }`;

/**
 * Records around meetings that the README lists but no other file exercises: the monthly reviews of a resolution,
 * the thematic plan (one topic a quarter), deleting a meeting with everything hanging off it, and the links between
 * organizations merged into a new one.
 */
describe.each(DATABASES)('resolution reviews, thematic plans, meeting deletion and mergers on %s', (kind) => {
  let db: TestDb;
  let wardId: string;
  let committee: string;
  let branchA: string;
  let branchB: string;
  let pathB: string;
  const m: Record<string, string> = {};
  let marchMeeting: string;
  let aprilMeeting: string;
  let meetingOfB: string;
  let resolution: string;

  const ok = async (query: string, variables: Record<string, unknown>) => {
    const res = await db.run(query, variables);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0] as Record<string, any>;
  };
  /** Refused with the code and field, naming the field in the message, and nothing written. */
  async function expectRefused(query: string, variables: Record<string, unknown>, code: string, field: string, as?: Parameters<TestDb['run']>[2]) {
    const before = await db.fingerprint();
    const res = await db.run(query, variables, as);
    expect(res.errors?.[0]?.extensions, JSON.stringify(res.errors)).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(await db.fingerprint()).toBe(before);
  }
  const knex = () => (db.orm.em as SqlEntityManager).getKnex();
  const count = async (table: string, where: Record<string, unknown>) => Number((await knex()(table).where(where).count({ n: '*' }))[0].n);
  const audited = async (entity: string, action: string, entityId: string) =>
    (await db.run(`query($e: String) { auditEntries(filter: { entity: ["${entity}"], action: [${action}], entityId: $e }) { total } }`, { e: entityId })).data!.auditEntries.total as number;

  beforeAll(async () => {
    db = await openTestDb(kind);
    wardId = (await ok(`mutation { createWard(input: { code: "GR", name: "Phường Ghi Chép", foundedOn: "2020-01-01" }) { id } }`, {})).id;
    committee = (await ok(CREATE_ORG, { input: { wardId, kind: 'WARD_COMMITTEE', code: 'DU', name: 'Đảng ủy phường Ghi Chép', foundedOn: '2020-01-01' } })).id;
    const branch = async (code: string, name: string) =>
      (await ok(CREATE_ORG, { input: { wardId, parentId: committee, kind: 'BRANCH', branchKind: 'RESIDENTIAL', code, name, foundedOn: '2020-01-01' } })).id as string;
    branchA = await branch('A', 'Chi bộ Tổ dân phố số 1');
    branchB = await branch('B', 'Chi bộ Tổ dân phố số 2');
    pathB = `/${committee}/${branchB}/`;
    const member = async (key: string, fullName: string, branchId: string) => {
      m[key] = (await ok(CREATE_MEMBER, { input: { fullName, status: 'OFFICIAL', admittedOn: '2000-01-01', officialOn: '2001-01-01', birthDate: '1970-03-03', membership: { branchId, from: '2020-01-01' } } })).id;
    };
    await member('a0', 'Nguyễn Văn An', branchA);
    await member('a1', 'Trần Thị Bình', branchA);
    await member('b0', 'Lê Văn Cường', branchB);
    marchMeeting = (await ok(CREATE_MEETING, { input: { organizationId: branchA, kind: 'REGULAR', heldOn: '2026-03-05', startTime: '08:00', endTime: '10:00' } })).id;
    aprilMeeting = (await ok(CREATE_MEETING, { input: { organizationId: branchA, kind: 'REGULAR', heldOn: '2026-04-03', startTime: '08:00', endTime: '10:00' } })).id;
    meetingOfB = (await ok(CREATE_MEETING, { input: { organizationId: branchB, kind: 'REGULAR', heldOn: '2026-04-02', startTime: '08:00', endTime: '10:00' } })).id;
    resolution = (await ok(CREATE_RESOLUTION, { input: { meetingId: marchMeeting, kind: 'RESOLUTION', title: 'Nghị quyết tháng 3/2026', content: 'Giữ gìn vệ sinh khu dân cư.', tasks: [{ description: 'Tổng vệ sinh', ownerMemberId: m.a0, deadline: '2026-03-31' }] } })).id;
  });
  afterAll(() => db?.close());

  describe('resolution reviews', () => {
    let review: Record<string, any>;

    it('records a review at the next month’s meeting and lists it under its resolution', async () => {
      review = await ok(CREATE_REVIEW, { input: { resolutionId: resolution, kind: 'PROGRESS', note: 'Đã tổng vệ sinh 3 ngõ.', reviewedOn: '2026-04-03', reviewMeetingId: aprilMeeting } });
      expect(review).toMatchObject({ kind: 'PROGRESS', reviewedOn: '2026-04-03', reviewMeetingId: aprilMeeting, resolutionId: resolution, memberId: null, version: 1 });
      const listed = await db.run(`query($r: ID!, $b: ID!) {
        resolution(id: $r) { reviews { id } }
        resolutionReviews(filter: { organizationId: $b }) { total items { id } }
      }`, { r: resolution, b: branchA });
      expect(listed.data!.resolution.reviews).toEqual([{ id: review.id }]);
      expect(listed.data!.resolutionReviews).toEqual({ total: 1, items: [{ id: review.id }] });
      expect(await audited('ResolutionReview', 'CREATE', review.id)).toBe(1);
    });

    it('refuses a review before the resolution, in the future, a praise without a member, a member or meeting of another branch, an empty note', async () => {
      const input = { resolutionId: resolution, kind: 'PROGRESS', note: 'Ghi nhận', reviewedOn: '2026-04-03' };
      await expectRefused(CREATE_REVIEW, { input: { ...input, reviewedOn: '2026-03-04' } }, 'BAD_USER_INPUT', 'reviewedOn');
      await expectRefused(CREATE_REVIEW, { input: { ...input, reviewedOn: '2099-01-01' } }, 'BAD_USER_INPUT', 'reviewedOn');
      await expectRefused(CREATE_REVIEW, { input: { ...input, kind: 'PRAISE' } }, 'BAD_USER_INPUT', 'memberId');
      await expectRefused(CREATE_REVIEW, { input: { ...input, kind: 'CORRECTION', memberId: m.b0 } }, 'BAD_USER_INPUT', 'memberId');
      await expectRefused(CREATE_REVIEW, { input: { ...input, reviewMeetingId: meetingOfB } }, 'BAD_USER_INPUT', 'reviewMeetingId');
      await expectRefused(CREATE_REVIEW, { input: { ...input, note: '  ' } }, 'BAD_USER_INPUT', 'note');
      await expectRefused(CREATE_REVIEW, { input: { ...input, resolutionId: '999999' } }, 'NOT_FOUND', 'resolutionId');
    });

    it('changes a review under the same rules and refuses a stale version', async () => {
      const praised = await ok(UPDATE_REVIEW, { id: review.id, input: { version: review.version, kind: 'PRAISE', memberId: m.a0, note: 'Biểu dương đồng chí An.' } });
      expect(praised).toMatchObject({ kind: 'PRAISE', memberId: m.a0, version: review.version + 1 });
      await expectRefused(UPDATE_REVIEW, { id: review.id, input: { version: review.version, note: 'Sửa từ bản cũ' } }, 'CONFLICT', 'version');
      // Removing the member from a praise is refused: a praise names whom it praises.
      await expectRefused(UPDATE_REVIEW, { id: review.id, input: { memberId: null } }, 'BAD_USER_INPUT', 'memberId');
      await expectRefused(UPDATE_REVIEW, { id: review.id, input: { reviewedOn: '2026-03-01' } }, 'BAD_USER_INPUT', 'reviewedOn');
      review = { ...review, ...praised };
      expect(await audited('ResolutionReview', 'UPDATE', review.id)).toBe(1);
    });

    it('answers another branch’s secretary NOT_FOUND and an analyst FORBIDDEN, and lets the administrator delete it', async () => {
      const secretaryOfB = viewerFor(Role.BRANCH_SECRETARY, pathB, branchB);
      await expectRefused(UPDATE_REVIEW, { id: review.id, input: { note: 'Không phải chi bộ mình' } }, 'NOT_FOUND', 'id', secretaryOfB);
      await expectRefused(`mutation($id: ID!) { deleteResolutionReview(id: $id) { id } }`, { id: review.id }, 'NOT_FOUND', 'id', secretaryOfB);
      expect((await db.run(`query($id: ID!) { resolutionReview(id: $id) { id } }`, { id: review.id }, secretaryOfB)).data!.resolutionReview).toBeNull();
      await expectRefused(`mutation($id: ID!) { deleteResolutionReview(id: $id) { id } }`, { id: review.id }, 'FORBIDDEN', '', viewerFor(Role.ANALYST, '/'));
      const gone = await ok(`mutation($id: ID!) { deleteResolutionReview(id: $id) { id note } }`, { id: review.id });
      expect(gone).toEqual({ id: review.id, note: 'Biểu dương đồng chí An.' });
      expect((await db.run(`query($id: ID!) { resolutionReview(id: $id) { id } }`, { id: review.id })).data!.resolutionReview).toBeNull();
      expect(await audited('ResolutionReview', 'DELETE', review.id)).toBe(1);
    });
  });

  describe('thematic plans', () => {
    let q1: Record<string, any>;
    let q2: Record<string, any>;
    const plan = (branchId: string, quarter: number, extra: Record<string, unknown> = {}) =>
      ({ input: { branchId, year: 2026, quarter, topicArea: 'HO_CHI_MINH_THOUGHT', title: `Chủ đề quý ${quarter}`, ...extra } });

    it('plans one topic a quarter per branch: a second one for the same quarter is refused, another branch’s is not', async () => {
      q1 = await ok(CREATE_PLAN, plan(branchA, 1));
      expect(q1).toMatchObject({ year: 2026, quarter: 1, branchId: branchA, reportedOn: null, version: 1 });
      await expectRefused(CREATE_PLAN, plan(branchA, 1, { title: 'Chủ đề khác' }), 'CONFLICT', 'quarter');
      q2 = await ok(CREATE_PLAN, plan(branchA, 2, { topicArea: 'ANTI_CORRUPTION' }));
      await ok(CREATE_PLAN, plan(branchB, 1));
      const listed = await db.run(`query($b: ID!) { thematicPlanItems(filter: { organizationId: $b, year: 2026 }) { total items { quarter } } }`, { b: branchA });
      expect(listed.data!.thematicPlanItems).toEqual({ total: 2, items: [{ quarter: 1 }, { quarter: 2 }] });
    });

    it('refuses a quarter outside 1 to 4, a year outside 2000 to 2100, a committee instead of a branch, an empty title, a future report day', async () => {
      await expectRefused(CREATE_PLAN, plan(branchA, 5), 'BAD_USER_INPUT', 'quarter');
      await expectRefused(CREATE_PLAN, plan(branchA, 0), 'BAD_USER_INPUT', 'quarter');
      await expectRefused(CREATE_PLAN, plan(branchA, 3, { year: 1999 }), 'BAD_USER_INPUT', 'year');
      await expectRefused(CREATE_PLAN, plan(committee, 3), 'BAD_USER_INPUT', 'branchId');
      await expectRefused(CREATE_PLAN, plan(branchA, 3, { title: ' ' }), 'BAD_USER_INPUT', 'title');
      await expectRefused(CREATE_PLAN, plan(branchA, 3, { reportedOn: '2099-01-01' }), 'BAD_USER_INPUT', 'reportedOn');
      await expectRefused(CREATE_PLAN, plan(branchA, 3), 'NOT_FOUND', 'branchId', viewerFor(Role.BRANCH_SECRETARY, pathB, branchB));
    });

    it('records the report day, refuses moving a topic onto a planned quarter or from a stale version, and frees the quarter when deleted', async () => {
      const reported = await ok(UPDATE_PLAN, { id: q2.id, input: { version: q2.version, reportedOn: '2026-01-10' } });
      expect(reported).toMatchObject({ reportedOn: '2026-01-10', version: q2.version + 1 });
      await expectRefused(UPDATE_PLAN, { id: q2.id, input: { quarter: 1 } }, 'CONFLICT', 'quarter');
      await expectRefused(UPDATE_PLAN, { id: q2.id, input: { version: q2.version, title: 'Cũ' } }, 'CONFLICT', 'version');
      const gone = await ok(`mutation($id: ID!) { deleteThematicPlanItem(id: $id) { id quarter } }`, { id: q1.id });
      expect(gone).toEqual({ id: q1.id, quarter: 1 });
      expect(await audited('ThematicPlanItem', 'DELETE', q1.id)).toBe(1);
      const moved = await ok(UPDATE_PLAN, { id: q2.id, input: { quarter: 1 } });
      expect(moved.quarter).toBe(1);
    });
  });

  describe('deleting a meeting', () => {
    /** A meeting with attendance, a guest, and a resolution with a task and a review. */
    async function meetingWithEverything(heldOn: string) {
      const mtg = (await ok(`mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id guests { id } } }`, {
        input: { organizationId: branchA, kind: 'THEMATIC', heldOn, thematicTopic: 'Xây dựng Đảng', guests: [{ name: 'Đồng chí Đảng ủy viên', role: 'COMMITTEE_MEMBER' }] },
      }));
      await ok(`mutation($id: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(meetingId: $id, entries: $e) { id } }`, {
        id: mtg.id, e: [{ memberId: m.a0, status: 'PRESENT' }, { memberId: m.a1, status: 'EXCUSED', reason: 'Ốm' }],
      });
      const res = await ok(CREATE_RESOLUTION, { input: { meetingId: mtg.id, kind: 'CONCLUSION', title: 'Kết luận chuyên đề', content: 'Nội dung', tasks: [{ description: 'Việc 1', ownerMemberId: m.a1, deadline: '2026-05-30' }] } });
      const rev = await ok(CREATE_REVIEW, { input: { resolutionId: res.id, kind: 'PROGRESS', note: 'Đang làm', reviewedOn: '2026-04-25' } });
      return { mtg, res, rev };
    }

    // Tasks and reviews are removed one by one, not by the database's ON DELETE CASCADE, which writes no audit entry.
    it('leaves an audit entry for each task and review of its resolutions', async () => {
      const { mtg, res, rev } = await meetingWithEverything('2026-04-22');
      await ok(`mutation($id: ID!) { deleteMeeting(id: $id) { id } }`, { id: mtg.id });
      expect(await audited('ResolutionTask', 'DELETE', res.tasks[0].id)).toBe(1);
      expect(await audited('ResolutionReview', 'DELETE', rev.id)).toBe(1);
    });

    it('removes its attendance, guests, resolutions with their tasks and reviews; the meeting, guests, attendance and resolutions leave audit entries', async () => {
      const { mtg, res } = await meetingWithEverything('2026-04-20');
      const id = Number(mtg.id);
      const children = async () => ({
        attendance: await count('attendance', { meeting_id: id }),
        guests: await count('meeting_guest', { meeting_id: id }),
        resolutions: await count('resolution', { meeting_id: id }),
        tasks: await count('resolution_task', { resolution_id: Number(res.id) }),
        reviews: await count('resolution_review', { resolution_id: Number(res.id) }),
      });
      expect(await children()).toEqual({ attendance: 2, guests: 1, resolutions: 1, tasks: 1, reviews: 1 });
      const attendanceIds = (await knex()('attendance').where({ meeting_id: id }).select('id')).map((r: { id: number }) => String(r.id));

      // Only within the writer's subtree, and only by a role that records meetings.
      await expectRefused(`mutation($id: ID!) { deleteMeeting(id: $id) { id } }`, { id: mtg.id }, 'NOT_FOUND', 'id', viewerFor(Role.BRANCH_SECRETARY, pathB, branchB));
      await expectRefused(`mutation($id: ID!) { deleteMeeting(id: $id) { id } }`, { id: mtg.id }, 'FORBIDDEN', '', viewerFor(Role.ANALYST, '/'));

      const deleted = await ok(`mutation($id: ID!) { deleteMeeting(id: $id) { id heldOn kind } }`, { id: mtg.id });
      expect(deleted).toEqual({ id: mtg.id, heldOn: '2026-04-20', kind: 'THEMATIC' });
      expect((await db.run(`query($id: ID!) { meeting(id: $id) { id } }`, { id: mtg.id })).data!.meeting).toBeNull();
      expect(await children()).toEqual({ attendance: 0, guests: 0, resolutions: 0, tasks: 0, reviews: 0 });
      expect(await audited('Meeting', 'DELETE', mtg.id)).toBe(1);
      expect(await audited('MeetingGuest', 'DELETE', mtg.guests[0].id)).toBe(1);
      expect(await audited('Resolution', 'DELETE', res.id)).toBe(1);
      for (const line of attendanceIds) expect(await audited('Attendance', 'DELETE', line)).toBe(1);
      // The other meetings and their resolution are untouched, and the chain still verifies.
      expect(await count('resolution', { id: Number(resolution) })).toBe(1);
      expect(await verifyChain(db.orm.em.fork())).toBeNull();
    });
  });

  describe('mergers', () => {
    it('links a branch formed from two dissolved ones both ways, and reads each side as of its day', async () => {
      const old = async (code: string, name: string) =>
        (await ok(CREATE_ORG, { input: { wardId, parentId: committee, kind: 'BRANCH', branchKind: 'RESIDENTIAL', code, name, foundedOn: '2020-01-01', dissolvedOn: '2025-07-01' } })).id as string;
      const x = await old('X', 'Chi bộ Khu X');
      const y = await old('Y', 'Chi bộ Khu Y');
      const merged = (await ok(CREATE_ORG, { input: { wardId, parentId: committee, kind: 'BRANCH', branchKind: 'RESIDENTIAL', code: 'XY', name: 'Chi bộ Khu XY', foundedOn: '2025-07-01', predecessorIds: [x, y] } })).id as string;

      const links = `query($ids: [ID!]) { organizations(filter: { ids: $ids }, sort: [{ field: ID }]) { items { id predecessors { id } successors { id } } } }`;
      const linked = (await db.run(links, { ids: [x, y, merged] })).data!.organizations.items;
      expect(linked).toEqual([
        { id: x, predecessors: [], successors: [{ id: merged }] },
        { id: y, predecessors: [], successors: [{ id: merged }] },
        { id: merged, predecessors: [{ id: x }, { id: y }], successors: [] },
      ]);
      const asOf = `query($day: Date, $ids: [ID!]) { organizations(filter: { ids: $ids, asOf: $day }, sort: [{ field: ID }]) { items { id } } }`;
      expect((await db.run(asOf, { day: '2025-06-30', ids: [x, y, merged] })).data!.organizations.items).toEqual([{ id: x }, { id: y }]);
      expect((await db.run(asOf, { day: '2025-07-01', ids: [x, y, merged] })).data!.organizations.items).toEqual([{ id: merged }]);

      // The list is replaced as a whole; an organization cannot precede itself, nor can one that does not exist.
      const update = `mutation($id: ID!, $p: [ID!]) { updateOrganization(id: $id, input: { predecessorIds: $p }) { predecessors { id } } }`;
      expect((await ok(update, { id: merged, p: [x] })).predecessors).toEqual([{ id: x }]);
      expect((await db.run(links, { ids: [y] })).data!.organizations.items[0].successors).toEqual([]);
      await expectRefused(update, { id: merged, p: [merged] }, 'BAD_USER_INPUT', 'predecessorIds');
      await expectRefused(update, { id: merged, p: [x, '999999'] }, 'BAD_USER_INPUT', 'predecessorIds');
    });
  });
});
