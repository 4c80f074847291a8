import { BranchKind, IndicatorCode, PilotKind } from '@chibo/domain';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import ExcelJS from 'exceljs';
import { type Request, type Response, Router } from 'express';
import { SESSION_COOKIE, viewerFromToken } from '../modules/auth/auth.service';
import type { Viewer } from '../modules/auth/viewer.type';
import { indicatorRows, indicators, MAX_INDICATOR_ROWS } from '../modules/indicators/indicators.service';
import { IndicatorGroup, type PeriodInput } from '../modules/indicators/indicators.type';
import { type PeriodicReport, periodicReport } from '../modules/indicators/report.service';
import { Meeting } from '../modules/meeting/meeting.entity';
import { Member } from '../modules/member/member.entity';
import { Organization } from '../modules/organization/organization.entity';
import { ResolutionTask } from '../modules/resolution/resolution-task.entity';
import { quarterSchedule } from '../modules/supervision/schedule.service';
import { toCsv } from '../shared/csv';
import { AppError, ErrorCode } from '../shared/errors';
import { logger } from '../shared/logger';

const KIND_LABEL = { ROTATION: 'Dự luân phiên', IN_CHARGE: 'Phụ trách chi bộ' } as const;
const BRANCH_KIND_LABEL: Record<BranchKind, string> = {
  [BranchKind.RESIDENTIAL]: 'Tổ dân phố', [BranchKind.ARMED_FORCES]: 'Lực lượng vũ trang', [BranchKind.SCHOOL]: 'Trường học',
  [BranchKind.AGENCY]: 'Cơ quan', [BranchKind.NON_STATE_ENTERPRISE]: 'Doanh nghiệp ngoài nhà nước',
};
const PILOT_LABEL: Record<PilotKind, string> = {
  [PilotKind.REGULAR_MEETING]: 'Sinh hoạt thường kỳ', [PilotKind.THEMATIC_MEETING]: 'Sinh hoạt chuyên đề', [PilotKind.PARTY_GROUP_MEETING]: 'Sinh hoạt theo tổ đảng',
};

/** A day as the office writes it, dd/MM/yyyy. */
const vnDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
/** A month or quarter key as the office writes it: 03/2026, Quý I/2026. */
const vnWhen = (key: string) => (key.includes('Q') ? `Quý ${['I', 'II', 'III', 'IV'][Number(key.slice(6)) - 1]}/${key.slice(0, 4)}` : `${key.slice(5, 7)}/${key.slice(0, 4)}`);

/** Reads the session cookie of a request (the same rules as GraphQL's context). */
type CookieReader = (header: string | undefined, name: string) => string | null;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const text = (value: unknown, max = 20) => (value == null || value === '' ? null : String(value).slice(0, max));
const bad = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, field);

/** The period of a query string: one of month, quarter, half, year, from–to (checked by the service). */
function periodOf(req: Request): PeriodInput {
  const year = text(req.query.year);
  return { month: text(req.query.month), quarter: text(req.query.quarter), half: text(req.query.half), year: year == null ? null : Number(year), from: text(req.query.from), to: text(req.query.to) };
}

function groupsOf(req: Request): IndicatorGroup[] {
  const raw = text(req.query.groupBy, 100);
  if (!raw) return [];
  const list = raw.split(',');
  if (list.length > 5 || list.some((g) => !(g in IndicatorGroup))) throw bad('groupBy', 'Chỉ nhóm theo ORGANIZATION, BRANCH, BRANCH_KIND, MONTH, QUARTER.');
  return list as IndicatorGroup[];
}

function codeOf(req: Request): IndicatorCode {
  const code = text(req.query.code, 40);
  if (!code || !(code in IndicatorCode)) throw bad('code', 'Chỉ tiêu không hợp lệ.');
  return code as IndicatorCode;
}

function countedOf(req: Request): boolean | null {
  const value = text(req.query.counted, 5);
  if (value == null) return null;
  if (value !== 'true' && value !== 'false') throw bad('counted', 'Chỉ nhận true hoặc false.');
  return value === 'true';
}

const notFound = () => new AppError(ErrorCode.NOT_FOUND, 'scopeId: không tìm thấy tổ chức.', 'scopeId');

/** Sends a file; the file name is ASCII (the Vietnamese title is inside). */
function send(res: Response, type: string, name: string, body: string | Buffer) {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.send(body);
}

