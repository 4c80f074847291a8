import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personSortKey } from '@chibo/domain';
import { DATABASES, openTestDb, type TestDb } from './harness';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name path: depth parent { id } } }`;
const CREATE_MEMBER = `mutation($input: CreateMemberInput!) { createMember(input: $input) { id fullName branch { id } } }`;

describe.each(DATABASES)('organization structure on %s', (kind) => {
  let db: TestDb;
  let wardId: string;
  let committeeId: string;
  let smallBranchId: string;

  beforeAll(async () => {
    db = await openTestDb(kind);
    const ward = await db.run(`mutation { createWard(input: { code: "TEST", name: "Phường Thử Nghiệm", foundedOn: "2025-07-01" }) { id } }`);
    wardId = ward.data!.createWard.id;
    const committee = await db.run(CREATE_ORG, { input: { wardId, kind: 'WARD_COMMITTEE', code: 'DU', name: 'Đảng ủy phường Thử Nghiệm', foundedOn: '2025-07-01' } });
    committeeId = committee.data!.createOrganization.id;
    const branch = await db.run(CREATE_ORG, {
      input: { wardId, parentId: committeeId, kind: 'BRANCH', branchKind: 'RESIDENTIAL', code: 'TDP1', name: 'Chi bộ Tổ dân phố số 1', foundedOn: '2025-07-01' },
    });
    smallBranchId = branch.data!.createOrganization.id;
    const names = ['Nguyễn Văn Đức', 'Trần Thị Hoa', 'Lê Văn An', 'Phạm Thị Bình', 'Đặng Quang Dũng'];
    for (const fullName of names) {
      const res = await db.run(CREATE_MEMBER, {
        input: { fullName, status: 'OFFICIAL', admittedOn: '2000-01-01', officialOn: '2001-01-01', birthDate: '1970-03-03', membership: { branchId: smallBranchId, from: '2025-07-01' } },
      });
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(() => db.close());

  async function expectRefused(query: string, variables: Record<string, unknown>, code: string, field: string) {
    const before = await db.fingerprint();
    const res = await db.run(query, variables);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(res.errors?.[0]?.message).toContain(field);
    expect(await db.fingerprint()).toBe(before);
  }

  it('builds the tree: a branch sits under the committee and reports its members', async () => {
    const res = await db.run(`query($id: ID!) { organization(id: $id) { name depth parent { name } memberCount officialMemberCount ancestors { name } } }`, { id: smallBranchId });
    expect(res.data!.organization).toMatchObject({ depth: 1, parent: { name: 'Đảng ủy phường Thử Nghiệm' }, memberCount: 5, officialMemberCount: 5 });
  });

  it('tells a branch short of official members by the structure rule set in force, and refuses a day before any', async () => {
    const tiny = (await db.run(CREATE_ORG, {
      input: { wardId, parentId: committeeId, kind: 'BRANCH', branchKind: 'SCHOOL', code: 'TH2', name: 'Chi bộ Trường Tiểu học số 2', foundedOn: '2025-07-01' },
    })).data!.createOrganization.id;
    for (const [fullName, status] of [['Hồ Văn Nhỏ', 'OFFICIAL'], ['Lưu Thị Mới', 'OFFICIAL'], ['Tô Văn Thử', 'PROBATIONARY']]) {
      const res = await db.run(CREATE_MEMBER, {
        input: { fullName, status, admittedOn: '2025-01-01', officialOn: status === 'OFFICIAL' ? '2026-01-01' : null, birthDate: '1990-01-01', membership: { branchId: tiny, from: '2025-07-01' } },
      });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    }
    const SHORTFALL = `query($ids: [ID!], $d: Date) { organizations(filter: { ids: $ids }) { items { id officialShortfall(asOf: $d) { minimum actual shortfall documentNumber } } } }`;
    const res = await db.run(SHORTFALL, { ids: [tiny, smallBranchId, committeeId], d: '2026-06-01' });
    const byId = Object.fromEntries(res.data!.organizations.items.map((o: { id: string; officialShortfall: unknown }) => [o.id, o.officialShortfall]));
    expect(byId).toEqual({ [tiny]: { minimum: 3, actual: 2, shortfall: 1, documentNumber: '24-QĐ/TW' }, [smallBranchId]: null, [committeeId]: null });
    const early = await db.run(SHORTFALL, { ids: [tiny], d: '2010-01-01' });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('lists members in Vietnamese roll order: given name first, D before Đ', async () => {
    const res = await db.run(`query($id: ID!) { members(filter: { organizationId: $id }, sort: [{ field: NAME }]) { items { fullName } } }`, { id: smallBranchId });
    expect(res.data!.members.items.map((m: { fullName: string }) => m.fullName)).toEqual([
      'Lê Văn An', 'Phạm Thị Bình', 'Đặng Quang Dũng', 'Nguyễn Văn Đức', 'Trần Thị Hoa',
    ]);
    const desc = await db.run(`query($id: ID!) { members(filter: { organizationId: $id }, sort: [{ field: NAME, direction: DESC }]) { items { fullName } } }`, { id: smallBranchId });
    expect(desc.data!.members.items[0].fullName).toBe('Trần Thị Hoa');
  });

  it('refuses an unknown parent, naming parentId, and writes nothing', async () => {
    await expectRefused(CREATE_ORG, { input: { wardId, parentId: '999999', kind: 'BRANCH', branchKind: 'SCHOOL', code: 'X1', name: 'Chi bộ X', foundedOn: '2025-07-01' } }, 'NOT_FOUND', 'parentId');
  });

  it('refuses a branch committee seat in a branch of 5 official members, naming role', async () => {
    const members = await db.run(`query($id: ID!) { members(filter: { organizationId: $id }) { items { id } } }`, { id: smallBranchId });
    const memberId = members.data!.members.items[0].id;
    await expectRefused(
      `mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }`,
      { input: { memberId, organizationId: smallBranchId, role: 'BRANCH_COMMITTEE_MEMBER', from: '2025-08-01' } },
      'BAD_USER_INPUT', 'role',
    );
    const secretary = await db.run(`mutation($input: CreatePositionInput!) { createPosition(input: $input) { id role } }`, {
      input: { memberId, organizationId: smallBranchId, role: 'BRANCH_SECRETARY', from: '2025-08-01' },
    });
    expect(secretary.errors).toBeUndefined();
  });

  it('refuses an empty name, naming name', async () => {
    await expectRefused(CREATE_ORG, { input: { wardId, parentId: committeeId, kind: 'BRANCH', branchKind: 'AGENCY', code: 'CQ9', name: '   ', foundedOn: '2025-07-01' } }, 'BAD_USER_INPUT', 'name');
  });

  it('refuses dissolution before founding, naming dissolvedOn', async () => {
    await expectRefused(
      CREATE_ORG,
      { input: { wardId, parentId: committeeId, kind: 'BRANCH', branchKind: 'AGENCY', code: 'CQ8', name: 'Chi bộ Cơ quan', foundedOn: '2025-08-01', dissolvedOn: '2025-07-15' } },
      'BAD_USER_INPUT', 'dissolvedOn',
    );
  });

  it('refuses an overlapping membership, naming from', async () => {
    const other = await db.run(CREATE_ORG, { input: { wardId, parentId: committeeId, kind: 'BRANCH', branchKind: 'RESIDENTIAL', code: 'TDP2', name: 'Chi bộ Tổ dân phố số 2', foundedOn: '2025-07-01' } });
    const members = await db.run(`query($id: ID!) { members(filter: { organizationId: $id }, limit: 1) { items { id } } }`, { id: smallBranchId });
    await expectRefused(
      `mutation($input: CreateMembershipInput!) { createMembership(input: $input) { id } }`,
      { input: { memberId: members.data!.members.items[0].id, branchId: other.data!.createOrganization.id, from: '2025-09-01' } },
      'CONFLICT', 'from',
    );
  });

  it('refuses a duplicate code under the same parent, and a group under a committee', async () => {
    await expectRefused(CREATE_ORG, { input: { wardId, parentId: committeeId, kind: 'BRANCH', branchKind: 'RESIDENTIAL', code: 'TDP1', name: 'Trùng mã', foundedOn: '2025-07-01' } }, 'CONFLICT', 'code');
    await expectRefused(CREATE_ORG, { input: { wardId, parentId: committeeId, kind: 'PARTY_GROUP', code: 'T1', name: 'Tổ đảng', foundedOn: '2025-07-01' } }, 'BAD_USER_INPUT', 'parentId');
  });

  it('refuses an impossible date and a page larger than 100 before touching the database', async () => {
    const bad = await db.run(CREATE_ORG, { input: { wardId, parentId: committeeId, kind: 'BRANCH', branchKind: 'RESIDENTIAL', code: 'Z', name: 'Z', foundedOn: '2025-02-30' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const big = await db.run(`{ members(limit: 101) { total } }`);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  it('transfers a member mid-month and keeps where they were before', async () => {
    const target = await db.run(CREATE_ORG, { input: { wardId, parentId: committeeId, kind: 'BRANCH', branchKind: 'RESIDENTIAL', code: 'TDP3', name: 'Chi bộ Tổ dân phố số 3', foundedOn: '2025-07-01' } });
    const targetId = target.data!.createOrganization.id;
    const members = await db.run(`query($id: ID!) { members(filter: { organizationId: $id, search: "hoa" }) { items { id fullName } } }`, { id: smallBranchId });
    const memberId = members.data!.members.items[0].id;
    const moved = await db.run(`mutation($input: TransferMemberInput!) { transferMember(input: $input) { from branch { id } } }`, {
      input: { memberId, branchId: targetId, on: '2026-03-16' },
    });
    expect(moved.errors).toBeUndefined();
    const history = await db.run(
      `query($id: ID!) { member(id: $id) { before: branch(asOf: "2026-03-15") { id } after: branch(asOf: "2026-03-16") { id } memberships { from to branchId } } }`,
      { id: memberId },
    );
    expect(history.data!.member.before.id).toBe(smallBranchId);
    expect(history.data!.member.after.id).toBe(targetId);
    expect(history.data!.member.memberships).toEqual([
      { from: '2025-07-01', to: '2026-03-16', branchId: smallBranchId },
      { from: '2026-03-16', to: null, branchId: targetId },
    ]);
    const countBefore = await db.run(`query($id: ID!) { organization(id: $id) { march15: memberCount(asOf: "2026-03-15") march16: memberCount(asOf: "2026-03-16") } }`, { id: smallBranchId });
    expect(countBefore.data!.organization).toEqual({ march15: 5, march16: 4 });
  });

  it('refuses a stale version with CONFLICT and the current version', async () => {
    const read = await db.run(`query($id: ID!) { organization(id: $id) { version } }`, { id: smallBranchId });
    const version = read.data!.organization.version;
    const first = await db.run(`mutation($id: ID!, $v: Int) { updateOrganization(id: $id, input: { version: $v, address: "Ngõ 1" }) { version } }`, { id: smallBranchId, v: version });
    expect(first.data!.updateOrganization.version).toBe(version + 1);
    const stale = await db.run(`mutation($id: ID!, $v: Int) { updateOrganization(id: $id, input: { version: $v, address: "Ngõ 2" }) { version } }`, { id: smallBranchId, v: version });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT', field: 'version', currentVersion: version + 1,
      changes: [{ version: version + 1, username: 'test-admin', fields: ['address'] }],
    });
    expect(stale.errors?.[0]?.message).toContain('test-admin (address)');
  });

  it('refuses to delete a branch with history, and deletes an empty one', async () => {
    await expectRefused(`mutation($id: ID!) { deleteOrganization(id: $id) { id } }`, { id: smallBranchId }, 'CONFLICT', 'id');
    const empty = await db.run(CREATE_ORG, { input: { wardId, parentId: committeeId, kind: 'BRANCH', branchKind: 'AGENCY', code: 'DEL', name: 'Chi bộ sẽ xóa', foundedOn: '2025-07-01' } });
    const gone = await db.run(`mutation($id: ID!) { deleteOrganization(id: $id) { id name } }`, { id: empty.data!.createOrganization.id });
    expect(gone.data!.deleteOrganization.name).toBe('Chi bộ sẽ xóa');
    const after = await db.run(`query($id: ID!) { organization(id: $id) { id } }`, { id: empty.data!.createOrganization.id });
    expect(after.data!.organization).toBeNull();
  });
});

describe.each(DATABASES)('reading the demo ward on %s', (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(kind, 1);
  });
  afterAll(() => db.close());

  it('finds Vietnamese names without diacritics: "Nguyen" finds "Nguyễn", "duc" finds "Đức"', async () => {
    const res = await db.run(`{ a: members(filter: { search: "Nguyen" }, limit: 100) { total items { fullName } } b: members(filter: { search: "duc" }, limit: 100) { total items { fullName } } }`);
    expect(res.data!.a.total).toBeGreaterThan(500);
    expect(res.data!.a.items.every((m: { fullName: string }) => m.fullName.includes('Nguyễn'))).toBe(true);
    expect(res.data!.b.total).toBeGreaterThan(0);
    expect(res.data!.b.items.every((m: { fullName: string }) => /Đức|đức|Dục|dục|Đực|Dúc/i.test(m.fullName))).toBe(true);
    const nfd = await db.run(`query($q: String) { members(filter: { search: $q }) { total } }`, { q: 'Nguyễn'.normalize('NFD') });
    expect(nfd.data!.members.total).toBe(res.data!.a.total);
  });

  it('reads the tree as of a date: the old ward’s branches before the merger, the new ones after', async () => {
    const res = await db.run(`{
      before: organizations(filter: { kind: BRANCH, asOf: "2025-06-30" }, limit: 100) { total items { ward { code } } }
      after: organizations(filter: { kind: BRANCH, asOf: "2025-07-01" }, limit: 100) { total items { ward { code } } }
    }`);
    expect(res.data!.before.total).toBe(12);
    expect(res.data!.before.items.every((o: any) => o.ward.code === 'THACH-BAN')).toBe(true);
    expect(res.data!.after.total).toBeGreaterThan(60);
    expect(res.data!.after.items.every((o: any) => o.ward.code === 'LONG-BIEN')).toBe(true);
  });

  it('filters by parent with and without descendants, and sorts by Vietnamese name order', async () => {
    const committee = await db.run(`{ organizations(filter: { kind: WARD_COMMITTEE, dissolved: false }) { items { id } } }`);
    const id = committee.data!.organizations.items[0].id;
    const res = await db.run(`query($id: ID!) {
      direct: organizations(filter: { parentId: $id, kind: BRANCH }, limit: 100) { total }
      all: organizations(filter: { parentId: $id, descendants: true, kind: BRANCH }, limit: 100) { total items { name } }
      members: members(filter: { organizationId: $id }, sort: [{ field: NAME }], limit: 100) { total items { fullName } }
    }`, { id });
    expect(res.data!.all.total).toBe(res.data!.direct.total + 9);
    const keys = res.data!.members.items.map((m: { fullName: string }) => personSortKey(m.fullName));
    expect(keys).toEqual([...keys].sort());
    expect(res.data!.members.total).toBeGreaterThan(2000);
  });

  it('marks exempt and special-duty members and filters by them', async () => {
    const res = await db.run(`{ exempt: members(filter: { exempt: true }, limit: 5) { total items { isExempt exemptions { from } } }
      duty: members(filter: { onSpecialDuty: true, asOf: "2026-10-01" }, limit: 5) { total items { isOnSpecialDuty(asOf: "2026-10-01") } } }`);
    expect(res.data!.exempt.total).toBeGreaterThan(0);
    expect(res.data!.exempt.items.every((m: any) => m.isExempt && m.exemptions.length > 0)).toBe(true);
    expect(res.data!.duty.total).toBeGreaterThan(0);
    expect(res.data!.duty.items.every((m: any) => m.isOnSpecialDuty)).toBe(true);
  });
});
