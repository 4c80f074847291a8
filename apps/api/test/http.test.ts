import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database';
import { createApp } from '../src/server';
import type { MikroORM } from '@mikro-orm/core';

describe('HTTP surface', () => {
  let server: Server;
  let base: string;
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await openDatabase({ sqlitePath: ':memory:' });
    const { app } = await createApp({ orm });
    server = app.listen(0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.close();
    await orm.close(true);
  });

  it('answers the health check', async () => {
    const res = await fetch(`${base}/health`);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('serves GraphiQL to a browser at /graphql with no external resource', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('YogaGraphiQL');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/<link[^>]+href="https?:/);
  });

  it('answers queries over HTTP and refuses a cross-site simple request (CSRF prevention)', async () => {
    const ok = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ wards { total } }' }) });
    expect(await ok.json()).toEqual({ data: { wards: { total: 0 } } });
    const csrf = await fetch(`${base}/graphql?query=${encodeURIComponent('{ wards { total } }')}`);
    expect(csrf.status).toBe(400);
  });

  it('answers a syntax error with 400 and a typed code, and refuses an oversized document', async () => {
    const bad = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ wards { ' }) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const huge = `{ ${Array.from({ length: 6000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const big = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: huge }) });
    expect(big.status).toBe(400);
  });
});