/** The CSV of an indicators table: one line per group and figure, the totals first. */
async function indicatorsCsv(em: EntityManager, viewer: Viewer, req: Request, res: Response) {
  const groupBy = groupsOf(req);
  const result = await indicators(em, viewer.scopePath, { scopeId: text(req.query.scopeId), period: periodOf(req), groupBy });
  if (!result) throw notFound();
  const ids = result.groups.map((g) => Number(g.organizationId ?? g.branchId)).filter((id) => id > 0);
  const names = new Map((await em.find(Organization, { id: { $in: ids } }, { fields: ['name'] })).map((o) => [String(o.id), o.name]));
  const keys = groupBy.filter((g) => g !== IndicatorGroup.BRANCH || !groupBy.includes(IndicatorGroup.ORGANIZATION));
  const heads: Record<IndicatorGroup, string> = { ORGANIZATION: 'Tổ chức', BRANCH: 'Chi bộ', BRANCH_KIND: 'Loại chi bộ', MONTH: 'Tháng', QUARTER: 'Quý' };
  const keyCells = (g: (typeof result.groups)[number] | null) => keys.map((k) => {
    if (!g) return 'Tổng';
    if (k === IndicatorGroup.ORGANIZATION || k === IndicatorGroup.BRANCH) return names.get(String(k === IndicatorGroup.ORGANIZATION ? g.organizationId : g.branchId)) ?? '';
    if (k === IndicatorGroup.BRANCH_KIND) return g.branchKind ? BRANCH_KIND_LABEL[g.branchKind] : '';
    return k === IndicatorGroup.MONTH ? (g.month ? vnWhen(g.month) : '') : g.quarter ? vnWhen(g.quarter) : '';
  });
  const lines = [...result.totals.map((f) => [null, f] as const), ...result.groups.flatMap((g) => g.figures.map((f) => [g, f] as const))];
  const csv = toCsv([
    [...keys.map((k) => heads[k]), 'Mã chỉ tiêu', 'Chỉ tiêu', 'Tử số', 'Mẫu số', 'Tỷ lệ', 'Mục tiêu', 'Đạt', 'Văn bản'],
    ...lines.map(([g, f]) => [
      ...keyCells(g), f.code, f.label, f.numerator, f.denominator, f.rate == null ? null : Number(f.rate.toFixed(4)), f.target, f.met == null ? '' : f.met ? 'Đạt' : 'Chưa đạt', f.documents.join('; '),
    ]),
  ]);
  send(res, 'text/csv; charset=utf-8', `chi-tieu-${result.from}-${result.to}.csv`, csv);
}

/** The CSV of the rows behind a figure (at most 500 a file, as a page). */
async function rowsCsv(em: EntityManager, viewer: Viewer, req: Request, res: Response) {
  const offset = Number(text(req.query.offset) ?? 0);
  const page = await indicatorRows(em, viewer.scopePath, {
    scopeId: text(req.query.scopeId), period: periodOf(req), code: codeOf(req), counted: countedOf(req), organizationId: text(req.query.organizationId),
    branchKind: text(req.query.branchKind, 40), month: text(req.query.month), quarter: text(req.query.quarter), offset, limit: MAX_INDICATOR_ROWS,
  });
  if (!page) throw notFound();
  const items = page.items;
  const ids = (pick: (r: (typeof items)[number]) => string | null) => [...new Set(items.map(pick).filter((id): id is string => id != null).map(Number))];
  const [branches, meetings, members, tasks] = await Promise.all([
    em.find(Organization, { id: { $in: ids((r) => r.branchId) } }, { fields: ['name'] }),
    em.find(Meeting, { id: { $in: ids((r) => r.meetingId) } }, { fields: ['heldOn'] }),
    em.find(Member, { id: { $in: ids((r) => r.memberId) } }, { fields: ['fullName'] }),
    em.find(ResolutionTask, { id: { $in: ids((r) => r.taskId) } }, { fields: ['description', 'deadline'] }),
  ]);
  const by = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [String(r.id), r]));
  const [b, m, p, t] = [by(branches), by(meetings), by(members), by(tasks)];
  const csv = toCsv([
    ['Chi bộ', 'Tháng', 'Quý', 'Ngày họp', 'Đảng viên', 'Nhiệm vụ', 'Hạn', 'Được tính', 'Tử số', 'Mẫu số'],
    ...page.items.map((r) => {
      const heldOn = r.meetingId ? m.get(r.meetingId)?.heldOn : null;
      const task = r.taskId ? t.get(r.taskId) : null;
      return [
        r.branchId ? (b.get(r.branchId)?.name ?? '') : '', r.month ? vnWhen(r.month) : '', r.quarter ? vnWhen(r.quarter) : '', heldOn ? vnDay(heldOn) : '',
        r.memberId ? (p.get(r.memberId)?.fullName ?? '') : '', task?.description ?? '', task ? vnDay(task.deadline) : '', r.counted ? 'Có' : 'Không', r.numerator, r.denominator,
      ];
    }),
  ]);
  send(res, 'text/csv; charset=utf-8', `chi-tiet-${codeOf(req).toLowerCase()}.csv`, csv);
}

