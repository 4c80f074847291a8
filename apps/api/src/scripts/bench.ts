#!/usr/bin/env node
import { parseArgs } from 'node:util';

/**
 * Read benchmark against a running API: each named query runs `--runs` times per client with `--clients` at once;
 * prints median, p95 and requests per second. Numbers go in BENCHMARKS.md with the dataset and machine.
 */
const QUERIES: Record<string, string> = {
  branchList: `{ organizations(filter: { kind: BRANCH, dissolved: false }, sort: [{ field: NAME }], limit: 100) {
    total items { name parent { name memberCount } memberCount officialMemberCount secretary { fullName } } } }`,
  memberSearch: `{ members(filter: { search: "nguyen van an" }, limit: 50) { total items { fullName branch { name } } } }`,
  branchMembers: `query { organizations(filter: { kind: BRANCH, dissolved: false }, limit: 1) { items { id memberships { member { fullName status isExempt } partyGroup { name } } positions { role member { fullName } } } } }`,
  treeAsOf: `{ organizations(filter: { asOf: "2025-06-30", kind: BRANCH }, limit: 100) { total items { name successors { name } } } }`,
};

async function main() {
  const { values } = parseArgs({ options: { url: { type: 'string' }, runs: { type: 'string' }, clients: { type: 'string' }, only: { type: 'string' } } });
  const url = values.url ?? 'http://localhost:4000/graphql';
  const runs = Number(values.runs ?? 20);
  const clients = Number(values.clients ?? 4);
  console.log(`| query | clients | requests | median ms | p95 ms | req/s |`);
  console.log(`|---|---|---|---|---|---|`);
  for (const [name, query] of Object.entries(QUERIES)) {
    if (values.only && values.only !== name) continue;
    const body = JSON.stringify({ query });
    const once = async () => {
      const t = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await res.json()) as { errors?: unknown[] };
      if (json.errors) throw new Error(`${name}: ${JSON.stringify(json.errors)}`);
      return performance.now() - t;
    };
    await once();
    const times: number[] = [];
    const started = performance.now();
    await Promise.all(Array.from({ length: clients }, async () => {
      for (let i = 0; i < runs; i++) times.push(await once());
    }));
    const wall = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
    console.log(`| ${name} | ${clients} | ${times.length} | ${q(0.5)} | ${q(0.95)} | ${(times.length / wall).toFixed(1)} |`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
