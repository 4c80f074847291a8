import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphql, MENU, panelSession, shownDay, skip, today } from './harness';

/**
 * Supervision from above in a real browser against the real API (fresh SQLite, the demo ward), as a committee member:
 * the quarter board, the planner's proposal accepted with one line dropped, the visits on the board and in the
 * compliance view, the printed schedule and the workbook downloaded from the API, read back here. Needs
 * `npm run build` first.
 */

const QUARTER = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
/** "05/10/2026" → "2026-10-05". */
const isoDay = (shown: string) => `${shown.slice(6, 10)}-${shown.slice(3, 5)}-${shown.slice(0, 2)}`;
const byText = (a: string[], b: string[]) => a.join('|').localeCompare(b.join('|'), 'vi');

interface Named {
  member: { fullName: string } | null;
  branch: { name: string } | null;
}

/** The cells of a table's body rows, as text. */
function cells(page: Page, rows: string): Promise<string[][]> {
  return page
    .locator(rows)
    .evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((cell) => (cell.textContent ?? '').trim())));
}

describe.skipIf(skip)('supervision from above in Chromium', () => {
  const session = panelSession(['uyvien']);

  it('plans the quarter’s visits, accepts them, sees them kept and downloads the schedule', async () => {
    const { base, pageErrors } = session;
    const page = await session.as('uyvien');
    const { me } = await graphql<{ me: { organizationId: string } }>(page, base, '{ me { organizationId } }');
    const ask = <T>(query: string) => graphql<T>(page, base, query, { id: me.organizationId, quarter: QUARTER });

    // The board of this quarter: a row per standing committee member, with the visits the demo ward planned.
    await page.locator(MENU).getByRole('menuitem', { name: 'Lịch dự sinh hoạt', exact: true }).click();
    await page.getByTestId('quarter-board').waitFor();
    const { supervisionCompliance: before, supervisorAssignments: planned } = await ask<{
      supervisionCompliance: { standingMembers: Named[] };
      supervisorAssignments: { total: number };
    }>(
      `query($id: ID!, $quarter: String!) { supervisionCompliance(organizationId: $id, quarter: $quarter) { standingMembers { member { fullName } } }
        supervisorAssignments(filter: { organizationId: $id, quarter: $quarter, kind: [ROTATION] }) { total } }`,
    );
    const boardRows = page.getByTestId('board-row');
    await expect.poll(() => boardRows.count()).toBe(before.standingMembers.length);
    expect(before.standingMembers.length).toBeGreaterThan(1);
    expect((await boardRows.locator('td:first-child').allTextContents()).sort()).toEqual(
      before.standingMembers.map((line) => line.member?.fullName ?? '').sort(),
    );
    await expect.poll(() => page.getByTestId('board-visit').count()).toBe(planned.total);

    // The planner's proposal, line by line as the API gives it: member, branch, day, and why.
    await page.getByRole('button', { name: 'Lập lịch đề xuất' }).click();
    const lines = page.getByTestId('proposal-line');
    await lines.first().waitFor();
    const { rotationProposal } = await ask<{ rotationProposal: { visits: Array<Named & { day: string; reasonCodes: string[] }> } }>(
      'query($id: ID!, $quarter: String!) { rotationProposal(organizationId: $id, quarter: $quarter) { visits { member { fullName } branch { name } day reasonCodes } } }',
    );
    const shown = (await cells(page, '[data-testid="proposal-line"]')).map((row) => row.slice(0, 3));
    expect(shown).toEqual(rotationProposal.visits.map((v) => [v.member?.fullName, v.branch?.name, shownDay(v.day)]));
    expect(shown.length).toBeGreaterThan(1);
    expect(await lines.first().locator('.MuiChip-root').count()).toBe(rotationProposal.visits[0].reasonCodes.length);

    // The office drops the last line, then accepts the rest in one step.
    const kept = shown.slice(0, -1);
    await lines.last().getByRole('button', { name: 'Bỏ dòng này' }).click();
    await expect.poll(() => lines.count()).toBe(kept.length);
    await page.getByRole('button', { name: 'Chấp nhận lịch đề xuất' }).click();
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText(`Đã lưu lịch với ${kept.length} lượt dự`).waitFor();

    // The board shows each kept visit in its member's row; the API holds exactly those.
    await expect.poll(() => page.getByTestId('board-visit').count()).toBe(kept.length);
    for (const [member, branch, day] of kept) {
      const label = await boardRows.filter({ hasText: member }).getByTestId('board-visit').getAttribute('aria-label');
      expect(label).toContain(branch);
      expect(label).toContain(day);
    }
    const { supervisorAssignments } = await ask<{
      supervisorAssignments: { items: Array<Named & { plannedMeeting: { plannedOn: string | null; heldOn: string | null } | null }> };
    }>(
      `query($id: ID!, $quarter: String!) { supervisorAssignments(filter: { organizationId: $id, quarter: $quarter, kind: [ROTATION] }, limit: 100) {
        items { member { fullName } branch { name } plannedMeeting { plannedOn heldOn } } } }`,
    );
    const stored = supervisorAssignments.items.map((a) => [
      a.member?.fullName ?? '',
      a.branch?.name ?? '',
      shownDay(a.plannedMeeting?.heldOn ?? a.plannedMeeting?.plannedOn ?? ''),
    ]);
    expect(stored.sort(byText)).toEqual([...kept].sort(byText));

    // The compliance view: the two figures as the API counts them, and the kept visits whose meeting has passed
    // without the member among its guests, listed as missed.
    await page.locator(MENU).getByRole('menuitem', { name: 'Kết quả dự sinh hoạt', exact: true }).click();
    await page.getByTestId('standing-members').waitFor();
    const { supervisionCompliance: after } = await ask<{
      supervisionCompliance: { standing: { numerator: number; denominator: number }; missedPlannedVisits: Named[] };
    }>(
      `query($id: ID!, $quarter: String!) { supervisionCompliance(organizationId: $id, quarter: $quarter) {
        standing { numerator denominator } missedPlannedVisits { member { fullName } branch { name } } } }`,
    );
    expect(await page.getByTestId('standing-figure').textContent()).toContain(`${after.standing.numerator}/${after.standing.denominator}`);
    const missed = await page.getByTestId('missed-visit').allTextContents();
    expect(missed).toHaveLength(after.missedPlannedVisits.length);
    for (const visit of after.missedPlannedVisits) {
      expect(kept.some(([member, branch]) => member === visit.member?.fullName && branch === visit.branch?.name)).toBe(true);
      expect(missed.some((text) => text.includes(`${visit.member?.fullName} – ${visit.branch?.name}`))).toBe(true);
    }
    // A visit planned for a later day cannot have been missed yet.
    for (const [member, branch, day] of kept.filter(([, , d]) => isoDay(d) > today)) {
      expect(missed.some((text) => text.includes(member) && text.includes(branch)), `${member} ${day}`).toBe(false);
    }

    // The printed schedule: the kept visits by day, then by name, days as dd/MM/yyyy; then the members in charge.
    await page.getByRole('link', { name: 'In lịch, tải Excel' }).click();
    const record = page.locator('article.record');
    await record.getByRole('heading', { name: 'LỊCH DỰ SINH HOẠT CHI BỘ CỦA BAN THƯỜNG VỤ ĐẢNG ỦY' }).waitFor();
    const printed = await cells(page, 'article.record table.lines tbody tr');
    const inOrder = [...kept].sort((a, b) => isoDay(a[2]).localeCompare(isoDay(b[2])) || a[0].localeCompare(b[0], 'vi'));
    expect(printed.slice(0, kept.length).map((row) => row.slice(0, 5))).toEqual(
      inOrder.map(([member, branch, day], i) => [String(i + 1), member, branch, 'Dự luân phiên', day]),
    );
    const { supervisorAssignments: inCharge } = await ask<{ supervisorAssignments: { total: number } }>(
      'query($id: ID!, $quarter: String!) { supervisorAssignments(filter: { organizationId: $id, quarter: $quarter, kind: [IN_CHARGE] }) { total } }',
    );
    expect(printed.slice(kept.length).map((row) => row[3])).toEqual(Array(inCharge.total).fill('Phụ trách chi bộ'));

    // The workbook from the API, read back: the same lines under Vietnamese headers.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Excel' }).click()]);
    expect(download.suggestedFilename()).toBe(`lich-du-sinh-hoat-${QUARTER}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets[0];
    const values: string[][] = [];
    sheet.eachRow((row) => {
      values.push((row.values as unknown[]).slice(1).map((value) => (value == null ? '' : String(value))));
    });
    const header = values.findIndex((row) => row[0] === 'STT');
    expect(values[header]).toEqual(['STT', 'Đồng chí', 'Chi bộ', 'Hình thức', 'Ngày dự', 'Ghi chú']);
    const workbook = values.slice(header + 1);
    expect(workbook.map((row) => row[0])).toEqual(printed.map((row) => row[0]));
    // The visits in the same order; the members in charge (one member, several branches) in any order.
    const withoutNumber = (rows: string[][]) => rows.map((row) => row.slice(1, 5));
    expect(withoutNumber(workbook.slice(0, kept.length))).toEqual(withoutNumber(printed.slice(0, kept.length)));
    expect(withoutNumber(workbook.slice(kept.length)).sort(byText)).toEqual(withoutNumber(printed.slice(kept.length)).sort(byText));
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