const FIGURE_HEAD = ['STT', 'Chỉ tiêu', 'Tử số', 'Mẫu số', 'Tỷ lệ', 'Mục tiêu', 'Kết quả', 'Văn bản'];
const BEHIND_HEAD = ['STT', 'Chi bộ', 'Chỉ tiêu chưa đạt', 'Tháng/Quý'];

/** The report's figures as table lines: rates as fractions (formatted as percentages in the workbook). */
const figureLines = (r: PeriodicReport) => r.figures.map((f, i) => [i + 1, f.label, f.numerator, f.denominator, f.rate, f.target, f.met == null ? '' : f.met ? 'Đạt' : 'Chưa đạt', f.documents.join('; ')]);
const behindLines = (r: PeriodicReport) => r.behind.map((b, i) => [i + 1, b.branch, b.label, b.when ? vnWhen(b.when) : '']);
const title = (r: PeriodicReport) => `BÁO CÁO KẾT QUẢ NÂNG CAO CHẤT LƯỢNG SINH HOẠT CHI BỘ — ${r.period.toUpperCase()}`;

async function reportOf(em: EntityManager, viewer: Viewer, req: Request): Promise<PeriodicReport> {
  const report = await periodicReport(em, viewer.scopePath, text(req.query.scopeId), periodOf(req));
  if (!report) throw notFound();
  return report;
}

