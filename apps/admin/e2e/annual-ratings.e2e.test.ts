import { describe, expect, it } from 'vitest';
import { graphql, MENU, panelSession, shownDay, skip, today } from './harness';

/**
 * The annual quality rating in a real browser against the real API (fresh SQLite, the demo ward), as the party office:
 * the branches' table of the ward committee for the year the page opens on, the committee's part entered for one
 * branch (its total and level change as the API computes them), a stale version refused and reloaded, a branch's
 * members' table, and the printed sheet. Needs `npm run build` first.
 */

/** Last year until the end of February, this year from March (as the page chooses). */
const YEAR = Number(today.slice(5, 7)) <= 2 ? Number(today.slice(0, 4)) - 1 : Number(today.slice(0, 4));
const BRANCH_RATINGS = `query($o: ID!, $y: Int!) { branchRatings(organizationId: $o, year: $y) {
  document { documentNumber documentDate scale }
  rows { branchId branch { name } meetingPoints total levelByPoints level pending rating { points version } } } }`;

interface BranchRow {
  branchId: string;
  branch: { name: string };
  meetingPoints: number | null;
  total: number | null;
  levelByPoints: string | null;
  level: string | null;
  pending: boolean;
  rating: { points: number | null; version: number } | null;
}

/** "27,81" as the page writes points in Vietnamese. */
const vi = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);
const LEVEL = { OUTSTANDING: 'Hoàn thành xuất sắc', GOOD: 'Hoàn thành tốt', COMPLETED: 'Hoàn thành', NOT_COMPLETED: 'Không hoàn thành' } as const;

