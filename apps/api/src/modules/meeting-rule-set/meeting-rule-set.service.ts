import { checkMeetingRules, checkRuleSetDocument } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { checkVersion, findOr404, write } from '../../shared/crud';
import { AppError, assertValid, ErrorCode, parseId } from '../../shared/errors';
import { Meeting } from '../meeting/meeting.entity';
import { judgeAgain } from '../meeting/roster.service';
import { MeetingRuleSet, toRuleSet } from './meeting-rule-set.entity';
import type { CreateMeetingRuleSetInput, MeetingRuleSetFields, UpdateMeetingRuleSetInput } from './meeting-rule-set.input';

const KEYS = [
  'documentNumber', 'documentDate', 'title', 'validFrom', 'validTo', 'regularByDay', 'minAttendanceShare', 'minAttendanceStrict', 'noUnexcusedAbsence',
  'maxConsecutiveExcused', 'minMinutesRegular', 'minMinutesCombined', 'documentsDaysAhead', 'procedure', 'everyWorkingMemberTasked', 'thematicPerQuarter',
  'rotationQuarters', 'localLengthAllowed', 'regularPilotShareMin', 'regularPilotShareMax', 'thematicPilotShareMin', 'thematicPilotShareMax',
] as const;

async function applyRuleSet(tem: EntityManager, row: MeetingRuleSet, input: MeetingRuleSetFields) {
  for (const key of KEYS) if (input[key] !== undefined) (row as unknown as Record<string, unknown>)[key] = input[key];
  assertValid(checkRuleSetDocument(row));
  const set = toRuleSet(row);
  assertValid(checkMeetingRules(set.rules));
  if (row.minMinutesCombined != null && row.minMinutesRegular == null) assertValid([{ field: 'minMinutesRegular', code: 'BAD_USER_INPUT', message: 'Cần số phút tối thiểu của buổi thường kỳ.' }]);
  const clash = await tem.findOne(MeetingRuleSet, { documentNumber: row.documentNumber, documentDate: row.documentDate, id: { $ne: row.id ?? 0 } });
  if (clash) throw new AppError(ErrorCode.CONFLICT, 'documentNumber: đã có bộ quy định của văn bản này (cùng số và ngày).', 'documentNumber');
}

/**
 * Judges again every held meeting in a period by the stored rule sets, from its stored counts, so a changed rule
 * set applies to the meetings held while it is in force. Runs in the caller's transaction.
 */
async function rejudge(tem: EntityManager, from: string, to: string | null) {
  await tem.flush();
  await judgeAgain(tem, await tem.find(Meeting, { heldOn: { $gte: from, ...(to ? { $lt: to } : {}) } }));
}

/** Adds a meeting rule set (a new document); held meetings in its period are judged again. */
export function createMeetingRuleSet(em: EntityManager, input: CreateMeetingRuleSetInput): Promise<MeetingRuleSet> {
  return write(em, async (tem) => {
    const row = tem.create(MeetingRuleSet, {} as never, { persist: false });
    await applyRuleSet(tem, row, input);
    tem.persist(row);
    await rejudge(tem, row.validFrom, row.validTo ?? null);
    await tem.flush();
    return row;
  });
}

/** Corrects a meeting rule set or ends it; held meetings in the old and new periods are judged again. */
export function updateMeetingRuleSet(em: EntityManager, id: string, input: UpdateMeetingRuleSetInput): Promise<MeetingRuleSet> {
  return write(em, async (tem) => {
    const row = await findOr404(tem, MeetingRuleSet, parseId(id, 'id'), 'id', 'bộ quy định');
    await checkVersion(tem, row, input.version);
    const before = { from: row.validFrom, to: row.validTo ?? null };
    await applyRuleSet(tem, row, input);
    // ISO days compare as strings: the earlier start and the later end of the old and new periods.
    const from = [before.from, row.validFrom].sort()[0];
    const to = before.to == null || row.validTo == null ? null : [before.to, row.validTo].sort()[1];
    await rejudge(tem, from, to);
    await tem.flush();
    return row;
  });
}
