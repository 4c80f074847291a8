import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The panel in a real browser against the real API: the built API is started on a fresh SQLite database
 * (seeded with the demo ward) and serves the built admin. Needs `npm run build` first.
 */

const here = dirname(fileURLToPath(import.meta.url));
const adminDist = resolve(here, '../dist');
const apiMain = resolve(here, '../../api/dist/main.js');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without a browser the test is skipped on a developer machine, but in CI a missing browser is a failure.
const skip = !existsSync(chromiumPath) && process.env.CI !== 'true';

const BRANCH = 'Chi bộ Tổ dân phố số 5';

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url: string, api: ChildProcess, log: () => string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`The API exited with code ${api.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API did not become healthy within ${timeoutMs} ms:\n${log()}`);
}

describe.skipIf(skip)('the admin panel in Chromium', () => {
  let api: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let base = '';
  let dataDir = '';
  let apiLog = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(adminDist, 'index.html'))) throw new Error(`No built admin at ${adminDist}: run "npm run build -w @chibo/admin" first.`);
    if (!existsSync(apiMain)) throw new Error(`No built API at ${apiMain}: run "npm run build" first.`);
    const port = await freePort();
    dataDir = mkdtempSync(join(tmpdir(), 'chibo-e2e-'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      ADMIN_DIR: adminDist,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
    };
    // The test database is the fresh SQLite file, whatever the shell points at.
    delete env.DATABASE_URL;
    delete env.SQLITE_PATH;
    api = spawn(process.execPath, [apiMain], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    api.stdout?.on('data', (chunk: Buffer) => {
      apiLog += chunk.toString();
    });
    api.stderr?.on('data', (chunk: Buffer) => {
      apiLog += chunk.toString();
    });
    base = `http://127.0.0.1:${port}`;
    await waitForHealth(`${base}/health`, api, () => apiLog);

    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    if (api && api.exitCode === null) {
      const exited = new Promise((r) => api?.once('exit', r));
      api.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (api.exitCode === null) api.kill('SIGKILL');
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds a branch, adds a member through the form and lists them in the branch', async () => {
    const fullName = `Trần Thị Kiểm Thử ${Date.now().toString(36).toUpperCase()}`;

    await page.goto(`${base}/#/organizations`);
    await page.locator('table tbody tr').first().waitFor();
    await page.getByPlaceholder('Tìm kiếm').fill('Tổ dân phố số 5');
    const branchCell = page.locator('table tbody tr').getByText(BRANCH, { exact: true });
    await branchCell.first().click();

    await page.getByRole('tab', { name: /^Đảng viên/ }).click();
    await page.waitForURL(/#\/organizations\/\d+\/show\/members/);
    const branchUrl = page.url();

    await page.getByRole('link', { name: 'Thêm đảng viên' }).click();
    await page.locator('input[name="fullName"]').waitFor();
    // Opened from the branch, the form is already placed in it.
    await expect.poll(() => page.locator('input[name="membership.branchId"]').inputValue()).toBe(BRANCH);
    await page.locator('input[name="fullName"]').fill(fullName);
    await page.locator('input[name="admittedOn"]').fill('02/09/2025');
    await page.locator('input[name="membership.from"]').fill('02/09/2025');
    await page.getByRole('button', { name: 'Lưu' }).click();

    // Saved, the form returns to the branch's member tab.
    await page.waitForURL(branchUrl);
    await page.getByPlaceholder('Tìm kiếm').fill(fullName);
    const row = page.locator('table tbody tr').filter({ hasText: fullName });
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.first().textContent()).toContain('Dự bị');

    // And the API agrees: the member belongs to the branch from the day typed, stored as YYYY-MM-DD.
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($q: String) { members(filter: { search: $q }) { total items { fullName status currentMembership { from branch { name } } } } }',
        variables: { q: fullName },
      }),
    });
    const { data } = (await response.json()) as {
      data: { members: { total: number; items: Array<{ fullName: string; status: string; currentMembership: { from: string; branch: { name: string } } }> } };
    };
    expect(data.members.total).toBe(1);
    expect(data.members.items[0]).toEqual({
      fullName,
      status: 'PROBATIONARY',
      currentMembership: { from: '2025-09-02', branch: { name: BRANCH } },
    });
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
