import type { MikroORM } from '@mikro-orm/core';
import ExcelJS from 'exceljs';
import { type Request, type Response, Router } from 'express';
import { SESSION_COOKIE, viewerFromToken } from '../modules/auth/auth.service';
import { quarterSchedule } from '../modules/supervision/schedule.service';
import { AppError } from '../shared/errors';
import { logger } from '../shared/logger';

const KIND_LABEL = { ROTATION: 'Dự luân phiên', IN_CHARGE: 'Phụ trách chi bộ' } as const;

/** A day as the office writes it, dd/MM/yyyy. */
const vnDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** Reads the session cookie of a request (the same rules as GraphQL's context). */
type CookieReader = (header: string | undefined, name: string) => string | null;

/**
 * File exports, for signed-in users, scoped like GraphQL:
 * - `GET /exports/supervision-schedule.xlsx?organizationId=…&quarter=YYYY-Qn`: the standing committee's attendance
 *   schedule for a quarter (lịch dự sinh hoạt chi bộ), a real .xlsx with Vietnamese headers and dd/MM/yyyy days.
 * Errors answer JSON with a code, as GraphQL does.
 */
export function exportsRouter(orm: MikroORM, readCookie: CookieReader): Router {
  const router = Router();
  router.get('/exports/supervision-schedule.xlsx', async (req: Request, res: Response) => {
    const em = orm.em.fork();
    try {
      const viewer = await viewerFromToken(em, readCookie(req.headers.cookie, SESSION_COOKIE));
      if (!viewer) return res.status(401).json({ errors: [{ message: 'Vui lòng đăng nhập.', extensions: { code: 'UNAUTHENTICATED' } }] });
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
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('Content-Disposition', `attachment; filename="lich-du-sinh-hoat-${quarter}.xlsx"`);
      res.send(Buffer.from(await book.xlsx.writeBuffer()));
    } catch (err) {
      if (err instanceof AppError) {
        const code = err.extensions.code as string;
        return res.status(code === 'NOT_FOUND' ? 404 : 400).json({ errors: [{ message: err.message, extensions: { code, field: err.extensions.field } }] });
      }
      logger.error({ err, requestId: res.locals.requestId }, 'export failed');
      res.status(500).json({ errors: [{ message: 'Lỗi máy chủ. Vui lòng thử lại hoặc báo quản trị viên.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });
  return router;
}
