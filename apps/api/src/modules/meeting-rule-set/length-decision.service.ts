import { checkLengthDecision, covers, pathIds } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { and, checkVersion, findOr404, listPage, write } from '../../shared/crud';
import { assertValid, parseId } from '../../shared/errors';
import { actorOf } from '../../shared/request-scope';
import { assertWritable, organizationScope } from '../../shared/scope';
import { assertOrganizationWritable } from '../../shared/write-scope';
import { Meeting } from '../meeting/meeting.entity';
import { judgeAgain } from '../meeting/roster.service';
import { Organization } from '../organization/organization.entity';
import { MeetingLengthDecision } from './length-decision.entity';
import type { CreateLengthDecisionInput, LengthDecisionFields, LengthDecisionFilter, UpdateLengthDecisionInput } from './length-decision.input';
import { toLengthDecision } from '../meeting/roster.service';

/** Decisions visible to the request: those of organizations in its subtree or above it (they apply inside it). */
function visible(scopePath: string) {
  return scopePath === '/' ? undefined : { $or: [{ organization: organizationScope(scopePath) }, { organization: { $in: pathIds(scopePath) } }] };
}

/** One decision visible to the request, or null. */
export function findLengthDecision(em: EntityManager, scopePath: string, id: string): Promise<MeetingLengthDecision | null> {
  return em.findOne(MeetingLengthDecision, and({ id: parseId(id, 'id') }, visible(scopePath)) as never);
}

/** Decisions visible to the request, newest first. */
export async function listLengthDecisions(em: EntityManager, scopePath: string, filter: LengthDecisionFilter | undefined, offset?: number, limit?: number) {
  let among: number[] | undefined;
  if (filter?.organizationId != null) {
    const org = await em.findOne(Organization, { id: parseId(filter.organizationId, 'filter.organizationId') }, { fields: ['path'] });
    among = org ? pathIds(org.path) : [];
  }
  const where = and(
    among && { organization: { $in: among } },
    filter?.activeOn && { validFrom: { $lte: filter.activeOn }, $or: [{ validTo: null }, { validTo: { $gt: filter.activeOn } }] },
    visible(scopePath),
  );
  return listPage(em, MeetingLengthDecision, where, [{ validFrom: 'desc' }, { id: 'desc' }] as never, offset, limit);
}

function apply(row: MeetingLengthDecision, input: LengthDecisionFields): void {
  for (const key of ['branchKind', 'minutes', 'decisionReference', 'validFrom', 'validTo'] as const) if (input[key] !== undefined) (row as unknown as Record<string, unknown>)[key] = input[key];
  if (typeof row.decisionReference === 'string') row.decisionReference = row.decisionReference.trim();
  assertValid(checkLengthDecision(toLengthDecision(row)));
}

/** Judges again the held meetings of the branches under a decision's organization in a period. */
async function rejudgeUnder(tem: EntityManager, organization: Organization, from: string, to: string | null) {
  await tem.flush();
  const meetings = await tem.find(Meeting, { branch: { path: { $like: `${organization.path}%` } }, heldOn: { $gte: from, ...(to ? { $lt: to } : {}) } });
  await judgeAgain(tem, meetings.filter((m) => covers({ from, to }, m.heldOn as string)));
}

/** Records a committee's length decision; the held meetings it covers are judged again. */
export function createLengthDecision(em: EntityManager, input: CreateLengthDecisionInput): Promise<MeetingLengthDecision> {
  return write(em, async (tem) => {
    const organization = await findOr404(tem, Organization, parseId(input.organizationId, 'organizationId'), 'organizationId', 'tổ chức');
    await assertOrganizationWritable(tem, organization.id, 'organizationId', 'tổ chức');
    const row = tem.create(MeetingLengthDecision, { organization } as never, { persist: false });
    apply(row, input);
    tem.persist(row);
    await rejudgeUnder(tem, organization, row.validFrom, row.validTo ?? null);
    await tem.flush();
    return row;
  });
}

/** Loads a decision for a write: NOT_FOUND naming `id` when missing or its organization is outside the subtree. */
async function writableDecision(tem: EntityManager, id: string) {
  const row = await findOr404(tem, MeetingLengthDecision, parseId(id, 'id'), 'id', 'quyết định');
  const organization = await tem.findOneOrFail(Organization, row.organization.id);
  assertWritable(actorOf(tem).viewer?.scopePath ?? '/', organization.path, 'id', 'quyết định');
  return { row, organization };
}

/** Corrects or ends a length decision; held meetings in the old and new periods are judged again. */
export function updateLengthDecision(em: EntityManager, id: string, input: UpdateLengthDecisionInput): Promise<MeetingLengthDecision> {
  return write(em, async (tem) => {
    const { row, organization } = await writableDecision(tem, id);
    await checkVersion(tem, row, input.version);
    const before = { from: row.validFrom, to: row.validTo ?? null };
    apply(row, input);
    const from = [before.from, row.validFrom].sort()[0];
    const to = before.to == null || row.validTo == null ? null : [before.to, row.validTo].sort()[1];
    await rejudgeUnder(tem, organization, from, to);
    await tem.flush();
    return row;
  });
}

/** Deletes a length decision entered by mistake; the meetings it covered are judged again. */
export function deleteLengthDecision(em: EntityManager, id: string): Promise<MeetingLengthDecision> {
  return write(em, async (tem) => {
    const { row, organization } = await writableDecision(tem, id);
    const snapshot = { ...row } as MeetingLengthDecision;
    tem.remove(row);
    await rejudgeUnder(tem, organization, snapshot.validFrom, snapshot.validTo ?? null);
    await tem.flush();
    return snapshot;
  });
}
