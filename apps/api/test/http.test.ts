import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@chibo/domain';
import { createUser } from '../src/modules/auth/users';
import { Organization } from '../src/modules/organization/organization.entity';
import { Ward } from '../src/modules/ward/ward.entity';
import { DATABASES, type HttpApp, openHttpApp } from './harness';

/** The largest body /graphql accepts: express.json's "1mb" is 1,048,576 bytes. */
const BODY_LIMIT_BYTES = 1024 * 1024;

/** Signs in as the test administrator: the session cookie and a GraphQL caller that fails the test on errors. */
async function signIn(base: string) {
  const login = await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(input: { username: "vanphong", password: "mat-khau-thu-nghiem-2026" }) { username } }' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const body = await (await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) })).json();
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  };
  return { cookie, gql };
}

describe.each(DATABASES)('HTTP surface on %s', (kind) => {
  let http: HttpApp;
  let base: string;
  beforeAll(async () => {
    http = await openHttpApp(kind, {
      // Just enough structure for one administrator.
      prepare: async (orm) => {
        const ward = orm.em.fork().create(Ward, { code: 'W', name: 'Phường W', foundedOn: '2025-07-01', searchText: 'w', sortKey: 'w' } as never);
        await orm.em.fork().persistAndFlush(ward);
        const em = orm.em.fork();
        const committee = em.create(Organization, { ward: ward.id, kind: 'WARD_COMMITTEE', code: 'DU', name: 'Đảng ủy', foundedOn: '2025-07-01', path: '/1/', searchText: 'du', sortKey: 'du' } as never);
        await em.flush();
        await createUser(em, { username: 'vanphong', displayName: 'VP', role: Role.ADMINISTRATOR, organization: committee, password: 'mat-khau-thu-nghiem-2026' });
      },
    });
    base = http.base;
  });
  afterAll(() => http?.close());

  it('answers the health check', async () => {
    const res = await fetch(`${base}/health`);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('serves GraphiQL to a signed-in browser at /graphql with no external resource, and sends others to sign in', async () => {
    const anonymous = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(anonymous.status).toBe(302);
    const introspection = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) });
    expect((await introspection.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const login = await fetch(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(input: { username: "vanphong", password: "mat-khau-thu-nghiem-2026" }) { username } }' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html', cookie } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('YogaGraphiQL');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/<link[^>]+href="https?:/);
  });

  it('exports the standing committee’s schedule for a quarter as a real .xlsx with Vietnamese headers and dd/MM/yyyy days, to signed-in users only', async () => {
    const { cookie, gql } = await signIn(base);
    const committee = (await gql('{ organizations(filter: { kind: WARD_COMMITTEE }) { items { id wardId } } }')).organizations.items[0];
    const branch = (await gql('mutation($w: ID!, $p: ID!) { createOrganization(input: { wardId: $w, parentId: $p, kind: BRANCH, branchKind: RESIDENTIAL, code: "B1", name: "Chi bộ Tổ dân phố số 1", foundedOn: "2025-07-01" }) { id } }', { w: committee.wardId, p: committee.id })).createOrganization.id;
    const member = (await gql('mutation($b: ID!) { createMember(input: { fullName: "Nguyễn Văn Thường", status: OFFICIAL, admittedOn: "2000-01-01", officialOn: "2001-01-01", membership: { branchId: $b, from: "2025-07-01" } }) { id } }', { b: branch })).createMember.id;
    await gql('mutation($m: ID!, $o: ID!) { createPosition(input: { memberId: $m, organizationId: $o, role: WARD_STANDING_COMMITTEE_MEMBER, from: "2025-07-01" }) { id } }', { m: member, o: committee.id });
    const meeting = (await gql('mutation($b: ID!) { createMeeting(input: { organizationId: $b, kind: REGULAR, plannedOn: "2027-01-05" }) { id } }', { b: branch })).createMeeting.id;
    await gql('mutation($m: ID!, $b: ID!, $mt: ID!) { createSupervisorAssignment(input: { memberId: $m, branchId: $b, kind: ROTATION, quarter: "2027-Q1", plannedMeetingId: $mt }) { id } }', { m: member, b: branch, mt: meeting });

    const url = (org: string, quarter: string) => `${base}/exports/supervision-schedule.xlsx?organizationId=${org}&quarter=${quarter}`;
    const res = await fetch(url(committee.id, '2027-Q1'), { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const rows = book.worksheets[0].getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[1]).toEqual(['STT', 'Đồng chí', 'Chi bộ', 'Hình thức', 'Ngày dự', 'Ghi chú']);
    expect(rows[2]).toEqual([1, 'Nguyễn Văn Thường', 'Chi bộ Tổ dân phố số 1', 'Dự luân phiên', '05/01/2027', '']);

    expect((await fetch(url(committee.id, '2027-Q1'))).status).toBe(401);
    const bad = await fetch(url(committee.id, '2027-5'), { headers: { cookie } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
    expect((await fetch(url('999999', '2027-Q1'), { headers: { cookie } })).status).toBe(404);
  });

  it('exports the periodic report as a real .xlsx and CSV, and any indicators table and its rows as CSV, to signed-in users in scope', async () => {
    const { cookie, gql } = await signIn(base);
    const committee = (await gql('{ organizations(filter: { kind: WARD_COMMITTEE }) { items { id wardId } } }')).organizations.items[0];
    // The report is of a grassroots committee of its own, whatever else the ward holds.
    const grassroots = (await gql('mutation($w: ID!, $p: ID!) { createOrganization(input: { wardId: $w, parentId: $p, kind: GRASSROOTS_COMMITTEE, code: "GD", name: "Đảng ủy Khối Giáo dục", foundedOn: "2025-07-01" }) { id } }', { w: committee.wardId, p: committee.id })).createOrganization.id;
    const branch = (await gql('mutation($w: ID!, $p: ID!) { createOrganization(input: { wardId: $w, parentId: $p, kind: BRANCH, branchKind: SCHOOL, code: "TH9", name: "Chi bộ Trường Tiểu học Số 9", foundedOn: "2025-07-01" }) { id } }', { w: committee.wardId, p: grassroots })).createOrganization.id;
    const members: string[] = [];
    for (const name of ['Lê Thị Hoa', 'Trần Văn Bình', 'Phạm Minh Châu']) {
      members.push((await gql('mutation($b: ID!, $n: String!) { createMember(input: { fullName: $n, status: OFFICIAL, admittedOn: "2000-01-01", officialOn: "2001-01-01", membership: { branchId: $b, from: "2025-07-01" } }) { id } }', { b: branch, n: name })).createMember.id);
    }
    const meeting = (await gql('mutation($b: ID!) { createMeeting(input: { organizationId: $b, kind: REGULAR, heldOn: "2026-10-05", startTime: "14:00", endTime: "16:00" }) { id } }', { b: branch })).createMeeting.id;
    await gql('mutation($id: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(meetingId: $id, entries: $e) { id } }', {
      id: meeting, e: [{ memberId: members[0], status: 'PRESENT' }, { memberId: members[1], status: 'PRESENT' }, { memberId: members[2], status: 'EXCUSED', reason: 'Đi công tác' }],
    });

    const report = await fetch(`${base}/exports/report.xlsx?scopeId=${grassroots}&month=2026-10`, { headers: { cookie } });
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await report.arrayBuffer());
    const sheet = book.getWorksheet('Báo cáo');
    expect(sheet?.pageSetup.paperSize).toBe(9);
    const rows = (sheet?.getSheetValues() ?? []).filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[1][0]).toBe('BÁO CÁO KẾT QUẢ NÂNG CAO CHẤT LƯỢNG SINH HOẠT CHI BỘ — THÁNG 10/2026');
    expect(rows[2][0]).toContain('tính đến ngày 31/10/2026');
    expect(rows[3]).toEqual(['STT', 'Chỉ tiêu', 'Tử số', 'Mẫu số', 'Tỷ lệ', 'Mục tiêu', 'Kết quả', 'Văn bản']);
    const line = (label: string) => rows.find((r) => r[1] === label) as unknown[];
    // One branch, one meeting in the first week, 2 of 3 present: below 11-ĐA/TU's 90%.
    expect(line('Chi bộ sinh hoạt thường kỳ')).toEqual([1, 'Chi bộ sinh hoạt thường kỳ', 1, 1, 1, 1, 'Đạt', '11-ĐA/TU']);
    expect(line('Tỷ lệ đảng viên dự sinh hoạt').slice(2, 8)).toEqual([2, 3, 2 / 3, 0.9, 'Chưa đạt', '11-ĐA/TU']);
    const behind = (book.getWorksheet('Chi bộ chưa đạt')?.getSheetValues() ?? []).filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(behind).toEqual([['STT', 'Chi bộ', 'Chỉ tiêu chưa đạt', 'Tháng/Quý'], [1, 'Chi bộ Trường Tiểu học Số 9', 'Chi bộ đạt tỷ lệ dự họp', '10/2026']]);

    const csv = await fetch(`${base}/exports/report.csv?scopeId=${grassroots}&month=2026-10`, { headers: { cookie } });
    const csvText = Buffer.from(await csv.arrayBuffer());
    expect([...csvText.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvText.toString('utf8')).toContain('4,Tỷ lệ đảng viên dự sinh hoạt,2,3,0.6667,0.9,Chưa đạt,11-ĐA/TU');

    const table = await (await fetch(`${base}/exports/indicators.csv?scopeId=${grassroots}&month=2026-10&groupBy=ORGANIZATION`, { headers: { cookie } })).text();
    expect(table.split('\r\n')[0]).toBe('Tổ chức,Mã chỉ tiêu,Chỉ tiêu,Tử số,Mẫu số,Tỷ lệ,Mục tiêu,Đạt,Văn bản');
    expect(table).toContain('Chi bộ Trường Tiểu học Số 9,ATTENDANCE_POOLED,Tỷ lệ đảng viên dự sinh hoạt,2,3,0.6667,0.9,Chưa đạt,11-ĐA/TU');
    const drill = await (await fetch(`${base}/exports/indicator-rows.csv?scopeId=${grassroots}&month=2026-10&code=BRANCHES_AT_THRESHOLD&counted=false`, { headers: { cookie } })).text();
    expect(drill.split('\r\n').slice(1, 2)).toEqual(['Chi bộ Trường Tiểu học Số 9,10/2026,Quý IV/2026,05/10/2026,,,,Không,0,1']);

    expect((await fetch(`${base}/exports/report.xlsx?scopeId=${grassroots}&month=2026-10`)).status).toBe(401);
    const wrong = await fetch(`${base}/exports/indicators.csv?scopeId=${grassroots}&month=2026-10&groupBy=MEMBER`, { headers: { cookie } });
    expect([wrong.status, (await wrong.json()).errors[0].extensions.field]).toEqual([400, 'groupBy']);
    const noPeriod = await fetch(`${base}/exports/report.csv?scopeId=${grassroots}&month=2026-10&year=2026`, { headers: { cookie } });
    expect([noPeriod.status, (await noPeriod.json()).errors[0].extensions.field]).toEqual([400, 'period']);
    expect((await fetch(`${base}/exports/report.xlsx?scopeId=999999&month=2026-10`, { headers: { cookie } })).status).toBe(404);
  });

  it('answers queries only with a session, and refuses a cross-site simple request (CSRF prevention)', async () => {
    const anonymous = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ wards { total } }' }) });
    expect((await anonymous.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const csrf = await fetch(`${base}/graphql?query=${encodeURIComponent('{ wards { total } }')}`);
    expect(csrf.status).toBe(400);
  });

  it('answers a syntax error with 400 and a typed code (the limits on a document: limits.test.ts)', async () => {
    const bad = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ wards { ' }) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe.each(DATABASES)('HTTP faults answer JSON with a code, never a stack trace on %s', (kind) => {
  let http: HttpApp;
  let base: string;
  beforeAll(async () => {
    http = await openHttpApp(kind);
    base = http.base;
  });
  afterAll(() => http?.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const expectJsonError = async (res: Response, status: number, code: string) => {
    const text = await res.text();
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/(graphql-response\+)?json/);
    expect(text).not.toMatch(/<html|<pre|at [A-Za-z]+ \(|node_modules|\/work\/|\.ts:|\.js:/i);
    expect(JSON.parse(text).errors[0].extensions.code).toBe(code);
  };

  it('a malformed session cookie reads as no session: sign-in still works and nothing answers 500', async () => {
    const login = await post(JSON.stringify({ query: 'mutation { login(input: { username: "x", password: "y" }) { username } }' }), { cookie: 'chibo_session=%' });
    await expectJsonError(login, 200, 'UNAUTHENTICATED');
    const query = await post(JSON.stringify({ query: '{ wards { total } }' }), { cookie: 'chibo_session=%; other=%E0%A4%A' });
    await expectJsonError(query, 200, 'UNAUTHENTICATED');
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html', cookie: 'chibo_session=%' }, redirect: 'manual' });
    expect(page.status).toBe(302);
  });

  it('malformed JSON, a non-object body, an oversized body and an unknown charset answer JSON errors', async () => {
    await expectJsonError(await post('{"query": '), 400, 'BAD_REQUEST');
    await expectJsonError(await post('"just a string"'), 400, 'BAD_REQUEST');
    await expectJsonError(await post('42'), 400, 'BAD_REQUEST');
    await expectJsonError(await post(JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(1_100_000) })), 413, 'PAYLOAD_TOO_LARGE');
    await expectJsonError(await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json; charset=koi8-r' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    const array = await post(JSON.stringify([{ query: '{ __typename }' }]));
    expect(array.status).toBe(400);
    expect(await array.text()).not.toMatch(/<html|node_modules|\/work\//);
  });

  it('accepts a body of exactly 1 MB and refuses one byte more with 413', async () => {
    // Padding the document with spaces changes no other limit: spaces are not tokens.
    const bodyOf = (bytes: number) => {
      const empty = JSON.stringify({ query: '{ __typename }' });
      return JSON.stringify({ query: `{ __typename }${' '.repeat(bytes - empty.length)}` });
    };
    const atLimit = bodyOf(BODY_LIMIT_BYTES);
    expect(Buffer.byteLength(atLimit)).toBe(BODY_LIMIT_BYTES);
    const ok = await post(atLimit);
    expect(ok.status).toBe(200);
    expect((await ok.json()).data).toEqual({ __typename: 'Query' });
    const over = bodyOf(BODY_LIMIT_BYTES + 1);
    expect(Buffer.byteLength(over)).toBe(BODY_LIMIT_BYTES + 1);
    await expectJsonError(await post(over), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('anonymous introspection answers 401 UNAUTHENTICATED, not 500, and errors suggest no schema names to anonymous users', async () => {
    await expectJsonError(await post(JSON.stringify({ query: '{ __schema { queryType { name } } }' })), 401, 'UNAUTHENTICATED');
    const typo = await post(JSON.stringify({ query: '{ organisations { total } }' }));
    const body = await typo.json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).not.toMatch(/Did you mean|organizations/);
    // More than 50 invalid values in one variable: graphql-js gives up with an uncoded error; it is still bad input.
    const flood = await post(JSON.stringify({ query: 'mutation($e: [AttendanceEntryInput!]!) { recordAttendance(meetingId: "1", entries: $e) { id } }', variables: { e: Array.from({ length: 60 }, () => ({ memberId: '1', status: 'NOPE' })) } }));
    expect(flood.status).toBeLessThan(500);
    expect((await flood.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const badEnum = await post(JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { username } }', variables: { i: { username: 'a', password: 'b', extra: 1 } } }));
    expect(JSON.stringify(await badEnum.json())).not.toMatch(/Did you mean/);
  });
});
