import { Role, todayInVietnam } from '@chibo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, openTestDb, type TestDb, viewerFor } from './harness';

/**
 * Personal data and the existence of records, probed the way an attacker would: through echoes of writes, filters,
 * sorts, counts and error codes, as a branch secretary and as an analyst. Each case was a leak found from outside.
 */
describe.each(DATABASES)('personal data and scope on %s', (kind) => {
  let db: TestDb;
  let own: { id: string; path: string };
  let ward: { id: string; path: string };
  let otherBranch: string;
  let secretary: ReturnType<typeof viewerFor>;
  let analyst: ReturnType<typeof viewerFor>;
  let ownMembers: string[];
  let otherMember: string;
  let ownMeeting: { id: string; version: number };
  let otherMeeting: string;
  const MISSING = '999999999999';

  const org = async (search: string) => {
    const res = await db.run(`query($q: String) { organizations(filter: { search: $q, dissolved: false }, limit: 1) { items { id ancestors { id } } } }`, { q: search });
    const item = res.data!.organizations.items[0];
    return { id: item.id as string, path: `/${[...item.ancestors.map((a: { id: string }) => a.id), item.id].join('/')}/` };
  };
  const membersOf = async (orgId: string) =>
    (await db.run(`query($id: ID!) { members(filter: { organizationId: $id }, limit: 100) { items { id } } }`, { id: orgId })).data!.members.items.map((m: { id: string }) => m.id) as string[];
  const meetingOf = async (orgId: string) =>
    (await db.run(`query($id: ID!) { meetings(filter: { organizationId: $id, held: true }, limit: 1) { items { id version } } }`, { id: orgId })).data!.meetings.items[0];

  /** Runs a refused write and checks it answers exactly as the same write naming a missing id, and writes nothing. */
  async function expectLikeMissing(query: string, vars: (id: string) => Record<string, unknown>, realId: string, as: ReturnType<typeof viewerFor>, code: string, field: string) {
    const before = await db.fingerprint();
    const real = await db.run(query, vars(realId), as);
    const missing = await db.run(query, vars(MISSING), as);
    expect(real.errors?.[0]?.extensions, JSON.stringify(real.errors)).toMatchObject({ code, field });
    expect(real.errors).toEqual(missing.errors);
    expect(real.data ?? null).toEqual(missing.data ?? null);
    expect(await db.fingerprint()).toBe(before);
  }

  beforeAll(async () => {
    db = await openTestDb(kind, 1, { meetings: true });
    ward = await org('Dang uy phuong');
    own = await org('Chi bo To dan pho so 5');
    otherBranch = (await org('Chi bo To dan pho so 6')).id;
    secretary = viewerFor(Role.BRANCH_SECRETARY, own.path, own.id);
    analyst = viewerFor(Role.ANALYST, ward.path, ward.id);
    ownMembers = await membersOf(own.id);
    otherMember = (await membersOf(otherBranch))[0];
    ownMeeting = await meetingOf(own.id);
    otherMeeting = (await meetingOf(otherBranch)).id;
  });
  afterAll(() => db.close());

  it('A: a secretary cannot read another branch’s member through a meeting’s guest list (the echo is refused like a missing id)', async () => {
    const update = `mutation($id: ID!, $m: ID) { updateMeeting(id: $id, input: { guests: [{ memberId: $m, role: OTHER }] }) { guests { name member { fullName } } } }`;
    await expectLikeMissing(update, (m) => ({ id: ownMeeting.id, m }), otherMember, secretary, 'NOT_FOUND', 'guests.0.memberId');
    // A guest the office recorded stays when the secretary saves the list again, without revealing more than its name.
    const byOffice = await db.run(update, { id: ownMeeting.id, m: otherMember });
    expect(byOffice.errors).toBeUndefined();
    const name = byOffice.data!.updateMeeting.guests[0].name;
    const again = await db.run(update, { id: ownMeeting.id, m: otherMember }, secretary);
    expect(again.errors).toBeUndefined();
    expect(again.data!.updateMeeting.guests).toEqual([{ name, member: null }]);
  });

  it('B: an analyst can neither filter nor sort members by birth date; a secretary’s filter sees only today’s members', async () => {
    const byBirth = `query($ids: [ID!], $from: Date, $to: Date) { members(filter: { ids: $ids, birthDate: { from: $from, to: $to } }) { total } }`;
    const refused = await db.run(byBirth, { ids: [ownMembers[0]], from: '1900-01-01', to: '1999-12-31' }, analyst);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'filter.birthDate' });
    const sorted = await db.run(`{ members(sort: [{ field: BIRTH_DATE }]) { items { id } } }`, {}, analyst);
    expect(sorted.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'sort' });
    // The office still filters by birth date.
    const office = await db.run(byBirth, { ids: ownMembers, from: '1900-01-01', to: '2100-01-01' });
    expect(office.data!.members.total).toBe(ownMembers.length);

    // A member who left the branch: still listed in the secretary's history, but no longer found by birth date.
    const leaver = ownMembers[ownMembers.length - 1];
    const moved = await db.run(`mutation($m: ID!, $b: ID!, $on: Date!) { transferMember(input: { memberId: $m, branchId: $b, on: $on }) { id } }`, { m: leaver, b: otherBranch, on: todayInVietnam() });
    expect(moved.errors).toBeUndefined();
    const before = (await db.run(byBirth, { ids: [leaver], from: '1900-01-01', to: '2100-01-01' }, secretary)).data!.members.total;
    expect(before).toBe(0);
    const stillListed = await db.run(`query($ids: [ID!]) { members(filter: { ids: $ids }) { total items { fullName phone address identityNumber birthDate } } }`, { ids: [leaver] }, secretary);
    expect(stillListed.data!.members.total).toBe(1);
    // Personal fields of a member who has left are no longer the secretary's to read.
    expect(stillListed.data!.members.items[0]).toMatchObject({ phone: null, address: null, identityNumber: null, birthDate: null });
    expect(stillListed.data!.members.items[0].fullName).toBeTruthy();
    const stays = await db.run(`query($ids: [ID!]) { members(filter: { ids: $ids }) { items { phone birthDate } } }`, { ids: [ownMembers[0]] }, secretary);
    expect(stays.data!.members.items[0].phone).toBeTruthy();
    expect(stays.data!.members.items[0].birthDate).toBeTruthy();
  });

  it('C: exemption reasons (health) are personal data: null for an analyst, shown to the office', async () => {
    const q = `{ exemptions(limit: 100) { total items { reason from } } }`;
    const office = (await db.run(q)).data!.exemptions;
    expect(office.total).toBeGreaterThan(0);
    expect(office.items.some((e: { reason: string | null }) => e.reason)).toBe(true);
    const seen = (await db.run(q, {}, analyst)).data!.exemptions;
    expect(seen.total).toBe(office.total);
    expect(seen.items.every((e: { reason: string | null; from: string }) => e.reason === null && e.from)).toBe(true);
  });

  it('answers an id outside the secretary’s branch exactly as a missing one, for every kind of meeting record', async () => {
    await expectLikeMissing(`mutation($id: ID!) { updateMeeting(id: $id, input: { place: "x" }) { id } }`, (id) => ({ id }), otherMeeting, secretary, 'NOT_FOUND', 'id');
    await expectLikeMissing(`mutation($id: ID!) { deleteMeeting(id: $id) { id } }`, (id) => ({ id }), otherMeeting, secretary, 'NOT_FOUND', 'id');
    await expectLikeMissing(`mutation($id: ID!) { recordAttendance(meetingId: $id, entries: []) { id } }`, (id) => ({ id }), otherMeeting, secretary, 'NOT_FOUND', 'meetingId');
    await expectLikeMissing(`mutation($id: ID!) { createResolution(input: { meetingId: $id, kind: RESOLUTION, title: "x", content: "x" }) { id } }`, (id) => ({ id }), otherMeeting, secretary, 'NOT_FOUND', 'meetingId');
    await expectLikeMissing(`mutation($id: ID!) { createMeeting(input: { organizationId: $id, kind: REGULAR }) { id } }`, (id) => ({ id }), otherBranch, secretary, 'NOT_FOUND', 'organizationId');
    await expectLikeMissing(`mutation($id: ID!) { createThematicPlanItem(input: { branchId: $id, year: 2026, quarter: 1, title: "x", topicArea: PARTY_BUILDING }) { id } }`, (id) => ({ id }), otherBranch, secretary, 'NOT_FOUND', 'branchId');
    await expectLikeMissing(
      `mutation($b: ID!, $m: ID!) { createMemberTask(input: { branchId: $b, memberId: $m, year: 2026, description: "x", assignedOn: "2026-01-10" }) { id } }`,
      (m) => ({ b: own.id, m }), otherMember, secretary, 'NOT_FOUND', 'memberId',
    );
    await expectLikeMissing(`mutation($id: ID!) { updateMember(id: $id, input: { note: "x" }) { id } }`, (id) => ({ id }), otherMember, viewerFor(Role.ADMINISTRATOR, own.path, own.id), 'NOT_FOUND', 'id');
  });

  it('G: a 100,000-character search is refused as bad input naming the field, on both databases', async () => {
    const huge = 'Nguyễn '.repeat(15_000);
    for (const query of ['query($q: String) { members(filter: { search: $q }) { total } }', 'query($q: String) { organizations(filter: { search: $q }) { total } }']) {
      const res = await db.run(query, { q: huge });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search', max: 100 });
    }
    const atLimit = await db.run('query($q: String) { members(filter: { search: $q }) { total } }', { q: 'n'.repeat(100) });
    expect(atLimit.errors).toBeUndefined();
    // A NUL character is stored by neither database (the SQLite driver failed on it with an internal error).
    const nul = await db.run(`mutation($m: ID!, $r: String) { createExemption(input: { memberId: $m, from: "2026-11-01", reason: $r }) { id } }`, { m: ownMembers[0], r: 'Ốm\u0000' });
    expect(nul.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('H: over-long lists and strings are refused before anything is written (guests, attendance lines, notes)', async () => {
    const before = await db.fingerprint();
    const guests = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Khách ${i}`, role: 'OTHER' }));
    const update = `mutation($id: ID!, $g: [GuestInput!]) { updateMeeting(id: $id, input: { guests: $g }) { id } }`;
    const flood = await db.run(update, { id: ownMeeting.id, g: guests(28_000) }, secretary);
    expect(flood.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'guests', max: 50 });
    const over = await db.run(update, { id: ownMeeting.id, g: guests(51) }, secretary);
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'guests' });
    const longName = await db.run(update, { id: ownMeeting.id, g: [{ name: 'x'.repeat(201), role: 'OTHER' }] }, secretary);
    expect(longName.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'guests.0.name' });
    const lines = Array.from({ length: 501 }, () => ({ memberId: ownMembers[0], status: 'PRESENT' }));
    const sheet = await db.run(`mutation($id: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(meetingId: $id, entries: $e) { id } }`, { id: ownMeeting.id, e: lines }, secretary);
    expect(sheet.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries', max: 500 });
    const note = await db.run(`mutation($id: ID!, $n: String) { updateMember(id: $id, input: { note: $n }) { id } }`, { id: ownMembers[0], n: 'x'.repeat(5_001) });
    expect(note.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note', max: 5000 });
    expect(await db.fingerprint()).toBe(before);
    // At the limit, a list of guests is accepted.
    const fifty = await db.run(update, { id: ownMeeting.id, g: guests(50) }, secretary);
    expect(fifty.errors).toBeUndefined();
  });

  it('H: the cost rule counts nested lists at their real maximum (50 guests a meeting), so reading them back is bounded', async () => {
    const deep = `{ meetings(limit: 100) { items { guests { member { memberships { branch { name } } } } } } }`;
    const res = await db.run(deep);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const fine = await db.run(`{ meetings(limit: 100) { items { guests { name member { fullName } } } } }`);
    expect(fine.errors).toBeUndefined();
  });
});
