import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BRANCH, graphql, loadedRows, menuEntries, panelSession, skip } from './harness';

/**
 * Each demo role signs in and sees its own panel: exactly its menu entries, and no action it may not take.
 * One API and browser for all; each role in its own browser context, so each has its own session.
 */

const WARD_READER = ['Trang chủ', 'Tổ chức đảng', 'Tổ đảng', 'Đảng viên', 'Chức vụ'];
/** The meeting records every role but the analyst reads (and the office and secretaries write). */
const MEETINGS = [
  'Sinh hoạt chi bộ',
  'Lịch sinh hoạt',
  'Nghị quyết',
  'Theo dõi nhiệm vụ',
  'Kế hoạch chuyên đề',
  'Nhiệm vụ đảng viên',
  'Quy định sinh hoạt',
  'QĐ thời lượng',
];
/** Supervision from above: every role reads it; a committee's board and compliance view are not a secretary's. */
const SUPERVISION = ['Lịch dự sinh hoạt', 'Kết quả dự sinh hoạt', 'Phân công phụ trách', 'Chi bộ điểm'];
/** The year's quality rating: every role reads it (the analyst the branches only). */
const RATING = 'Xếp loại chất lượng';
const MENUS: Record<string, string[]> = {
  vanphong: ['Trang chủ', 'Báo cáo định kỳ', 'Phường', 'Tổ chức đảng', 'Tổ đảng', 'Đảng viên', 'Chức vụ', ...MEETINGS, ...SUPERVISION, RATING, 'Nhật ký thay đổi'],
  uyvien: ['Trang chủ', 'Báo cáo định kỳ', ...WARD_READER.slice(1), ...MEETINGS, ...SUPERVISION, RATING],
  kiemtra: [...WARD_READER, ...MEETINGS, ...SUPERVISION, RATING, 'Nhật ký thay đổi'],
  'bithu.tdp5': ['Trang chủ', 'Chi bộ của tôi', 'Đảng viên', ...MEETINGS, 'Phân công phụ trách', 'Chi bộ điểm', RATING],
  // Meetings, their resolutions and plans, and the rules with the committees' length decisions: not who was
  // given which task.
  phantich: [
    'Trang chủ',
    'Phường',
    'Tổ chức đảng',
    'Tổ đảng',
    'Đảng viên',
    'Chức vụ',
    'Sinh hoạt chi bộ',
    'Lịch sinh hoạt',
    'Nghị quyết',
    'Kế hoạch chuyên đề',
    'Quy định sinh hoạt',
    'QĐ thời lượng',
    ...SUPERVISION,
    RATING,
  ],
};

const headers = (page: Page) => page.locator('table thead th').allTextContents();

