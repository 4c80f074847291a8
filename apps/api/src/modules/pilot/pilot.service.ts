import { COMMITTEE_ROLES, conflict, invalid, OrganizationKind, PilotKind, pathIds, pilotRangesOn, pilotRatio } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { branchCondition, writableBranch, writableBranchRow } from '../../shared/branch-rows';
import { and, checkVersion, existingOn, listPage, write } from '../../shared/crud';
import { assertValid, parseId } from '../../shared/errors';
import { scoped } from '../../shared/scope';
import { storedRuleSets } from '../meeting-rule-set/meeting-rule-set.queries';
import { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { Position } from '../position/position.entity';
import { checkYear } from '../thematic-plan/thematic-plan.service';
import { Pilot, PilotGuide } from './pilot.entity';
import type { CreatePilotInput, PilotFields, PilotFilter, UpdatePilotInput } from './pilot.input';

/** Pilots among branches in the request's scope, by year, newest first. */
export async function listPilots(em: EntityManager, scopePath: string, filter: PilotFilter | undefined, offset?: number, limit?: number) {
  const where = and(
    await branchCondition(em, filter?.organizationId, true, 'filter.organizationId'),
    filter?.year != null && { year: filter.year },
    filter?.kind?.length && { kind: { $in: filter.kind } },
    scoped('branch', scopePath),
  );
  return listPage(em, Pilot, where, [{ year: 'desc' }, { kind: 'asc' }, { id: 'asc' }] as never, offset, limit);
}

/** Replaces a pilot's working group: committee members of an organization above the branch in the pilot's year. */
async function setGuides(tem: EntityManager, pilot: Pilot, branch: Organization, ids: string[] | undefined) {
  if (ids === undefined) return;
  if (ids.length > 20) assertValid([invalid('guideMemberIds', 'Tối đa 20 thành viên tổ công tác.')]);
  const memberIds = [...new Set(ids.map((id, i) => parseId(id, `guideMemberIds.${i}`)))];
  const year = { from: `${pilot.year}-01-01`, to: `${pilot.year + 1}-01-01` };
  const qualified = new Set((await tem.find(Position, {
    member: { $in: memberIds }, role: { $in: [...COMMITTEE_ROLES] as never }, organization: { $in: pathIds(branch.path) }, from: { $lt: year.to },
    $or: [{ to: null }, { to: { $gt: year.from } }],
  }, { fields: ['member'] })).map((p) => p.member.id));
  const stranger = memberIds.findIndex((id) => !qualified.has(id));
  if (stranger >= 0) assertValid([invalid(`guideMemberIds.${stranger}`, 'Tổ công tác gồm các đồng chí cấp ủy viên.')]);
  const current = pilot.id ? await tem.find(PilotGuide, { pilot: pilot.id }) : [];
  for (const guide of current) if (!memberIds.includes(guide.member.id)) tem.remove(guide);
  for (const id of memberIds) if (!current.some((g) => g.member.id === id)) tem.create(PilotGuide, { pilot, member: tem.getReference(Member, id) } as never);
}

function applyPilot(row: Pilot, input: PilotFields) {
  if (input.note !== undefined) row.note = input.note?.trim() || null;
  if ((row.note?.length ?? 0) > 500) assertValid([invalid('note', 'Ghi chú tối đa 500 ký tự.')]);
}

/** Chooses a branch as a pilot for a year, with its working group, in one transaction. */
export function createPilot(em: EntityManager, input: CreatePilotInput): Promise<Pilot> {
  return write(em, async (tem) => {
    const branch = await writableBranch(tem, input.branchId, 'branchId');
    checkYear(input.year);
    if ((await tem.count(Pilot, { year: input.year, branch: branch.id, kind: input.kind })) > 0) assertValid([conflict('kind', 'Chi bộ đã là chi bộ điểm loại này trong năm.')]);
    if (input.kind === PilotKind.PARTY_GROUP_MEETING && (await tem.count(Organization, { parent: branch.id, kind: OrganizationKind.PARTY_GROUP })) === 0) {
      assertValid([invalid('kind', 'Điểm sinh hoạt theo tổ đảng cần chi bộ có tổ đảng.')]);
    }
    const row = tem.create(Pilot, { year: input.year, branch, kind: input.kind } as never);
    applyPilot(row, input);
    await setGuides(tem, row, branch, input.guideMemberIds);
    await tem.flush();
    return row;
  });
}

/** Changes a pilot's note or working group. */
export function updatePilot(em: EntityManager, id: string, input: UpdatePilotInput): Promise<Pilot> {
  return write(em, async (tem) => {
    const row = await writableBranchRow(tem, Pilot, id, 'chi bộ điểm');
    await checkVersion(tem, row, input.version);
    applyPilot(row, input);
    await setGuides(tem, row, await tem.findOneOrFail(Organization, row.branch.id), input.guideMemberIds);
    await tem.flush();
    return row;
  });
}

/** Removes a pilot chosen by mistake, with its working group. */
export function deletePilot(em: EntityManager, id: string): Promise<Pilot> {
  return write(em, async (tem) => {
    const row = await writableBranchRow(tem, Pilot, id, 'chi bộ điểm');
    const snapshot = { ...row } as Pilot;
    for (const guide of await tem.find(PilotGuide, { pilot: row.id })) tem.remove(guide);
    tem.remove(row);
    await tem.flush();
    return snapshot;
  });
}

/**
 * The year's pilot shares under an organization, against the ranges of the rule set in force (117-KH/ĐU: 5–10% of
 * branches for regular meetings, 3–5% for thematic ones), counting the branches existing on the year's last day (or
 * today): null outside the request's scope.
 */
export async function pilotRatios(em: EntityManager, scopePath: string, organizationId: string, year: number, today: string) {
  checkYear(year);
  const org = await em.findOne(Organization, { id: parseId(organizationId, 'organizationId') });
  if (!org?.path.startsWith(scopePath)) return null;
  const day = `${year}-12-31` < today ? `${year}-12-31` : today;
  const ranges = pilotRangesOn(await storedRuleSets(em), day);
  const branches = await em.count(Organization, { kind: OrganizationKind.BRANCH, path: { $like: `${org.path}%` }, ...existingOn(day) });
  const pilots = await em.find(Pilot, { year, branch: { path: { $like: `${org.path}%` } } }, { fields: ['kind'] });
  const count = (kind: PilotKind) => pilots.filter((p) => p.kind === kind).length;
  return ([[PilotKind.REGULAR_MEETING, ranges?.regular], [PilotKind.THEMATIC_MEETING, ranges?.thematic], [PilotKind.PARTY_GROUP_MEETING, undefined]] as const).map(([kind, range]) => {
    const ratio = range ? pilotRatio(count(kind), branches, range) : { chosen: count(kind), branches, rate: branches ? count(kind) / branches : null, min: null, max: null, warning: null };
    return { kind, ...ratio, documentNumber: range ? (ranges?.documentNumber ?? null) : null };
  });
}