/** The periodic report as a workbook: the figures, the branches behind and the pilots, on A4 with Vietnamese headers. */
async function reportXlsx(em: EntityManager, viewer: Viewer, req: Request, res: Response) {
  const r = await reportOf(em, viewer, req);
  const book = new ExcelJS.Workbook();
  book.creator = 'Chi bộ';
  const a4 = { paperSize: 9, orientation: 'portrait' as const, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const sheet = book.addWorksheet('Báo cáo', { pageSetup: a4 });
  sheet.addRow([r.organization.toUpperCase()]).font = { bold: true };
  sheet.addRow([title(r)]).font = { bold: true, size: 13 };
  sheet.addRow([`Số liệu từ tháng ${vnWhen(r.from)} đến tháng ${vnWhen(r.to)}, tính đến ngày ${vnDay(r.asOf)}`]);
  sheet.addRow([]);
  sheet.addRow(FIGURE_HEAD).font = { bold: true };
  for (const line of figureLines(r)) sheet.addRow(line);
  sheet.getColumn(5).numFmt = '0.0%';
  sheet.getColumn(6).numFmt = '0%';
  sheet.columns.forEach((column, i) => { column.width = [6, 46, 10, 10, 10, 10, 12, 26][i]; });
  const behind = book.addWorksheet('Chi bộ chưa đạt', { pageSetup: a4 });
  behind.addRow(BEHIND_HEAD).font = { bold: true };
  for (const line of behindLines(r)) behind.addRow(line);
  behind.columns.forEach((column, i) => { column.width = [6, 40, 40, 14][i]; });
  const pilots = book.addWorksheet('Chỉ đạo điểm', { pageSetup: a4 });
  pilots.addRow(['STT', 'Chi bộ', 'Nội dung chỉ đạo điểm']).font = { bold: true };
  r.pilots.forEach((p, i) => pilots.addRow([i + 1, p.branch, PILOT_LABEL[p.kind]]));
  pilots.columns.forEach((column, i) => { column.width = [6, 40, 30][i]; });
  send(res, XLSX, `bao-cao-${r.from}-${r.to}.xlsx`, Buffer.from(await book.xlsx.writeBuffer()));
}

/** The same report as CSV: the figures, then the branches behind, then the pilots. */
async function reportCsv(em: EntityManager, viewer: Viewer, req: Request, res: Response) {
  const r = await reportOf(em, viewer, req);
  const csv = toCsv([
    [r.organization], [title(r)], [`Tính đến ngày ${vnDay(r.asOf)}`], [],
    FIGURE_HEAD, ...figureLines(r).map((l) => l.map((v, i) => (i === 4 && typeof v === 'number' ? Number(v.toFixed(4)) : v))), [],
    BEHIND_HEAD, ...behindLines(r), [],
    ['STT', 'Chi bộ', 'Nội dung chỉ đạo điểm'], ...r.pilots.map((p, i) => [i + 1, p.branch, PILOT_LABEL[p.kind]]),
  ]);
  send(res, 'text/csv; charset=utf-8', `bao-cao-${r.from}-${r.to}.csv`, csv);
}

/** The standing committee's schedule for a quarter. */
async function scheduleXlsx(em: EntityManager, viewer: Viewer, req: Request, res: Response) {
  const quarter = String(req.query.quarter ?? '').slice(0, 10);
  const { committee, lines } = await quarterSchedule(em, viewer.scopePath, String(req.query.organizationId ?? '').slice(0, 20), quarter);
  const book = new ExcelJS.Workbook();
  book.creator = 'Chi bộ';
  const sheet = book.addWorksheet(`Lịch dự sinh hoạt ${quarter}`);
  sheet.addRow([`LỊCH DỰ SINH HOẠT CHI BỘ QUÝ ${quarter.slice(6)}/${quarter.slice(0, 4)} — ${committee.name.toUpperCase()}`]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  const header = sheet.addRow(['STT', 'Đồng chí', 'Chi bộ', 'Hình thức', 'Ngày dự', 'Ghi chú']);
  header.font = { bold: true };
  lines.forEach((l, i) => sheet.addRow([i + 1, l.member, l.branch, KIND_LABEL[l.kind], l.day ? vnDay(l.day) : '', l.note ?? '']));
  sheet.columns.forEach((column, i) => { column.width = [6, 28, 34, 18, 12, 30][i]; });
  send(res, XLSX, `lich-du-sinh-hoat-${quarter}.xlsx`, Buffer.from(await book.xlsx.writeBuffer()));
}

type Handler = (em: EntityManager, viewer: Viewer, req: Request, res: Response) => Promise<void>;

/**
 * File exports, for signed-in users, scoped like GraphQL (an organization outside the reader's subtree is 404 like a
 * missing one). Errors answer JSON with a code, as GraphQL does.
 * - `GET /exports/supervision-schedule.xlsx?organizationId=…&quarter=YYYY-Qn`: the standing committee's schedule.
 * - `GET /exports/indicators.csv?scopeId=…&quarter=…&groupBy=ORGANIZATION,MONTH`: any indicators table.
 * - `GET /exports/indicator-rows.csv?…&code=…&counted=false`: the rows behind a figure (500 a file; `offset` pages).
 * - `GET /exports/report.xlsx|report.csv?scopeId=…&quarter=…` (or month, half, year): the periodic report upward.
 */
export function exportsRouter(orm: MikroORM, readCookie: CookieReader): Router {
  const router = Router();
  const route = (path: string, handler: Handler) => router.get(path, async (req: Request, res: Response) => {
    const em = orm.em.fork();
    try {
      const viewer = await viewerFromToken(em, readCookie(req.headers.cookie, SESSION_COOKIE));
      if (!viewer) return res.status(401).json({ errors: [{ message: 'Vui lòng đăng nhập.', extensions: { code: 'UNAUTHENTICATED' } }] });
      await handler(em, viewer, req, res);
    } catch (err) {
      if (err instanceof AppError) {
        const code = err.extensions.code as string;
        return res.status(code === 'NOT_FOUND' ? 404 : 400).json({ errors: [{ message: err.message, extensions: { code, field: err.extensions.field } }] });
      }
      logger.error({ err, requestId: res.locals.requestId }, 'export failed');
      res.status(500).json({ errors: [{ message: 'Lỗi máy chủ. Vui lòng thử lại hoặc báo quản trị viên.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });
  route('/exports/supervision-schedule.xlsx', scheduleXlsx);
  route('/exports/indicators.csv', indicatorsCsv);
  route('/exports/indicator-rows.csv', rowsCsv);
  route('/exports/report.xlsx', reportXlsx);
  route('/exports/report.csv', reportCsv);
  return router;
}
