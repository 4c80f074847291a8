import { describe, expect, it } from 'vitest';
import { BRANCH, graphql, panelSession, skip } from './harness';

/**
 * The panel in a real browser against the real API: the built API is started on a fresh SQLite database
 * (seeded with the demo ward) and serves the built admin; the office's administrator signs in first.
 * Needs `npm run build` first.
 */
describe.skipIf(skip)('the admin panel in Chromium', () => {
  const session = panelSession(['vanphong']);

  it('finds a branch, adds a member through the form and lists them in the branch', async () => {
    const { base, pageErrors } = session;
    const page = await session.as('vanphong');
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

    // And the API agrees (asked with the browser's session): the member belongs to the branch from the day
    // typed, stored as YYYY-MM-DD.
    const { members } = await graphql<{
      members: { total: number; items: Array<{ fullName: string; status: string; currentMembership: { from: string; branch: { name: string } } }> };
    }>(
      page,
      base,
      'query($q: String) { members(filter: { search: $q }) { total items { fullName status currentMembership { from branch { name } } } } }',
      { q: fullName },
    );
    expect(members.total).toBe(1);
    expect(members.items[0]).toEqual({
      fullName,
      status: 'PROBATIONARY',
      currentMembership: { from: '2025-09-02', branch: { name: BRANCH } },
    });

    // The change is in the audit log, under the administrator's name.
    await page.goto(`${base}/#/auditEntries`);
    const entry = page.locator('table tbody tr').filter({ hasText: fullName }).first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain('vanphong');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