describe.skipIf(skip)('roles in the panel', () => {
  const session = panelSession();
  /** A page signed in as the user, shared by the tests of that role. */
  const as = (username: string) => session.as(username);

  it('sends a stranger to the login page and refuses a wrong password', async () => {
    const page = await session.newPage();
    await page.goto(`${session.base}/#/members`);
    await page.waitForURL(/#\/login/);
    await page.locator('input[name="username"]').fill('vanphong');
    await page.locator('input[name="password"]').fill('không phải mật khẩu');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Sai tên đăng nhập hoặc mật khẩu.').waitFor();
    await page.context().close();
  }, 60_000);

  it.each(Object.entries(MENUS))('shows %s exactly their menu', async (username, expected) => {
    const page = await as(username);
    expect(await menuEntries(page)).toEqual(expected);
  }, 60_000);

  it('lets the administrator add members and see their personal data', async () => {
    const page = await as('vanphong');
    await page.goto(`${session.base}/#/members`);
    await loadedRows(page);
    expect(await headers(page)).toContain('Ngày sinh');
    await page.getByRole('link', { name: 'Thêm mới' }).waitFor();
    await (await loadedRows(page)).first().getByRole('cell').first().click();
    await page.getByText('Điện thoại', { exact: true }).waitFor();
  }, 60_000);

  it('shows a committee member the ward read-only', async () => {
    const page = await as('uyvien');
    await page.goto(`${session.base}/#/organizations`);
    await loadedRows(page);
    expect(await page.getByRole('link', { name: 'Thêm mới' }).count()).toBe(0);
    await page.goto(`${session.base}/#/members`);
    await (await loadedRows(page)).first().getByRole('cell').first().click();
    await page.getByRole('tab', { name: 'Lý lịch' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('link', { name: 'Sửa' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Chuyển sinh hoạt' }).count()).toBe(0);
  }, 60_000);

  it('keeps a branch secretary in their branch, read-only', async () => {
    const page = await as('bithu.tdp5');
    // Menu entries are menu items, not plain links.
    await page.getByRole('menuitem', { name: 'Chi bộ của tôi' }).click();
    await page.waitForURL(/#\/organizations\/\d+\/show/);
    await page.getByText(BRANCH).first().waitFor();
    await page.getByRole('tab', { name: /^Đảng viên/ }).click();
    await loadedRows(page);
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('link', { name: 'Thêm đảng viên' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Sửa' }).count()).toBe(0);

    // Their member list is their branch's: no other branch appears, and no organization filter is offered.
    await page.getByRole('menuitem', { name: 'Đảng viên', exact: true }).click();
    await page.waitForURL(/#\/members/);
    // The list has a branch column, which the branch page's table has not: wait for it.
    await page.locator('table thead th', { hasText: /^Chi bộ$/ }).waitFor();
    const rows = await (await loadedRows(page)).allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => !row.includes(BRANCH))).toEqual([]);
    expect(await page.getByRole('link', { name: 'Thêm mới' }).count()).toBe(0);
    expect(await page.getByLabel('Thuộc tổ chức').count()).toBe(0);

    // The home page shows their branch.
    await page.goto(`${session.base}/#/`);
    await page.getByRole('heading', { name: BRANCH }).waitFor();
  }, 60_000);

  it('hides personal data from the analyst', async () => {
    const page = await as('phantich');
    await page.goto(`${session.base}/#/members`);
    await loadedRows(page);
    const columns = await headers(page);
    expect(columns).toContain('Họ và tên');
    expect(columns).not.toContain('Điện thoại');
    expect(columns).not.toContain('Ngày sinh');
    await page.locator('table tbody tr').first().getByRole('cell').first().click();
    await page.getByText('Vai trò của bạn không xem được thông tin cá nhân').waitFor();
    expect(await page.getByText('Điện thoại', { exact: true }).count()).toBe(0);
    expect(await page.getByText('Ngày sinh', { exact: true }).count()).toBe(0);
  }, 60_000);

  it('lets the inspector read the audit log, side by side', async () => {
    // The administrator corrects a member's phone (through the API, with their session), for the log to show.
    const office = await as('vanphong');
    const { members } = await graphql<{ members: { items: Array<{ id: string; version: number }> } }>(
      office,
      session.base,
      '{ members(limit: 1) { items { id version } } }',
    );
    const [{ id, version }] = members.items;
    await graphql(office, session.base, 'mutation($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id } }', {
      id,
      input: { phone: '0912345678', version },
    });

    const page = await as('kiemtra');
    await page.goto(`${session.base}/#/auditEntries`);
    const rows = await loadedRows(page);
    // Every sign-in of this run is there, newest first; the inspector's own among them.
    await page.locator('input[name="username"]').fill('kiemtra');
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining('Đăng nhập')]);
    // The update shows the fields side by side.
    await page.locator('input[name="username"]').fill('');
    await rows.filter({ hasText: 'Điện thoại' }).first().click();
    await page.getByText('Nội dung thay đổi').waitFor();
    const changed = page.locator('table tbody tr').filter({ hasText: 'Điện thoại' });
    expect(await changed.textContent()).toContain('0912345678');
    expect(await page.locator('table thead th').allTextContents()).toEqual(['Thông tin', 'Trước', 'Sau']);
    await page.getByText('Chuỗi kiểm tra toàn vẹn').waitFor();
  }, 60_000);

  it('signs out', async () => {
    const page = await as('uyvien');
    await page.getByRole('button', { name: 'Tài khoản' }).click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/#\/login/);
    await page.goto(`${session.base}/#/members`);
    await page.waitForURL(/#\/login/);
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});
