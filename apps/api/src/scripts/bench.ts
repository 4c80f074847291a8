#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { graphqlClient } from './graphql-client';

const HELP = `Usage: npm run bench -w @chibo/api -- --user U --password P [--url URL] [--runs N] [--clients C] [--only NAME] [--writes yes]
Signs in, then runs each named query --runs times per client with --clients at once against a running API and prints
median, p95 and requests per second. --writes yes also saves the attendance sheet of the largest branch's latest
regular meeting (it rewrites that sheet with the same values: use a scratch database).`;

/**
 * Read (and optional write) benchmark against a running API. Numbers go in BENCHMARKS.md with the dataset and machine.
 * Variables $org (the user's organization), $branch (the largest branch), $meeting (its latest held regular meeting),
 * $month and $today are filled in after sign-in.
 */
const QUERIES: Record<string, string> = {
  branchList: `{ organizations(filter: { kind: BRANCH, dissolved: false }, sort: [{ field: NAME }], limit: 100) {
    total items { name parent { name memberCount } memberCount officialMemberCount secretary { fullName } } } }`,
  memberSearch: `{ members(filter: { search: "nguyen van an" }, limit: 50) { total items { fullName branch { name } } } }`,
  branchMembers: `query { organizations(filter: { kind: BRANCH, dissolved: false }, limit: 1) { items { id memberships { member { fullName status isExempt } partyGroup { name } } positions { role member { fullName } } } } }`,
  treeAsOf: `{ organizations(filter: { asOf: "2025-06-30", kind: BRANCH }, limit: 100) { total items { name successors { name } } } }`,
  meetingAlerts: `query($org: ID!) { meetingAlerts(organizationId: $org) { branchesWithoutRegularMeeting { name } unexcusedMonths { count member { fullName } }
    excusedRuns { count member { fullName } } overdueTaskCount membersWithoutTaskCount } }`,
  monthCalendar: `query($org: ID!, $month: String) { meetings(filter: { organizationId: $org, descendants: true, month: $month }, limit: 100) {
    total items { id kind heldOn plannedOn branch { name } presentCount expectedCount findingCount } } }`,
  attendanceSheet: `query($meeting: ID!) { meeting(id: $meeting) { id version roster { memberId exclusion status reason member { fullName } } } }`,
  taskBoard: `query($org: ID!, $today: Date) { resolutionTasks(filter: { organizationId: $org, descendants: true, overdueOn: $today }, limit: 100) {
    total items { description deadline status ownerMember { fullName } ownerOrganization { name } branch { name } } } }`,
};

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' }, runs: { type: 'string' }, clients: { type: 'string' }, only: { type: 'string' }, user: { type: 'string' },
      password: { type: 'string' }, writes: { type: 'string' }, help: { type: 'boolean' },
    },
  });
  if (values.help || !values.user || !values.password) return console.log(HELP);
  const url = values.url ?? 'http://localhost:4000/graphql';
  const runs = Number(values.runs ?? 20);
  const clients = Number(values.clients ?? 4);
  const { call, signIn } = graphqlClient(url);
  await signIn(values.user, values.password);
  const org = (await call('{ me { organizationId } }')).me.organizationId as string;
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const branches = (await call(`query($org: ID!) { organizations(filter: { parentId: $org, kind: BRANCH, dissolved: false }, limit: 100) { items { id memberCount } } }`, { org })).organizations.items as Array<{ id: string; memberCount: number }>;
  const branch = branches.sort((a, b) => b.memberCount - a.memberCount)[0];
  const meeting = (await call(`query($b: ID!) { meetings(filter: { organizationId: $b, kind: [REGULAR, COMBINED], held: true }, limit: 1) { items { id } } }`, { b: branch.id })).meetings.items[0]?.id;
  const variables = { org, branch: branch.id, meeting, month: today.slice(0, 7), today };
  console.log(`largest branch: ${branch.memberCount} members; meeting ${meeting}`);
  console.log(`| query | clients | requests | median ms | p95 ms | req/s |`);
  console.log(`|---|---|---|---|---|---|`);
  const measure = async (name: string, once: () => Promise<unknown>, clientCount: number) => {
    await once();
    const times: number[] = [];
    const started = performance.now();
    await Promise.all(Array.from({ length: clientCount }, async () => {
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await once();
        times.push(performance.now() - t);
      }
    }));
    const wall = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
    console.log(`| ${name} | ${clientCount} | ${times.length} | ${q(0.5)} | ${q(0.95)} | ${(times.length / wall).toFixed(1)} |`);
  };
  for (const [name, query] of Object.entries(QUERIES)) {
    if (values.only && values.only !== name) continue;
    const used = Object.fromEntries(Object.entries(variables).filter(([k]) => query.includes(`$${k}`)));
    await measure(name, () => call(query, used), clients);
  }
  if (values.writes === 'yes' && meeting && (!values.only || values.only === 'recordAttendance')) {
    const sheet = (await call(QUERIES.attendanceSheet, { meeting })).meeting.roster as Array<{ memberId: string; status: string | null; reason: string | null }>;
    const entries = sheet.map((r) => ({ memberId: r.memberId, status: r.status ?? 'PRESENT', reason: r.reason }));
    const save = `mutation($id: ID!, $entries: [AttendanceEntryInput!]!) { recordAttendance(meetingId: $id, entries: $entries) { presentCount expectedCount } }`;
    // One writer: sheets of one meeting are saved one after another in practice.
    await measure(`recordAttendance, unchanged sheet (${entries.length} lines)`, () => call(save, { id: meeting, entries }), 1);
    // A first save writes every line and its audit entry: each run records a new thematic meeting held today.
    const create = `mutation($b: ID!, $d: Date) { createMeeting(input: { organizationId: $b, kind: THEMATIC, heldOn: $d, thematicTopic: "Đo hiệu năng" }) { id } }`;
    await measure(`createMeeting + first recordAttendance (${entries.length} lines)`, async () => {
      const id = (await call(create, { b: branch.id, d: today })).createMeeting.id;
      await call(save, { id, entries: entries.map((e) => ({ memberId: e.memberId, status: 'PRESENT' })) });
    }, 1);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
