import type { MeetingRules, RuleSet } from '@chibo/domain';
import { Migration } from '@mikro-orm/migrations';

const STEPS = [
  'GUESTS_INTRODUCED', 'ATTENDANCE_REPORTED', 'AGENDA_ADOPTED', 'MINUTE_TAKER_NAMED', 'LAST_RESOLUTION_REVIEWED', 'NEXT_TASKS_DISCUSSED',
  'RESOLUTION_VOTED', 'MINUTES_ADOPTED',
] as MeetingRules['procedure'];

/** The rule sets as first shipped, frozen here: later corrections are migrations of their own. */
const SHIPPED: RuleSet<MeetingRules>[] = [
  {
    documentNumber: '12-HD/BTCTW', documentDate: '2018-07-06', title: 'Hướng dẫn nâng cao chất lượng sinh hoạt chi bộ', validFrom: '2018-07-06', validTo: '2025-10-28',
    rules: { minAttendance: { share: 0.85, strict: true }, noUnexcusedAbsence: true, maxConsecutiveExcused: 3, procedure: STEPS },
  },
  {
    documentNumber: '11-ĐA/TU', documentDate: '2021-12-06', title: 'Đề án nâng cao chất lượng sinh hoạt chi bộ (Thành ủy Hà Nội)', validFrom: '2021-12-06', validTo: null,
    rules: { regularByDay: 7, minAttendance: { share: 0.9, strict: false }, everyWorkingMemberTasked: true, thematicPerQuarter: 1, rotationQuarters: 1 },
  },
  {
    documentNumber: '42-HD/BTCTW', documentDate: '2025-10-28', title: 'Hướng dẫn sinh hoạt chi bộ', validFrom: '2025-10-28', validTo: null,
    rules: {
      minAttendance: { share: 0.85, strict: true }, noUnexcusedAbsence: true, maxConsecutiveExcused: 3, minMinutes: { regular: 90, combined: 120 },
      documentsDaysAhead: 1, procedure: STEPS,
    },
  },
];

/**
 * Data: the meeting rule sets the product first shipped with (12-HD/BTCTW 2018, 11-ĐA/TU 2021, 42-HD/BTCTW 2025).
 * Administrators edit them afterwards through the API; corrections shipped later are migrations of their own.
 */
export class Migration20261125145421_shipped_meeting_rule_sets extends Migration {
  override async up(): Promise<void> {
    const now = new Date();
    const rows = SHIPPED.map((s) => ({
      version: 1, created_at: now, updated_at: now,
      document_number: s.documentNumber, document_date: s.documentDate, title: s.title, valid_from: s.validFrom, valid_to: s.validTo ?? null,
      regular_by_day: s.rules.regularByDay ?? null, min_attendance_share: s.rules.minAttendance?.share ?? null,
      min_attendance_strict: s.rules.minAttendance?.strict ?? null, no_unexcused_absence: s.rules.noUnexcusedAbsence ?? null,
      max_consecutive_excused: s.rules.maxConsecutiveExcused ?? null, min_minutes_regular: s.rules.minMinutes?.regular ?? null,
      min_minutes_combined: s.rules.minMinutes?.combined ?? null, documents_days_ahead: s.rules.documentsDaysAhead ?? null,
      procedure: s.rules.procedure ? JSON.stringify(s.rules.procedure) : null, every_working_member_tasked: s.rules.everyWorkingMemberTasked ?? null,
      thematic_per_quarter: s.rules.thematicPerQuarter ?? null, rotation_quarters: s.rules.rotationQuarters ?? null,
    }));
    this.addSql(this.getKnex().insert(rows).into('meeting_rule_set').toQuery());
  }
}
