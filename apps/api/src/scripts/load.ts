#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { graphqlClient } from './graphql-client';

const HELP = `Usage: npm run bench:load -w @chibo/api -- --user U --password P [--url URL] [--connections N] [--duration S]
       [--timeout S] [--mix organizations,members,meetings] [--pid PID]
Signs in, then holds --connections keep-alive connections (default 50) for --duration seconds (default 60) against a
running API, each sending the next query of --mix as soon as the previous answer arrives. Prints requests per second,
latency (p50, p95, p99, max) overall and per query, failures by kind (timeouts after --timeout seconds, default 10;
connection errors; non-2xx answers; GraphQL errors) and the server's resident memory before, during (peak of samples)
and after: from GET /metrics (process_resident_memory_bytes) when the server has it, else from /proc/PID/status
when --pid is given. A name may be repeated in --mix to weight it. Exits with 1 when any request failed.`;

/**
 * The queries of the mix. organizations is the README's "branches of the ward with their committee, secretary and
 * member count today"; members and meetings are the first pages of the panel's lists over the signed-in user's
 * subtree. $org is the user's organization and $month this month, filled in after sign-in.
 */
const QUERIES: Record<string, string> = {
  organizations: `{ organizations(filter: { kind: BRANCH, dissolved: false }, sort: [{ field: NAME }], limit: 100) {
    total items { code name branchKind parent { name } memberCount officialMemberCount secretary { fullName } } } }`,
  members: `query($org: ID!) { members(filter: { organizationId: $org }, limit: 25) {
    total items { id fullName status admittedOn officialOn workStatus branch { name } } } }`,
  meetings: `query($org: ID!, $month: String) { meetings(filter: { organizationId: $org, descendants: true, month: $month }, limit: 25) {
    total items { id kind heldOn plannedOn branch { name } presentCount expectedCount findingCount } } }`,
};

/** Outcomes of one query of the mix. */
interface Tally {
  latencies: number[];
  timeouts: number;
  connectionErrors: number;
  non2xx: Map<number, number>;
  graphqlErrors: number;
  samples: string[];
}

const newTally = (): Tally => ({ latencies: [], timeouts: 0, connectionErrors: 0, non2xx: new Map(), graphqlErrors: 0, samples: [] });

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

