import { MEETING_RULE_SETS } from '@chibo/domain';
import { Migration } from '@mikro-orm/migrations';

/**
 * Data: the meeting rule sets the product ships with (12-HD/BTCTW 2018, 11-ĐA/TU 2021, 42-HD/BTCTW 2025), as they
 * stood when this migration was written. Administrators edit them afterwards through the API.
 */
export class Migration20261125145421_shipped_meeting_rule_sets extends Migration {
  override async up(): Promise<void> {
    const now = new Date();
    const rows = MEETING_RULE_SETS.map((s) => ({
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
