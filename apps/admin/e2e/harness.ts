import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/**
 * What the browser tests share: the built API started on a fresh SQLite database (seeded with the demo ward
 * and its demo users, all with one known password), serving the built admin; Chromium; signing in.
 */

const here = dirname(fileURLToPath(import.meta.url));
const adminDist = resolve(here, '../dist');
const apiMain = resolve(here, '../../api/dist/main.js');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without a browser the tests are skipped on a developer machine, but in CI a missing browser is a failure.
export const skip = !existsSync(chromiumPath) && process.env.CI !== 'true';

/** Every demo user's password in the tests (the API uses DEMO_PASSWORD instead of random ones). */
export const DEMO_PASSWORD = 'kiem-thu-bang-trinh-duyet-2025';

export const BRANCH = 'Chi bộ Tổ dân phố số 5';

/** Today in Vietnam, as the API counts it: YYYY-MM-DD. */
export const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
  new Date(),
);

/** "2026-11-05" → "05/11/2026", as the panel writes days and a day input takes them. */
export const shownDay = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

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

export interface Panel {
  base: string;
  browser: Browser;
  stop: () => Promise<void>;
}

/** Starts the API with the admin and a browser. Needs `npm run build` first. */
export async function startPanel(): Promise<Panel> {
  if (!existsSync(join(adminDist, 'index.html'))) throw new Error(`No built admin at ${adminDist}: run "npm run build -w @chibo/admin" first.`);
  if (!existsSync(apiMain)) throw new Error(`No built API at ${apiMain}: run "npm run build" first.`);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'chibo-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    ADMIN_DIR: adminDist,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    DEMO_PASSWORD,
  };
  // The test database is the fresh SQLite file, whatever the shell points at.
  delete env.DATABASE_URL;
  delete env.SQLITE_PATH;
  let apiLog = '';
  const api = spawn(process.execPath, [apiMain], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  api.stdout?.on('data', (chunk: Buffer) => {
    apiLog += chunk.toString();
  });
  api.stderr?.on('data', (chunk: Buffer) => {
    apiLog += chunk.toString();
  });
  const base = `http://127.0.0.1:${port}`;
  const stopApi = async () => {
    if (api.exitCode === null) {
      const exited = new Promise((r) => api.once('exit', r));
      api.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (api.exitCode === null) api.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(`${base}/health`, api, () => apiLog);
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    return {
      base,
      browser,
      stop: async () => {
        await browser.close();
        await stopApi();
      },
    };
  } catch (error) {
    await stopApi();
    throw error;
  }
}

/** A page in a fresh browser context (its own cookies, so its own session), failing on page errors. */
export async function newPage(panel: Panel, errors: string[]): Promise<Page> {
  const context = await panel.browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

/** What the tests of one describe block share: the running panel, and a signed-in page per user. */
export interface PanelSession {
  /** The panel's address, once started. */
  readonly base: string;
  /** Errors thrown in any page the session opened. */
  readonly pageErrors: string[];
  /** A page signed in as the user, shared by the tests that ask for it (its own browser context, so its own session). */
  as(username: string): Promise<Page>;
  /** A page in a fresh context, signed in by nobody. */
  newPage(): Promise<Page>;
}

/**
 * Starts the panel (the API with the admin, and a browser) before the tests of the describe block that calls
 * this, signs in the users named, and stops it all after them.
 */
export function panelSession(signedIn: readonly string[] = []): PanelSession {
  let panel: Panel | undefined;
  const pages = new Map<string, Promise<Page>>();
  const pageErrors: string[] = [];
  const running = () => {
    if (!panel) throw new Error('The panel is not running.');
    return panel;
  };
  const session: PanelSession = {
    get base() {
      return running().base;
    },
    pageErrors,
    as(username) {
      let page = pages.get(username);
      if (!page) {
        page = newPage(running(), pageErrors).then(async (opened) => {
          await signIn(opened, running().base, username);
          return opened;
        });
        pages.set(username, page);
      }
      return page;
    },
    newPage: () => newPage(running(), pageErrors),
  };
  beforeAll(async () => {
    panel = await startPanel();
    await Promise.all(signedIn.map((username) => session.as(username)));
  }, 150_000);
  afterAll(async () => {
    await panel?.stop();
  });
  return session;
}

/** The side menu (react-admin marks it open or closed, and has no class of its own). */
export const MENU = '.RaMenu-open, .RaMenu-closed';

/** Signs in through the login page and waits for the home page. */
export async function signIn(page: Page, base: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${base}/#/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator(MENU).waitFor();
}

/** The labels of the side menu, in order. */
export async function menuEntries(page: Page): Promise<string[]> {
  const items = page.locator(MENU).locator('a');
  await items.first().waitFor();
  // Resource items appear once canAccess answers; let them settle.
  await page.waitForLoadState('networkidle');
  return (await items.allTextContents()).map((text) => text.trim());
}

/**
 * The rows of the page's table once loaded: while a list loads, react-admin draws a table of placeholder
 * rows under blank headers, which a plain wait for a row would take for the data.
 */
export async function loadedRows(page: Page) {
  await page.locator('table thead th').filter({ hasText: /\S/ }).first().waitFor();
  const rows = page.locator('table tbody tr');
  await rows.first().waitFor();
  return rows;
}

/** Runs a GraphQL operation with the page's session (its cookie) and returns the data, failing on any error. */
export async function graphql<T>(page: Page, base: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post(`${base}/graphql`, { headers: { 'content-type': 'application/json' }, data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}