const ms = (n: number) => (Number.isNaN(n) ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const mb = (bytes: number | null) => (bytes == null ? '—' : `${Math.round(bytes / 1048576)} MB`);

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' }, user: { type: 'string' }, password: { type: 'string' }, connections: { type: 'string' },
      duration: { type: 'string' }, timeout: { type: 'string' }, mix: { type: 'string' }, pid: { type: 'string' }, help: { type: 'boolean' },
    },
  });
  if (values.help || !values.user || !values.password) return console.log(HELP);
  const url = new URL(values.url ?? 'http://localhost:4000/graphql');
  const connections = Number(values.connections ?? 50);
  const duration = Number(values.duration ?? 60);
  const timeout = Number(values.timeout ?? 10);
  const mix = (values.mix ?? 'organizations,members,meetings').split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of mix) if (!QUERIES[name]) throw new Error(`unknown query in --mix: ${name} (known: ${Object.keys(QUERIES).join(', ')})`);

  // Sign in once; every connection then sends the same session cookie, as one busy office would.
  const { call, signIn, headers, cookie } = graphqlClient(url);
  await signIn(values.user, values.password);
  const org = (await call('{ me { organizationId } }')).me.organizationId as string;
  const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);

  // Resident memory of the server: its own /metrics when it has one, else /proc of the given pid.
  const metricsUrl = new URL('/metrics', url);
  const readRss = async (): Promise<number | null> => {
    try {
      const res = await fetch(metricsUrl, { headers: { cookie: cookie() }, signal: AbortSignal.timeout(timeout * 1000) });
      const m = res.ok ? /^process_resident_memory_bytes\s+(\S+)/m.exec(await res.text()) : null;
      if (m) return Number(m[1]);
    } catch {
      // No /metrics (or it did not answer in time): fall back to /proc.
    }
    if (!values.pid) return null;
    try {
      const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${values.pid}/status`, 'utf8'));
      return m ? Number(m[1]) * 1024 : null;
    } catch {
      return null;
    }
  };
  const rssBefore = await readRss();

  const tallies = new Map(mix.map((name) => [name, newTally()]));
  const requests = mix.map((name) => {
    const tally = tallies.get(name)!;
    const query = QUERIES[name];
    const variables = Object.fromEntries(Object.entries({ org, month }).filter(([k]) => query.includes(`$${k}`)));
    return {
      method: 'POST' as const,
      path: url.pathname,
      headers: headers(),
      body: JSON.stringify({ query, variables }),
      onResponse: (status: number, body: string) => {
        if (status < 200 || status > 299) {
          tally.non2xx.set(status, (tally.non2xx.get(status) ?? 0) + 1);
          if (tally.samples.length < 3) tally.samples.push(`${status}: ${body.slice(0, 200)}`);
        } else if (body.includes('"errors"')) {
          // Cheap test first; a 2xx answer carrying GraphQL errors is a failure too.
          const errors = (JSON.parse(body) as { errors?: Array<{ message?: string; extensions?: { code?: string } }> }).errors;
          if (errors?.length) {
            tally.graphqlErrors++;
            if (tally.samples.length < 3) tally.samples.push(`${errors[0].extensions?.code ?? ''} ${errors[0].message ?? ''}`.slice(0, 200));
          }
        }
      },
    };
  });

  let peakRss = rssBefore;
  const sampler = setInterval(() => {
    void readRss().then((rss) => {
      if (rss != null && (peakRss == null || rss > peakRss)) peakRss = rss;
    });
  }, 5000);

  console.log(`${connections} connections for ${duration} s against ${url.href}, mix ${mix.join(', ')}, timeout ${timeout} s`);
  const result = await autocannon({
    url: url.origin,
    connections,
    duration,
    timeout,
    pipelining: 1,
    requests,
    // With one request in flight per connection, a connection's n-th outcome (answer, timeout or connection error)
    // belongs to the n-th request of its cycle through the mix: that is how outcomes are attributed to queries.
    setupClient: (client) => {
      let n = 0;
      const next = () => tallies.get(mix[n++ % mix.length])!;
      client.on('response', (_status: number, _bytes: number, responseTime: number) => next().latencies.push(responseTime));
      // The client emits these too, but the published types list only headers, body and response.
      const events = client as NodeJS.EventEmitter;
      events.on('timeout', () => next().timeouts++);
      events.on('connError', () => next().connectionErrors++);
    },
  });
  clearInterval(sampler);
  const rssAfter = await readRss();
  if (rssAfter != null && (peakRss == null || rssAfter > peakRss)) peakRss = rssAfter;

  const all = newTally();
  for (const t of tallies.values()) {
    all.latencies.push(...t.latencies);
    all.timeouts += t.timeouts;
    all.connectionErrors += t.connectionErrors;
    all.graphqlErrors += t.graphqlErrors;
    for (const [status, count] of t.non2xx) all.non2xx.set(status, (all.non2xx.get(status) ?? 0) + count);
  }
  const seconds = result.duration;
  const row = (name: string, t: Tally) => {
    const sorted = [...t.latencies].sort((a, b) => a - b);
    const non2xx = [...t.non2xx].map(([s, c]) => `${c}×${s}`).join(' ') || '0';
    return `| ${name} | ${sorted.length} | ${(sorted.length / seconds).toFixed(1)} | ${ms(percentile(sorted, 0.5))} | ${ms(percentile(sorted, 0.95))} | ${ms(percentile(sorted, 0.99))} | ${ms(sorted.at(-1) ?? Number.NaN)} | ${t.timeouts} | ${t.connectionErrors} | ${non2xx} | ${t.graphqlErrors} |`;
  };
  console.log('');
  console.log('| query | answers | req/s | p50 ms | p95 ms | p99 ms | max ms | timeouts | connection errors | non-2xx | GraphQL errors |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [name, t] of tallies) console.log(row(name, t));
  console.log(row('all', all));
  console.log('');
  console.log(`server RSS: before ${mb(rssBefore)}, peak ${mb(peakRss)}, after ${mb(rssAfter)}${rssBefore == null ? ' (no /metrics; pass --pid to read /proc)' : ''}`);
  console.log(`autocannon: ${result.requests.sent} sent, ${result['2xx']} 2xx, ${result['5xx']} 5xx, ${result.errors} errors (${result.timeouts} timeouts) in ${seconds.toFixed(1)} s`);
  for (const [name, t] of tallies) for (const s of t.samples) console.log(`sample failure, ${name}: ${s}`);
  const failed = all.timeouts + all.connectionErrors + all.graphqlErrors + [...all.non2xx.values()].reduce((a, b) => a + b, 0);
  if (failed > 0) {
    console.log(`${failed} requests failed`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
