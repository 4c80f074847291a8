import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphql, MENU, panelSession, skip, today } from './harness';

/**
 * The plan's figures on the home page and the periodic report, in a real browser against the real API (fresh SQLite,
 * the demo ward), as the party office: the figures are the API's for the organization and period chosen, change when
 * either changes, and a figure's numerator opens as many rows as it counts; the report shows the same figures on A4.
 * Needs `npm run build` first.
 */

const QUARTER = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
const MONTH = today.slice(0, 7);
const COMMITTEE = 'Đảng ủy Công ty CP Dệt may Long Biên';
const vi = new Intl.NumberFormat('vi-VN');

interface Figure {
  code: string;
  numerator: number;
  denominator: number;
}

async function figuresOf(page: Page, base: string, scopeId: string, period: Record<string, unknown>): Promise<Record<string, Figure>> {
  const { indicators } = await graphql<{ indicators: { totals: Figure[] } }>(
    page,
    base,
    'query($scopeId: ID, $period: PeriodInput!) { indicators(scopeId: $scopeId, period: $period) { totals { code numerator denominator } } }',
    { scopeId, period },
  );
  return Object.fromEntries(indicators.totals.map((f) => [f.code, f]));
}

/** The numerator/denominator a card shows for a figure, once the figures have loaded. */
const shown = (page: Page, code: string) => page.getByTestId(`figure-${code}`).getByTestId('figure-fraction').textContent();
const fraction = (f: Figure) => `${vi.format(f.numerator)}/${vi.format(f.denominator)}`;

describe.skipIf(skip)('the plan’s figures in Chromium', () => {
  const session = panelSession(['vanphong']);

  it('shows the API’s figures for the period and organization chosen, their rows, and the report', async () => {
    const { base, pageErrors } = session;
    const page = await session.as('vanphong');
    const { me, organizations } = await graphql<{ me: { organizationId: string }; organizations: { items: Array<{ id: string; name: string }> } }>(
      page,
      base,
      `{ me { organizationId } organizations(filter: { kind: [GRASSROOTS_COMMITTEE] }, limit: 50) { items { id name } } }`,
    );
    const committee = organizations.items.find((o) => o.name === COMMITTEE);
    expect(committee).toBeDefined();

    // This quarter for the viewer's own organization, by default.
    await page.goto(`${base}/#/`);
    const quarter = await figuresOf(page, base, me.organizationId, { quarter: QUARTER });
    await expect.poll(() => shown(page, 'REGULAR_HELD')).toBe(fraction(quarter.REGULAR_HELD));
    for (const code of ['THEMATIC_HELD', 'CONTENT_COMPLETE', 'ATTENDANCE_POOLED', 'BRANCHES_AT_THRESHOLD', 'MEMBERS_TASKED']) {
      expect(await shown(page, code), code).toBe(fraction(quarter[code]));
    }
    // Every branch of the ward is ranked.
    const { indicators: byBranch } = await graphql<{ indicators: { groups: unknown[] } }>(
      page,
      base,
      'query($scopeId: ID, $quarter: String) { indicators(scopeId: $scopeId, period: { quarter: $quarter }, groupBy: [BRANCH], codes: [ATTENDANCE_POOLED]) { groups { branchId } } }',
      { scopeId: me.organizationId, quarter: QUARTER },
    );
    await expect.poll(() => page.getByTestId('ranking-row').count()).toBe(byBranch.groups.length);

    // This month: other figures (a month has a third of the quarter's branch-months).
    await page.getByRole('button', { name: 'Tháng', exact: true }).click();
    const month = await figuresOf(page, base, me.organizationId, { month: MONTH });
    expect(fraction(month.REGULAR_HELD)).not.toBe(fraction(quarter.REGULAR_HELD));
    await expect.poll(() => shown(page, 'REGULAR_HELD')).toBe(fraction(month.REGULAR_HELD));
    expect(await shown(page, 'ATTENDANCE_POOLED')).toBe(fraction(month.ATTENDANCE_POOLED));

    // A grassroots committee instead of the ward: its own figures.
    const picker = page.getByRole('combobox', { name: 'Tổ chức đảng' });
    await picker.click();
    await picker.fill('Dệt may');
    await page.getByRole('option', { name: COMMITTEE }).click();
    const own = await figuresOf(page, base, String(committee?.id), { month: MONTH });
    expect(own.REGULAR_HELD.denominator).toBeLessThan(month.REGULAR_HELD.denominator);
    await expect.poll(() => shown(page, 'REGULAR_HELD')).toBe(fraction(own.REGULAR_HELD));
    expect(await shown(page, 'MEMBERS_TASKED')).toBe(fraction(own.MEMBERS_TASKED));
    await expect.poll(() => page.getByTestId('indicators-period').textContent()).toContain(COMMITTEE);

    // The numerator opens the rows counted in it: as many as it counts, with the CSV of the same rows.
    const figure = own.REGULAR_HELD;
    expect(figure.numerator).toBeGreaterThan(0);
    await page.getByTestId('figure-REGULAR_HELD').getByTestId('figure-numerator').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByTestId('drill-total').textContent()).toBe(`${vi.format(figure.numerator)} dòng`);
    expect(await dialog.getByTestId('drill-row').count()).toBe(Math.min(25, figure.numerator));
    const csv = await dialog.getByRole('link', { name: 'Tải CSV' }).getAttribute('href');
    expect(csv).toBe(`/exports/indicator-rows.csv?scopeId=${committee?.id}&month=${MONTH}&code=REGULAR_HELD&counted=true`);
    // Those not counted are the rest of the denominator.
    await dialog.getByRole('tab', { name: 'Không được tính' }).click();
    const rest = figure.denominator - figure.numerator;
    if (rest > 0) await expect.poll(() => dialog.getByTestId('drill-total').textContent()).toBe(`${vi.format(rest)} dòng`);
    else await dialog.getByText('Không có dòng nào.').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // The report upward keeps the choice: the committee's figures for the month, as a party document.
    await page.locator(MENU).getByRole('menuitem', { name: 'Báo cáo định kỳ' }).click();
    const record = page.locator('article.record');
    await record.getByRole('heading', { name: 'BÁO CÁO' }).waitFor();
    expect(await record.locator('.header').textContent()).toContain(COMMITTEE.toLocaleUpperCase('vi'));
    expect(await record.locator('.subtitle').textContent()).toContain(`tháng ${MONTH.slice(5, 7)} năm ${MONTH.slice(0, 4)}`);
    for (const code of ['REGULAR_HELD', 'ATTENDANCE_POOLED', 'MEMBERS_TASKED']) {
      expect(await record.getByTestId(`report-figure-${code}`).textContent(), code).toContain(fraction(own[code]));
    }

    // The workbook of the API for the same organization and month: the same figures.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^bao-cao-.+\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const lines: unknown[][] = [];
    book.worksheets[0].eachRow((line) => {
      lines.push((line.values as unknown[]).slice(1));
    });
    const { indicators: labels } = await graphql<{ indicators: { totals: Array<{ code: string; label: string }> } }>(
      page,
      base,
      'query($scopeId: ID, $month: String) { indicators(scopeId: $scopeId, period: { month: $month }) { totals { code label } } }',
      { scopeId: committee?.id, month: MONTH },
    );
    for (const code of ['REGULAR_HELD', 'MEMBERS_TASKED']) {
      const label = labels.totals.find((f) => f.code === code)?.label;
      const line = lines.find((values) => values[1] === label);
      expect(line?.slice(2, 4), code).toEqual([own[code].numerator, own[code].denominator]);
    }
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