describe.skipIf(skip)('annual ratings in Chromium', () => {
  const session = panelSession(['vanphong', 'bithu.tdp5', 'phantich']);

  it('enters the committee’s part for a branch, sees the total and level change, is told of a stale version, and prints', async () => {
    const { base, pageErrors } = session;
    const page = await session.as('vanphong');
    const { me } = await graphql<{ me: { organizationId: string } }>(page, base, '{ me { organizationId } }');
    const ask = async () => (await graphql<{ branchRatings: { document: { documentNumber: string; documentDate: string; scale: string }; rows: BranchRow[] } }>(page, base, BRANCH_RATINGS, { o: me.organizationId, y: YEAR })).branchRatings;

    await page.locator(MENU).getByRole('menuitem', { name: 'Xếp loại chất lượng', exact: true }).click();
    const rows = page.getByTestId('rating-row');
    await rows.first().waitFor();
    const before = await ask();
    expect(before.document.scale).toBe('POINTS');
    await expect.poll(() => rows.count()).toBe(before.rows.length);
    expect(await page.getByTestId('year-select').inputValue()).toBe(String(YEAR));
    // The rule set's document and the ward's criteria note.
    const note = await page.getByTestId('rating-document').textContent();
    expect(note).toContain(`Quy định số ${before.document.documentNumber} ngày ${shownDay(before.document.documentDate)}`);
    expect(await page.getByTestId('ward-criteria-note').textContent()).toContain('tiêu chí của Đảng ủy phường');

    // A branch the committee has not rated yet: pending, no total.
    const target = before.rows.find((r) => r.pending && r.meetingPoints != null) as BranchRow;
    expect(target).toBeTruthy();
    const row = rows.filter({ hasText: target.branch.name }).first();
    expect(await row.getByTestId('meeting-points').textContent()).toBe(vi(target.meetingPoints as number));
    expect(await row.getByTestId('total').textContent()).toBe('—');
    expect(await row.getByTestId('level').textContent()).toBe('Chờ cấp ủy');

    // The committee enters 62,5 of its 70: the editor shows the outcome as typed, the table what the API saved.
    await row.getByTestId('edit-rating').click();
    const editor = page.getByTestId('rating-editor');
    await editor.getByTestId('entered-points').fill('62,5');
    const expected = Math.round(((target.meetingPoints as number) + 62.5) * 100) / 100;
    await expect.poll(() => editor.getByTestId('rating-preview').textContent()).toContain(vi(expected));
    await editor.getByRole('textbox', { name: 'Nhận xét của cấp ủy' }).fill('Chi bộ lãnh đạo hoàn thành tốt nhiệm vụ chính trị');
    await editor.getByTestId('save-rating').click();
    await page.getByText(`Đã lưu phần cấp ủy của ${target.branch.name}.`).waitFor();
    await expect.poll(() => row.getByTestId('total').textContent()).toBe(vi(expected));
    const saved = (await ask()).rows.find((r) => r.branchId === target.branchId) as BranchRow;
    expect(saved).toMatchObject({ total: expected, pending: false, rating: { points: 62.5 } });
    expect(await row.getByTestId('level').textContent()).toBe(LEVEL[saved.level as keyof typeof LEVEL]);
    expect(await row.getByTestId('entered-part').textContent()).toContain('62,5');

    // Someone else changes it meanwhile: the page's version is stale, the API refuses, the page says so and reloads.
    await graphql(page, base, 'mutation($input: SetAnnualRatingInput!) { setAnnualRating(input: $input) { id } }', {
      input: { year: YEAR, branchId: target.branchId, points: 40, version: saved.rating?.version },
    });
    await row.getByTestId('edit-rating').click();
    await editor.getByTestId('entered-points').fill('65');
    await editor.getByTestId('save-rating').click();
    await page.getByText('Xếp loại này vừa được người khác sửa').waitFor();
    const other = Math.round(((target.meetingPoints as number) + 40) * 100) / 100;
    await expect.poll(() => row.getByTestId('total').textContent()).toBe(vi(other));
    const after = (await ask()).rows.find((r) => r.branchId === target.branchId) as BranchRow;
    expect(after.rating?.points).toBe(40);
    expect(await row.getByTestId('level').textContent()).toBe(LEVEL[after.level as keyof typeof LEVEL]);

    // A branch opens its members' table, with the same layout and the members' criteria.
    await row.getByRole('button', { name: target.branch.name }).click();
    await page.getByTestId('member-ratings').waitFor();
    expect(await page.getByTestId('member-ratings').locator('thead').textContent()).toContain('Vắng không lý do');

    // The printed sheet of the branches: the party header, the title, the branch with its points and level.
    await page.getByRole('link', { name: 'Về bảng các chi bộ' }).click();
    await page.getByTestId('branch-ratings').waitFor();
    await page.getByRole('link', { name: 'Bản in' }).click();
    const sheet = page.locator('article.record');
    await sheet.waitFor();
    const text = (await sheet.textContent()) ?? '';
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain(`BẢNG TỔNG HỢP XẾP LOẠI CHẤT LƯỢNG CHI BỘ`);
    expect(text).toContain(`Năm ${YEAR}`);
    expect(text).toContain(`Theo Quy định số ${before.document.documentNumber} ngày ${shownDay(before.document.documentDate)}`);
    expect(text).toContain(`ngày ${today.slice(8, 10)} tháng ${today.slice(5, 7)} năm ${today.slice(0, 4)}`);
    const printed = sheet.locator('tbody tr').filter({ hasText: target.branch.name });
    const cells = (await printed.locator('td').allTextContents()).map((t) => t.trim());
    expect(cells).toContain(vi(other));
    expect(cells).toContain('40');
    expect(await sheet.locator('tbody tr').count()).toBe(before.rows.length);
    expect(pageErrors).toEqual([]);
  });

  it('opens a secretary on their branch’s members, to rate, and an analyst on the branches, to read only', async () => {
    const { base, pageErrors } = session;
    const secretary = await session.as('bithu.tdp5');
    const { me } = await graphql<{ me: { organizationId: string } }>(secretary, base, '{ me { organizationId } }');
    const { memberRatings } = await graphql<{ memberRatings: { rows: Array<{ member: { fullName: string } }> } }>(
      secretary,
      base,
      'query($b: ID!, $y: Int!) { memberRatings(branchId: $b, year: $y) { rows { member { fullName } } } }',
      { b: me.organizationId, y: YEAR },
    );
    await secretary.locator(MENU).getByRole('menuitem', { name: 'Xếp loại chất lượng', exact: true }).click();
    await secretary.getByTestId('member-ratings').waitFor();
    const names = secretary.getByTestId('member-ratings').locator('tbody [data-testid="rating-row"] td:nth-child(2) p');
    await expect.poll(() => names.count()).toBe(memberRatings.rows.length);
    expect(await names.allTextContents()).toEqual(memberRatings.rows.map((r) => r.member.fullName));
    expect(await secretary.getByTestId('edit-rating').count()).toBe(memberRatings.rows.length);
    // No committee to choose and no way to the branches' table.
    expect(await secretary.getByRole('combobox', { name: 'Tổ chức đảng' }).count()).toBe(0);
    expect(await secretary.getByRole('link', { name: 'Về bảng các chi bộ' }).count()).toBe(0);

    const analyst = await session.as('phantich');
    await analyst.locator(MENU).getByRole('menuitem', { name: 'Xếp loại chất lượng', exact: true }).click();
    const rows = analyst.getByTestId('rating-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(1);
    // Read only: nothing to enter, and the branches do not open their members (personal data).
    expect(await analyst.getByTestId('edit-rating').count()).toBe(0);
    expect(await rows.first().getByRole('button').count()).toBe(0);
    expect(await analyst.getByText('Bạn chỉ được xem bảng xếp loại.').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
