// Takes screenshots of the running panel for a look at what ships: the login page, the branch list, every
// tab of a branch, the member form showing an error the server sent, the member list and a member, other
// lists, the dashboard, the audit log and one entry, the user menu and the password dialog, the member list
// in English, then each demo role's home page and menu (and what each role must not see).
//
//   DEMO_PASSWORD=... node apps/admin/e2e/screenshots.mjs http://localhost:4000 [branch name]
//
// The API must run with the same DEMO_PASSWORD (every demo user gets it). Writes PNGs into
// /tmp/chibo-shots/. Uses Chromium at $CHROMIUM_PATH or /usr/bin/chromium.
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
const password = process.env.DEMO_PASSWORD;
if (!password) throw new Error('Set DEMO_PASSWORD to the password the API gave the demo users.');
const problems = [];
/** A page in its own browser context: its own cookies, so its own session. */
const open = async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const next = await context.newPage();
  next.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  next.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return next;
};
let page = await open();
const signIn = async (username) => {
  await page.goto(`${base}/#/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('.RaMenu-open, .RaMenu-closed').waitFor();
};

const shot = async (name, fullPage = false) => {
  await page.waitForLoadState('networkidle');
  // Let react-admin settle (skeletons, notifications) before the picture.
  await page.waitForTimeout(400);
  const file = join(out, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  console.log(file);
};
const rows = () => page.locator('table tbody tr');
// While a list loads, react-admin draws placeholder rows under blank headers: wait for a real header.
const loaded = async () => {
  await page.locator('table thead th').filter({ hasText: /\S/ }).first().waitFor();
  await rows().first().waitFor();
};

try {
  await page.goto(`${base}/#/login`);
  await page.locator('input[name="username"]').waitFor();
  await shot('00-login');
  await page.locator('input[name="username"]').fill('vanphong');
  await page.locator('input[name="password"]').fill('sai mật khẩu');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Sai tên đăng nhập hoặc mật khẩu.').waitFor();
  await shot('00-login-wrong-password');

  await signIn('vanphong');
  await page.getByText('Chi bộ đang hoạt động').first().waitFor();
  await shot('00-dashboard', true);

  await page.goto(`${base}/#/organizations`);
  await loaded();
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
  await loaded();
  await shot('04-member-list');

  await rows().first().getByRole('cell').first().click();
  await page.getByRole('tab').first().waitFor();
  await shot('04-member-show', true);

  await page.goto(`${base}/#/positions`);
  await loaded();
  await shot('05-position-list');

  await page.goto(`${base}/#/wards`);
  await loaded();
  await shot('06-ward-list');

  await page.goto(`${base}/#/partyGroups`);
  await loaded();
  await shot('07-party-group-list');

  await page.goto(`${base}/#/auditEntries`);
  await loaded();
  await shot('09-audit-list');
  // An update that changed something shows before and after side by side (a fresh demo may have none).
  const update = rows().filter({ has: page.locator('td:nth-child(5)', { hasText: /\S/ }) });
  if ((await update.count()) > 0) {
    await update.first().click();
    await page.getByText('Nội dung thay đổi').waitFor();
    await shot('09-audit-show-update', true);
    await page.getByLabel('Chỉ hiện thông tin đã thay đổi').click();
    await shot('09-audit-show-update-all-fields', true);
    await page.goBack();
    await loaded();
  }
  const created = rows().filter({ hasText: 'Thêm mới' });
  if ((await created.count()) > 0) {
    await created.first().click();
    await page.getByText('Nội dung thay đổi').waitFor();
    await shot('09-audit-show-create', true);
    await page.goBack();
    await loaded();
  }
  await rows().filter({ hasText: 'Đăng nhập' }).first().click();
  await page.getByText('Nội dung thay đổi').waitFor();
  await shot('09-audit-show-login', true);

  await page.getByRole('button', { name: 'Tài khoản' }).click();
  await page.getByRole('menuitem', { name: 'Đổi mật khẩu' }).waitFor();
  await shot('10-user-menu');
  await page.getByRole('menuitem', { name: 'Đổi mật khẩu' }).click();
  await page.locator('input[name="currentPassword"]').fill('sai mật khẩu');
  await page.locator('input[name="newPassword"]').fill('ngắn');
  await page.locator('input[name="confirmPassword"]').fill('khác');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await shot('10-change-password-dialog');
  await page.keyboard.press('Escape');

  // English, through the language menu.
  await page.goto(`${base}/#/members`);
  await loaded();
  await page.getByRole('button', { name: /Tiếng Việt|Language|Ngôn ngữ/i }).first().click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByText('Members').first().waitFor();
  await shot('08-member-list-english');

  // Each role's home page and menu, in Vietnamese.
  for (const username of ['uyvien', 'kiemtra', 'phantich', 'bithu.tdp5']) {
    await page.context().close();
    page = await open();
    await signIn(username);
    await shot(`11-role-${username}-home`, true);
  }
  // The secretary is still signed in: their branch, and their member list.
  await page.getByRole('menuitem', { name: 'Chi bộ của tôi' }).click();
  await page.getByRole('tab').first().waitFor();
  await page.getByRole('tab', { name: /Đảng viên/ }).click();
  await loaded();
  await shot('12-secretary-branch-members');
  await page.context().close();
  page = await open();
  await signIn('phantich');
  await page.goto(`${base}/#/members`);
  await loaded();
  await shot('13-analyst-member-list');
  await rows().first().getByRole('cell').first().click();
  await page.getByRole('tab').first().waitFor();
  await shot('13-analyst-member-show');
} finally {
  if (problems.length > 0) console.log(`Browser console:\n${[...new Set(problems)].join('\n')}`);
  await browser.close();
}
