import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BRANCH, graphql, MENU, panelSession, shownDay, skip, today } from './harness';

/**
 * The records a branch keeps of its meetings, in a real browser against the real API (fresh SQLite, the demo
 * ward with a year of meetings): the attendance sheet filled with the keyboard alone and saved once, the ward's
 * month calendar, and the printed record (biên bản) on A4. Needs `npm run build` first. Set E2E_SHOTS to a
 * directory to keep a screenshot of the printed record there.
 */

const thisMonth = today.slice(0, 7);
const monthBefore = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};
const lastMonth = monthBefore(thisMonth);
/** A share as the panel writes it in Vietnamese: "93,3 %". */
const percent = (share: number) => new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(share);

async function branchId(page: Page, base: string): Promise<string> {
  const { organizations } = await graphql<{ organizations: { items: Array<{ id: string; name: string }> } }>(
    page,
    base,
    'query($q: String) { organizations(filter: { search: $q, kind: BRANCH, dissolved: false }, limit: 100) { items { id name } } }',
    { q: BRANCH },
  );
  const branch = organizations.items.find((o) => o.name === BRANCH);
  if (!branch) throw new Error(`${BRANCH} not found`);
  return branch.id;
}

interface MonthMeeting {
  id: string;
  kind: 'REGULAR' | 'THEMATIC' | 'COMBINED';
  heldOn: string | null;
  plannedOn: string | null;
  organization: { name: string; kind: string; parent: { name: string } | null };
}

/** Every meeting of a month the user sees, page by page (the API serves at most 100 a page). */
async function meetingsOf(page: Page, base: string, month: string): Promise<MonthMeeting[]> {
  const all: MonthMeeting[] = [];
  for (let offset = 0; ; offset += 100) {
    const { meetings } = await graphql<{ meetings: { total: number; items: MonthMeeting[] } }>(
      page,
      base,
      `query($month: String, $offset: Int) { meetings(filter: { month: $month }, offset: $offset, limit: 100) {
        total items { id kind heldOn plannedOn organization { name kind parent { name } } } } }`,
      { month, offset },
    );
    all.push(...meetings.items);
    if (all.length >= meetings.total || meetings.items.length === 0) return all;
  }
}

/** The calendar's day cells as shown: the day (dd/MM/yyyy) → the meetings linked from it, and their labels. */
function calendarCells(page: Page): Promise<Record<string, Array<{ id: string; label: string }>>> {
  return page.evaluate(() => {
    const cells: Record<string, Array<{ id: string; label: string }>> = {};
    for (const cell of document.querySelectorAll('[role="gridcell"][aria-label]')) {
      cells[cell.getAttribute('aria-label') ?? ''] = [...cell.querySelectorAll('a')].map((a) => ({
        id: /#\/meetings\/(\d+)\/show/.exec(a.getAttribute('href') ?? '')?.[1] ?? '',
        label: a.textContent ?? '',
      }));
    }
    return cells;
  });
}

