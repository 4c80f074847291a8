import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../../i18n';
import { findingText, sameShortfalls } from './findings';

const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);
const text = (finding: Parameters<typeof findingText>[0], context?: Parameters<typeof findingText>[3]) =>
  findingText(finding, translate, i18nProvider.getLocale(), context);

afterEach(async () => {
  await i18nProvider.changeLocale('vi');
});

describe('a finding in words, from its figures', () => {
  it('says the minutes held against the minimum, and names the committee’s decision when one applied', () => {
    expect(text({ code: 'TOO_SHORT', threshold: 90, actual: 45, unit: 'MINUTES', detail: 'x' })).toBe('Sinh hoạt 45 phút, cần ít nhất 90 phút.');
    expect(
      text({ code: 'TOO_SHORT', threshold: 60, actual: 45, unit: 'MINUTES', decisionReference: '05-QĐ/ĐU ngày 05/01/2026', detail: 'x' }),
    ).toBe('Sinh hoạt 45 phút, cần ít nhất 60 phút theo quyết định 05-QĐ/ĐU ngày 05/01/2026.');
  });

  it('writes shares as percentages, strict or not as the rule set says', () => {
    const finding = { code: 'ATTENDANCE_BELOW_THRESHOLD', threshold: 0.85, actual: 0.8, unit: 'SHARE' };
    expect(text(finding, { rule: { minAttendanceStrict: true } })).toBe('Có mặt 80% số đảng viên phải dự, cần trên 85%.');
    expect(text({ ...finding, threshold: 0.9, actual: 6 / 7 }, { rule: { minAttendanceStrict: false } })).toBe(
      'Có mặt 85,7% số đảng viên phải dự, cần từ 90% trở lên.',
    );
  });

  it('names the steps left out, in the order of a meeting', () => {
    const finding = { code: 'PROCEDURE_INCOMPLETE', threshold: 8, actual: 6, unit: 'STEPS' };
    const stepsDone = ['ATTENDANCE_REPORTED', 'AGENDA_ADOPTED', 'MINUTE_TAKER_NAMED', 'LAST_RESOLUTION_REVIEWED', 'NEXT_TASKS_DISCUSSED', 'RESOLUTION_VOTED'];
    const procedure = ['MINUTES_ADOPTED', 'GUESTS_INTRODUCED', ...stepsDone] as never;
    expect(text(finding, { rule: { procedure }, stepsDone })).toBe(
      'Thực hiện 6/8 bước của trình tự; còn thiếu: 1. Giới thiệu đại biểu; 8. Thông qua biên bản.',
    );
    expect(text(finding)).toBe('Thực hiện 6/8 bước của trình tự sinh hoạt.');
  });

  it('says the limit of excused absences in a row when the rule set is known', () => {
    expect(text({ code: 'EXCUSED_RUN', threshold: 0, actual: 2, unit: 'COUNT' }, { rule: { maxConsecutiveExcused: 3 } })).toBe(
      '2 đảng viên vắng có lý do quá 3 lần liên tiếp, tính cả cuộc họp này.',
    );
  });

  it('tells documents never sent from documents sent too late', () => {
    expect(text({ code: 'DOCUMENTS_LATE', threshold: 1, actual: null, unit: 'DAY' })).toBe(
      'Chưa ghi ngày gửi tài liệu, cần gửi trước ít nhất 1 ngày.',
    );
    expect(text({ code: 'DOCUMENTS_LATE', threshold: 3, actual: 1, unit: 'DAY' })).toBe('Tài liệu gửi trước 1 ngày, cần gửi trước ít nhất 3 ngày.');
    expect(text({ code: 'DOCUMENTS_LATE', threshold: 1, actual: 0, unit: 'DAY' })).toBe(
      'Tài liệu không gửi trước ngày họp, cần gửi trước ít nhất 1 ngày.',
    );
  });

  it('words the new findings of a meeting and of a branch’s quarter', () => {
    expect(text({ code: 'NO_ATTENDANCE_RECORDED', threshold: null, actual: null })).toBe(
      'Cuộc họp đã diễn ra nhưng chưa lưu điểm danh, nên chưa đánh giá được số đảng viên dự họp.',
    );
    expect(text({ code: 'THEMATIC_MISSING', threshold: 1, actual: 0, unit: 'COUNT' })).toBe(
      'Có 0 buổi sinh hoạt chuyên đề trong quý, cần ít nhất 1.',
    );
    expect(text({ code: 'MEMBERS_WITHOUT_TASK', threshold: 0, actual: 4, unit: 'COUNT' })).toBe(
      '4 đảng viên đang công tác chưa được giao nhiệm vụ trong năm.',
    );
    expect(text({ code: 'HELD_AFTER_FIRST_WEEK', threshold: 7, actual: 19, unit: 'DAY' })).toBe(
      'Sinh hoạt thường kỳ ngày 19 của tháng, hạn là ngày 7.',
    );
  });

  it('falls back to the API’s detail for a code it does not know or a finding without its figures', () => {
    expect(text({ code: 'SOMETHING_NEW', threshold: 1, actual: 0, detail: 'Một yêu cầu mới chưa đạt.' })).toBe('Một yêu cầu mới chưa đạt.');
    expect(text({ code: 'TOO_SHORT', threshold: null, actual: null, detail: 'Sinh hoạt 61 phút, cần ít nhất 90 phút.' })).toBe(
      'Sinh hoạt 61 phút, cần ít nhất 90 phút.',
    );
  });

  it('speaks English when asked', async () => {
    await i18nProvider.changeLocale('en');
    expect(text({ code: 'TOO_SHORT', threshold: 90, actual: 45, unit: 'MINUTES' })).toBe('The meeting lasted 45 minutes; at least 90 required.');
    expect(text({ code: 'UNEXCUSED_ABSENCE', threshold: 0, actual: 1, unit: 'COUNT' })).toBe('1 member absent without a reason; none allowed.');
    expect(text({ code: 'ATTENDANCE_BELOW_THRESHOLD', threshold: 0.9, actual: 0.8 }, { rule: { minAttendanceStrict: false } })).toBe(
      '80% of the expected members present; at least 90% required.',
    );
  });
});

describe('shortfalls on a meeting’s page', () => {
  it('shows a finding said alike under two documents once, naming both, and keeps different figures apart', () => {
    const findings = [
      { code: 'NO_ATTENDANCE_RECORDED', documentNumber: '11-ĐA/TU', threshold: null, actual: null },
      { code: 'NO_ATTENDANCE_RECORDED', documentNumber: '42-HD/BTCTW', threshold: null, actual: null },
      { code: 'TOO_SHORT', documentNumber: '42-HD/BTCTW', threshold: 90, actual: 60 },
      { code: 'TOO_SHORT', documentNumber: '12-HD/BTCTW', threshold: 120, actual: 60 },
    ];
    const shortfalls = sameShortfalls(findings, (finding) => text(finding));
    expect(shortfalls.map((s) => [s.code, s.findings.map((f) => f.documentNumber)])).toEqual([
      ['NO_ATTENDANCE_RECORDED', ['11-ĐA/TU', '42-HD/BTCTW']],
      ['TOO_SHORT', ['42-HD/BTCTW']],
      ['TOO_SHORT', ['12-HD/BTCTW']],
    ]);
    expect(shortfalls[2].text).toBe('Sinh hoạt 60 phút, cần ít nhất 120 phút.');
  });
});
