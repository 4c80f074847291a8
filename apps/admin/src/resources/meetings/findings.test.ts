import { describe, expect, it } from 'vitest';
import { readableDetail } from './findings';

const labels: Record<string, string> = {
  'chibo.enums.ProcedureStep.GUESTS_INTRODUCED': 'Giới thiệu đại biểu',
  'chibo.enums.ProcedureStep.ATTENDANCE_REPORTED': 'Báo cáo tình hình đảng viên dự họp, vắng mặt và lý do',
  'chibo.enums.ProcedureStep.MINUTES_ADOPTED': 'Thông qua biên bản',
};
const translate = (key: string) => labels[key] ?? key;

describe('finding details', () => {
  it('names the missing steps in words, with their numbers', () => {
    expect(readableDetail('Thiếu 3 bước: GUESTS_INTRODUCED, ATTENDANCE_REPORTED, MINUTES_ADOPTED.', translate)).toBe(
      'Thiếu 3 bước: 1. Giới thiệu đại biểu; 2. Báo cáo tình hình đảng viên dự họp, vắng mặt và lý do; 8. Thông qua biên bản.',
    );
  });

  it('leaves other capitals and plain details alone', () => {
    expect(readableDetail('Theo 42-HD/BTCTW: có mặt 80%, cần trên 85%.', translate)).toBe('Theo 42-HD/BTCTW: có mặt 80%, cần trên 85%.');
    expect(readableDetail('Mã UNKNOWN_CODE, GUESTS_INTRODUCED.', translate)).toBe('Mã UNKNOWN_CODE, GUESTS_INTRODUCED.');
  });
});