/** What the calendar should show: every day of the month, each with its meetings by id, as ward offices label them. */
function expectedCells(month: string, meetings: MonthMeeting[]): Record<string, Array<{ id: string; label: string }>> {
  const [y, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells: Record<string, Array<{ id: string; label: string }>> = {};
  for (let d = 1; d <= days; d++) cells[shownDay(`${month}-${String(d).padStart(2, '0')}`)] = [];
  const KIND_SHORT = { REGULAR: 'TK', THEMATIC: 'CĐ', COMBINED: 'KH' };
  // "Chi bộ Tổ dân phố số 5" is "TDP số 5" in a narrow cell; a party group goes with its branch.
  const short = (name: string) => name.replace(/^(Chi bộ|Đảng bộ)\s+/u, '').replace(/^Tổ dân phố\s+/u, 'TDP ');
  for (const meeting of meetings) {
    const day = meeting.heldOn ?? meeting.plannedOn;
    if (!day) continue;
    const org = meeting.organization;
    const name = org.kind === 'PARTY_GROUP' && org.parent ? `${org.name} · ${short(org.parent.name)}` : short(org.name);
    cells[shownDay(day)].push({ id: meeting.id, label: `${KIND_SHORT[meeting.kind]}${name}` });
  }
  return cells;
}

const byId = (cells: Record<string, Array<{ id: string; label: string }>>) =>
  Object.fromEntries(Object.entries(cells).map(([day, entries]) => [day, [...entries].sort((a, b) => Number(a.id) - Number(b.id))]));

describe.skipIf(skip)('attendance sheet, calendar and printed record in Chromium', () => {
  const session = panelSession(['bithu.tdp5', 'vanphong']);

  it('fills the attendance sheet with the keyboard alone and saves it whole, once', async () => {
    const { base, pageErrors } = session;
    const page = await session.as('bithu.tdp5');
    // The branch has not held this month's regular meeting: the secretary records it as held today, no sheet yet.
    const branch = await branchId(page, base);
    const { createMeeting } = await graphql<{ createMeeting: { id: string } }>(
      page,
      base,
      'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      { input: { organizationId: branch, kind: 'REGULAR', heldOn: today, startTime: '19:30', endTime: '21:30', place: 'Nhà văn hóa tổ dân phố số 5' } },
    );
    const meetingId = createMeeting.id;
    // The branch's members on the day, in the roll order the API keeps for every member list.
    const { members } = await graphql<{ members: { total: number; items: Array<{ fullName: string }> } }>(
      page,
      base,
      'query($org: ID, $day: Date) { members(filter: { organizationId: $org, asOf: $day }, limit: 100) { total items { fullName } } }',
      { org: branch, day: today },
    );
    expect(members.total).toBeLessThanOrEqual(100);

    // Counting the sheet's saves: one request carries every line.
    const saves: Array<{ entries: Array<{ memberId: string; status: string; reason: string | null }> }> = [];
    page.on('request', (request) => {
      const body = request.method() === 'POST' && request.url().endsWith('/graphql') ? request.postDataJSON() : null;
      if (typeof body?.query === 'string' && body.query.includes('recordAttendance')) saves.push(body.variables);
    });

    await page.goto(`${base}/#/meetings/${meetingId}/attendance`);
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    const names = await rows.locator('.name').allTextContents();
    // Every member of the branch on the day, in roll order: by given name (the last word), Vietnamese alphabet.
    expect(names).toEqual(members.items.map((m) => m.fullName));
    const collator = new Intl.Collator('vi', { sensitivity: 'base' });
    const given = names.map((name) => name.split(' ').at(-1) ?? '');
    for (let i = 1; i < given.length; i++) expect(collator.compare(given[i - 1], given[i]), `${names[i - 1]} before ${names[i]}`).toBeLessThanOrEqual(0);
    await page.getByText(`Danh sách ${names.length} đảng viên của tổ chức vào ngày họp, theo thứ tự sổ đảng viên.`).waitFor();

    /** Each line's status as the sheet shows it (the checked radio), in the sheet's order. */
    const statuses = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('table tbody tr')].map((tr) => tr.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value ?? null),
      );
    // Present by default, everyone; exempt and special-duty members are listed but not expected.
    expect(await statuses()).toEqual(names.map(() => 'PRESENT'));
    const excluded = await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent?.includes('không tính vào số phải dự') ?? false));
    const expected = excluded.filter((x) => !x).length;
    const tally = page.getByText(/^Có mặt \d+\/\d+/);
    expect(await tally.textContent()).toBe(`Có mặt ${expected}/${expected} (${percent(1)})`);

    // Six counted lines near the top: two excused (keys 2 and P, each then asking for its reason), two unexcused
    // (3 and K), and two set away and back to present (K then C, 3 then 1).
    const counted = excluded.flatMap((x, i) => (x ? [] : [i]));
    const [a, b, c, d, e, f] = counted.slice(1, 7);
    const plan: Record<number, { keys: string[]; reason?: string }> = {
      [a]: { keys: ['2'], reason: 'Ốm, có giấy báo' },
      [b]: { keys: ['3'] },
      [c]: { keys: ['p'], reason: 'Đi công tác tỉnh ngoài' },
      [d]: { keys: ['K'] },
      [e]: { keys: ['k', 'c'] },
      [f]: { keys: ['3', '1'] },
    };
    // The keyboard from the first line's choice down: Tab moves on to the next line, whatever its state.
    await rows.nth(0).getByRole('radio', { name: `Có mặt: ${names[0]}` }).focus();
    for (let i = 0; i <= f; i++) {
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      expect(focused).toBe(`Có mặt: ${names[i]}`);
      for (const key of plan[i]?.keys ?? []) await page.keyboard.press(key);
      const reason = plan[i]?.reason;
      if (reason) {
        // An excused absence needs a reason: the sheet opens the line's reason and puts the cursor in it.
        const box = page.getByRole('textbox', { name: `Lý do vắng: ${names[i]}` });
        expect(await box.evaluate((input) => input === document.activeElement)).toBe(true);
        expect(await box.getAttribute('placeholder')).toBe('Lý do vắng');
        await page.keyboard.type(reason);
      }
      if (i < f) await page.keyboard.press('Tab');
    }
    const away: Record<string, { status: string; reason: string | null }> = {
      [names[a]]: { status: 'EXCUSED', reason: 'Ốm, có giấy báo' },
      [names[b]]: { status: 'UNEXCUSED', reason: null },
      [names[c]]: { status: 'EXCUSED', reason: 'Đi công tác tỉnh ngoài' },
      [names[d]]: { status: 'UNEXCUSED', reason: null },
    };
    expect(await statuses()).toEqual(names.map((name) => away[name]?.status ?? 'PRESENT'));
    // Reasons stay closed on every line but the excused ones.
    expect(await page.locator('td.reason input:not(:disabled)').count()).toBe(2);
    const present = expected - 4;
    const rate = percent(present / expected);
    expect(await tally.textContent()).toBe(`Có mặt ${present}/${expected} (${rate})`);
    await page.getByText('Vắng có lý do: 2', { exact: true }).waitFor();
    await page.getByText('Vắng không lý do: 2', { exact: true }).waitFor();

    // One save for the whole sheet.
    await page.getByRole('button', { name: 'Lưu điểm danh' }).click();
    await page.waitForURL(new RegExp(`#/meetings/${meetingId}/show/attendance$`));
    const figure = (label: string) => page.getByText(label, { exact: true }).locator('..').locator('div').first();
    await expect.poll(() => figure('Tỷ lệ dự họp').textContent()).toBe(rate);
    expect(await figure('Có mặt').textContent()).toBe(String(present));
    expect(await figure('Phải dự').textContent()).toBe(String(expected));
    expect(await figure('Vắng có lý do').textContent()).toBe('2');
    expect(await figure('Vắng không lý do').textContent()).toBe('2');
    expect(saves).toHaveLength(1);
    expect(saves[0].entries).toHaveLength(names.length);

    // The API stored exactly those statuses and reasons, and counts as the sheet did.
    const { meeting } = await graphql<{
      meeting: {
        presentCount: number;
        expectedCount: number;
        excusedCount: number;
        unexcusedCount: number;
        attendanceRate: number;
        attendance: Array<{ status: string; reason: string | null; member: { fullName: string } }>;
      };
    }>(
      page,
      base,
      'query($id: ID!) { meeting(id: $id) { presentCount expectedCount excusedCount unexcusedCount attendanceRate attendance { status reason member { fullName } } } }',
      { id: meetingId },
    );
    expect(meeting).toMatchObject({ presentCount: present, expectedCount: expected, excusedCount: 2, unexcusedCount: 2 });
    expect(meeting.attendanceRate).toBeCloseTo(present / expected, 6);
    expect(meeting.attendance).toHaveLength(names.length);
    const stored = Object.fromEntries(meeting.attendance.map((line) => [line.member.fullName, { status: line.status, reason: line.reason }]));
    expect(stored).toEqual(Object.fromEntries(names.map((name) => [name, away[name] ?? { status: 'PRESENT', reason: null }])));

    // Opened again, the sheet shows what was saved.
    await page.getByRole('link', { name: 'Điểm danh' }).click();
    await page.waitForURL(new RegExp(`#/meetings/${meetingId}/attendance$`));
    await rows.first().waitFor();
    await expect.poll(statuses).toEqual(names.map((name) => away[name]?.status ?? 'PRESENT'));
    expect(await page.getByRole('textbox', { name: `Lý do vắng: ${names[c]}` }).inputValue()).toBe('Đi công tác tỉnh ngoài');
    expect(await tally.textContent()).toBe(`Có mặt ${present}/${expected} (${rate})`);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("puts the ward's meetings of a month on their days, and goes back a month", async () => {
    const { base, pageErrors } = session;
    const page = await session.as('vanphong');
    await page.locator(MENU).getByRole('menuitem', { name: 'Lịch sinh hoạt' }).click();
    await page.waitForURL(/#\/meetings\/calendar/);
    await page.getByRole('heading', { name: `Tháng ${shownDay(`${thisMonth}-01`).slice(3)}`, exact: true }).waitFor();

    for (const month of [thisMonth, lastMonth]) {
      const meetings = await meetingsOf(page, base, month);
      expect(meetings.length).toBeGreaterThan(10);
      const held = meetings.filter((m) => m.heldOn).length;
      const title = `Tháng ${month.slice(5, 7)}/${month.slice(0, 4)}`;
      await page.getByRole('grid', { name: title }).waitFor();
      await page.getByText(`${meetings.length} cuộc họp, ${held} đã họp`, { exact: true }).waitFor();
      // Every day of the month, each with exactly its meetings, each labelled by kind and branch.
      expect(byId(await calendarCells(page))).toEqual(byId(expectedCells(month, meetings)));
      if (month === thisMonth) {
        await page.getByRole('button', { name: 'Tháng trước' }).click();
        await page.waitForURL(new RegExp(`#/meetings/calendar\\?month=${lastMonth}$`));
      }
    }
    // The month is in the address: the way back to this month is offered.
    await page.getByRole('button', { name: 'Tháng này' }).waitFor();
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('prints the record of a meeting on A4, with its branch, day, attendance and resolution', async () => {
    const { base, pageErrors } = session;
    const page = await session.as('bithu.tdp5');
    const office = await session.as('vanphong');
    const branch = await branchId(page, base);
    // Last month's regular meeting of the branch, as the API has it.
    const { meetings } = await graphql<{
      meetings: {
        items: Array<{
          id: string;
          heldOn: string;
          startTime: string;
          presentCount: number;
          expectedCount: number;
          excusedCount: number;
          unexcusedCount: number;
          votesFor: number | null;
          votesAgainst: number | null;
          votesAbstain: number | null;
          roster: Array<{ status: string | null; exclusion: string | null; member: { fullName: string } }>;
          resolutions: Array<{ title: string; content: string; tasks: Array<{ description: string; deadline: string }> }>;
        }>;
      };
    }>(
      page,
      base,
      `query($org: ID, $month: String) { meetings(filter: { organizationId: $org, month: $month, kind: REGULAR, held: true }, limit: 5) {
        items { id heldOn startTime presentCount expectedCount excusedCount unexcusedCount votesFor votesAgainst votesAbstain
          roster { status exclusion member { fullName } } resolutions { title content tasks { description deadline } } } } }`,
      { org: branch, month: lastMonth },
    );
    expect(meetings.items).toHaveLength(1);
    const meeting = meetings.items[0];
    expect(meeting.resolutions.length).toBeGreaterThan(0);

    // From the meeting's page to its record, outside the panel's layout.
    await page.goto(`${base}/#/meetings/${meeting.id}/show`);
    await page.getByRole('link', { name: 'In biên bản' }).click();
    await page.waitForURL(new RegExp(`#/meetings/${meeting.id}/print$`));
    const record = page.locator('article.record');
    await record.getByRole('heading', { name: 'BIÊN BẢN SINH HOẠT CHI BỘ' }).waitFor();
    expect(await page.locator(MENU).count()).toBe(0);
    const text = ((await record.textContent()) ?? '').replace(/\s+/g, ' ');

    const [y, m, d] = meeting.heldOn.split('-');
    // Headed by the branch under its party organization; a secretary, whose role does not reach the committee
    // above the branch, gets a line to fill in by hand rather than none.
    const heading = await record.locator('.header .left > div').allTextContents();
    expect(heading.slice(0, 2)).toEqual([expect.stringMatching(/^(ĐẢNG BỘ PHƯỜNG LONG BIÊN|…{6,})$/), BRANCH.toLocaleUpperCase('vi')]);
    expect(text).toContain(`Sinh hoạt thường kỳ tháng ${m}/${y}`);
    // Dated at the ward, the day written out as party documents do: "Long Biên, ngày 05 tháng 10 năm 2026".
    expect(await record.locator('.header .dated').textContent()).toBe(`Long Biên, ngày ${d} tháng ${m} năm ${y}`);
    const [hour, minute] = meeting.startTime.split(':');
    expect(text).toContain(`Thời gian: bắt đầu lúc ${hour} giờ ${minute} phút, ngày ${d} tháng ${m} năm ${y}.`);
    const { presentCount, expectedCount, excusedCount, unexcusedCount } = meeting;
    expect(text).toContain(`Tổng số đảng viên của chi bộ: ${meeting.roster.length} đồng chí; số đảng viên phải dự: ${expectedCount} đồng chí.`);
    expect(text).toContain(`Có mặt: ${presentCount}/${expectedCount} đồng chí (${percent(presentCount / expectedCount)}).`);
    const absent = meeting.roster.filter((line) => !line.exclusion && line.status !== 'PRESENT');
    expect(text).toContain(
      absent.length > 0
        ? `Vắng mặt: ${absent.length} đồng chí (có lý do: ${excusedCount}; không có lý do: ${unexcusedCount}):`
        : 'Vắng mặt: 0 đồng chí.',
    );
    for (const line of absent) expect(text).toContain(`Đồng chí ${line.member.fullName} – vắng`);
    for (const resolution of meeting.resolutions) {
      expect(text).toContain(resolution.title);
      expect(text).toContain(resolution.content.replace(/\s+/g, ' '));
      // Task deadlines as the panel writes days: dd/MM/yyyy.
      for (const task of resolution.tasks) expect(text).toContain(`${task.description}`);
      for (const task of resolution.tasks) expect(text).toContain(shownDay(task.deadline));
    }
    // The vote: those in favour out of those who voted (probationary members present have no vote; exempt ones
    // who came do), never more than all of them.
    const { votesFor, votesAgainst, votesAbstain } = meeting;
    const voters = (votesFor ?? 0) + (votesAgainst ?? 0) + (votesAbstain ?? 0);
    expect(voters).toBeGreaterThan(0);
    expect(text).toContain(
      `Số đảng viên tán thành: ${votesFor}/${voters} (${percent((votesFor ?? 0) / voters)}); không tán thành: ${votesAgainst}; không biểu quyết: ${votesAbstain}.`,
    );

    // A4: the record's stylesheet asks for it, and Chromium lays the record out on A4 pages (595 × 842 pt).
    const pageSizes = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].filter((rule) => rule instanceof CSSPageRule).map((rule) => (rule as CSSPageRule).style.getPropertyValue('size').toUpperCase())),
    );
    expect(pageSizes).toEqual(['A4']);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(([, w, h]) => [Math.round(Number(w)), Math.round(Number(h))]);
    expect(boxes.length).toBeGreaterThan(0);
    expect(new Set(boxes.map(String))).toEqual(new Set(['595,842']));
    // Printed, only the record shows: the toolbar above it is screen-only.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'In biên bản' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ fullPage: true, path: process.env.E2E_SHOTS ? join(process.env.E2E_SHOTS, 'printed-record.png') : undefined });

    // The office comes to the same record from the month's calendar, on a slow line: the meeting's own read (the
    // one with its roster) is held back. The calendar left a partial copy of the meeting (no roster, agenda nor
    // resolution) in the panel's cache; the print page must wait for the whole record, not offer that copy.
    await office.goto(`${base}/#/meetings/calendar?month=${lastMonth}`);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let heldReads = 0;
    await office.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('roster')) {
        heldReads += 1;
        await held;
      }
      await route.continue();
    });
    await office.locator(`[role="gridcell"] a[href$="#/meetings/${meeting.id}/show"]`).click();
    await office.waitForURL(new RegExp(`#/meetings/${meeting.id}/show`));
    await office.getByRole('link', { name: 'In biên bản' }).click();
    await office.waitForURL(new RegExp(`#/meetings/${meeting.id}/print$`));
    await expect.poll(() => heldReads).toBeGreaterThan(0);
    await office.locator('.print-page .MuiLinearProgress-root').waitFor();
    expect(await office.locator('article.record').count()).toBe(0);
    expect(await office.getByRole('button', { name: 'In biên bản' }).isDisabled()).toBe(true);
    release();
    await office.unrouteAll({ behavior: 'wait' });

    // The office's record is the secretary's, headed by the ward's party organization.
    const officeRecord = office.locator('article.record');
    await officeRecord.getByRole('heading', { name: 'BIÊN BẢN SINH HOẠT CHI BỘ' }).waitFor();
    expect(await office.getByRole('button', { name: 'In biên bản' }).isEnabled()).toBe(true);
    expect(await officeRecord.locator('.header .left > div').first().textContent()).toBe('ĐẢNG BỘ PHƯỜNG LONG BIÊN');
    /** The record's text below its first heading line, the one line that depends on who prints it. */
    const body = (printed: Page) =>
      printed.locator('article.record').evaluate((article) => {
        const copy = article.cloneNode(true) as HTMLElement;
        copy.querySelector('.header .left > div')?.remove();
        return copy.textContent;
      });
    expect(await body(office)).toBe(await body(page));
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
