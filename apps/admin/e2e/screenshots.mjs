// Takes screenshots of the running panel for a look at what ships: the branch list, every tab of a branch,
// the member form showing an error the server sent, the member list and a member, other lists, the
// dashboard, and the member list in English.
//
//   node apps/admin/e2e/screenshots.mjs http://localhost:4000 [branch name]
//
// Writes PNGs into /tmp/chibo-shots/. Uses Chromium at $CHROMIUM_PATH or /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = (process.argv[2] ?? 'http://localhost:4000').replace(/\/$/, '');
const branchName = process.argv[3] ?? 'Chi bộ Tổ dân phố số 5';
const out = '/tmp/chibo-shots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
const problems = [];
page.on('console', (message) => {
  if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
});
page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

const shot = async (name, fullPage = false) => {
  await page.waitForLoadState('networkidle');
  // Let react-admin settle (skeletons, notifications) before the picture.
  await page.waitForTimeout(400);
  const file = join(out, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  console.log(file);
};
const rows = () => page.locator('table tbody tr');

try {
  await page.goto(`${base}/#/`);
  await page.getByText('Chi bộ đang hoạt động').first().waitFor();
  await shot('00-dashboard', true);

  await page.goto(`${base}/#/organizations`);
  await rows().first().waitFor();
  await shot('01-branch-list');

  await page.getByPlaceholder('Tìm kiếm').fill(branchName.replace(/^Chi bộ /, ''));
  // Click the name itself: the middle of the row may be a link to the parent or the secretary.
  const name = rows().getByText(branchName, { exact: true });
  await name.first().waitFor();
  await name.first().click();
  await page.getByRole('tab').first().waitFor();
  const tabs = await page.getByRole('tab').allTextContents();
  for (const [index, label] of tabs.entries()) {
    await page.getByRole('tab').nth(index).click();
    const slug = label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .replace(/[^A-Za-z]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
    await shot(`02-branch-tab${index + 1}-${slug}`, true);
  }

  await page.getByRole('tab', { name: /Đảng viên/ }).click();
  await page.getByRole('link', { name: 'Thêm đảng viên' }).click();
  await page.locator('input[name="fullName"]').fill('Trần Thị Ảnh');
  await page.locator('input[name="admittedOn"]').fill('01/01/2020');
  // The branch was founded on 1 July 2025: only the server knows, and says so on this input.
  await page.locator('input[name="membership.from"]').fill('01/01/2020');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Chi bộ chưa được thành lập vào ngày này').first().waitFor();
  await shot('03-member-create-server-error', true);
  // A fresh document: the form's notification would otherwise linger over the next pages.
  await page.reload();

  await page.goto(`${base}/#/members`);
  await rows().first().waitFor();
  await shot('04-member-list');

  await rows().first().getByRole('cell').first().click();
  await page.getByRole('tab').first().waitFor();
  await shot('04-member-show', true);

  await page.goto(`${base}/#/positions`);
  await rows().first().waitFor();
  await shot('05-position-list');

  await page.goto(`${base}/#/wards`);
  await rows().first().waitFor();
  await shot('06-ward-list');

  await page.goto(`${base}/#/partyGroups`);
  await rows().first().waitFor();
  await shot('07-party-group-list');

  // English, through the language menu.
  await page.goto(`${base}/#/members`);
  await rows().first().waitFor();
  await page.getByRole('button', { name: /Tiếng Việt|Language|Ngôn ngữ/i }).first().click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByText('Members').first().waitFor();
  await shot('08-member-list-english');
} finally {
  if (problems.length > 0) console.log(`Browser console:\n${[...new Set(problems)].join('\n')}`);
  await browser.close();
}
