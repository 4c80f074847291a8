import {
  checkEnteredPart, formatDay, invalid, meetingQualityPart, type MeetingQualityPart, OrganizationKind, RATING_RULE_SETS, RatingSubject,
  ratingOutcome, type RatingRules, type RuleSet, STRUCTURE_RULE_SETS,
} from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { writableBranch } from '../../shared/branch-rows';
import { checkVersion, findOr404, write } from '../../shared/crud';
import { AppError, assertValid, ErrorCode, parseId } from '../../shared/errors';
import { actorOf } from '../../shared/request-scope';
import { ruleSetFor } from '../../shared/rule-sets';
import { assertMemberWritable } from '../../shared/write-scope';
import { Member } from '../member/member.entity';
import { Membership } from '../membership/membership.entity';
import { Organization } from '../organization/organization.entity';
import { AnnualRating } from './annual-rating.entity';
import type { SetAnnualRatingInput } from './annual-rating.input';
import { branchYearFigures, memberYearFigures } from './annual-rating.queries';
import type { BranchRatingsType, MemberRatingsType, MemberRatingType, RatingDocumentType, RatingResultType } from './annual-rating.type';

const NOTE_MAX = 2000;

/** A year that can be rated: from 2000 to the current one. */
function checkRatingYear(year: number, today: string, field = 'year'): void {
  const current = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > current) assertValid([invalid(field, `Năm xếp loại từ 2000 đến ${current}.`)]);
}

/** The rule set a year is rated by (in force on its last day). */
function ratingSet(year: number): RuleSet<RatingRules> {
  return ruleSetFor(RATING_RULE_SETS, `${year}-12-31`, 'year');
}

/** Figures count up to the year's last day, or today for the current year. */
const asOfFor = (year: number, today: string) => (`${year}-12-31` < today ? `${year}-12-31` : today);

function documentOf(set: RuleSet<RatingRules>, subject: RatingSubject): RatingDocumentType {
  const r = set.rules;
  const meetingPartMax = (subject === RatingSubject.BRANCH ? r.meetingPart.branch : r.meetingPart.member).reduce((s, w) => s + w.points, 0);
  return {
    documentNumber: set.documentNumber, documentDate: set.documentDate, title: set.title, scale: r.scale, maxPoints: r.maxPoints ?? null,
    bands: r.bands ?? [], bandsFromDocument: r.bandsFromDocument ?? false, meetingPartMax,
    enteredPointsMax: r.scale === 'POINTS' ? (r.maxPoints ?? 100) - meetingPartMax : null,
  };
}

/** The meeting part, the entered part and what they make together. */
function compose(part: MeetingQualityPart, rating: AnnualRating | null, rules: RatingRules): RatingResultType {
  const outcome = ratingOutcome(part, { points: rating?.points ?? null, level: rating?.level ?? null }, rules);
  return {
    meetingPoints: part.points, meetingPartMax: part.maxPoints, proposedLevel: part.proposedLevel, criteria: part.criteria, rating,
    total: outcome.total, levelByPoints: outcome.levelByPoints, level: outcome.level, pending: outcome.pending,
  };
}

/** Branches under an organization that existed on some day of the year up to `asOf`, in roll order. */
function branchesOfYear(em: EntityManager, path: string, year: number, asOf: string, only?: number) {
  return em.find(Organization, {
    kind: OrganizationKind.BRANCH, path: { $like: `${path}%` }, foundedOn: { $lte: asOf }, $or: [{ dissolvedOn: null }, { dissolvedOn: { $gt: `${year}-01-01` } }],
    ...(only ? { id: only } : {}),
  }, { orderBy: { sortKey: 'asc', id: 'asc' } });
}

/**
 * The year's ratings of the branches under an organization: each branch's meeting part from the year's figures (grouped
 * SQL), the committee's part as entered, total and level under the rule set in force on the year's last day; null
 * outside the request's scope.
 */
export async function branchRatings(em: EntityManager, scopePath: string, organizationId: string, year: number, today: string): Promise<BranchRatingsType | null> {
  const orgId = parseId(organizationId, 'organizationId');
  checkRatingYear(year, today);
  const org = await em.findOne(Organization, { id: orgId });
  if (!org?.path.startsWith(scopePath)) return null;
  const set = ratingSet(year);
  const asOf = asOfFor(year, today);
  const branches = await branchesOfYear(em, org.path, year, asOf);
  const ids = branches.map((b) => b.id);
  const figures = await branchYearFigures(em, ids, year, asOf);
  const entered = new Map((ids.length ? await em.find(AnnualRating, { year, subject: RatingSubject.BRANCH, branch: { $in: ids } }) : []).map((r) => [r.branch.id, r]));
  return {
    organizationId: String(org.id), year, asOf, document: documentOf(set, RatingSubject.BRANCH),
    rows: branches.map((b) => ({
      branchId: String(b.id),
      ...compose(meetingQualityPart({ subject: RatingSubject.BRANCH, ...(figures.get(b.id) as NonNullable<ReturnType<typeof figures.get>>) }, set.rules), entered.get(b.id) ?? null, set.rules),
    })),
  };
}

/** Each member's first day in the branch within the year and the day they left it (null while still there or after the year). */
async function membersOfYear(em: EntityManager, branchId: number, year: number, asOf: string) {
  const next = `${year + 1}-01-01`;
  const rows = await em.find(Membership, { branch: branchId, from: { $lte: asOf }, $or: [{ to: null }, { to: { $gt: `${year}-01-01` } }] }, { fields: ['member', 'from', 'to'] });
  const byMember = new Map<number, { from: string; to: string | null }>();
  for (const r of rows) {
    const from = r.from < `${year}-01-01` ? `${year}-01-01` : r.from;
    const to = r.to == null || r.to >= next ? null : r.to;
    const seen = byMember.get(r.member.id);
    // Two periods in the year (left and came back): the first day of the first, the end of the last.
    byMember.set(r.member.id, seen ? { from: [seen.from, from].sort()[0], to: seen.to == null || to == null ? null : [seen.to, to].sort()[1] } : { from, to });
  }
  return byMember;
}

/**
 * The year's ratings of a branch's members (everyone in it on some day of the year): each member's meeting part from
 * the year's figures (grouped SQL over their attendance lines), grounds for removal, the committee's part, total and
 * level; null outside the request's scope. Personal data: the resolver admits only roles that read it.
 */
export async function memberRatings(em: EntityManager, scopePath: string, branchId: string, year: number, today: string): Promise<MemberRatingsType | null> {
  const id = parseId(branchId, 'branchId');
  checkRatingYear(year, today);
  const branch = await em.findOne(Organization, { id });
  if (!branch?.path.startsWith(scopePath)) return null;
  if (branch.kind !== OrganizationKind.BRANCH) assertValid([invalid('branchId', 'Phải là một chi bộ.')]);
  const set = ratingSet(year);
  const asOf = asOfFor(year, today);
  const removal = ruleSetFor(STRUCTURE_RULE_SETS, asOf, 'year');
  const periods = await membersOfYear(em, branch.id, year, asOf);
  const members = periods.size ? await em.find(Member, { id: { $in: [...periods.keys()] } }, { fields: ['id'], orderBy: { sortKey: 'asc', id: 'asc' } }) : [];
  const figures = await memberYearFigures(em, members.map((m) => m.id), year, asOf, asOf);
  const entered = new Map((members.length ? await em.find(AnnualRating, { year, member: { $in: members.map((m) => m.id) } }) : []).map((r) => [r.member?.id, r]));
  const rows: MemberRatingType[] = members.map((m) => {
    const f = figures.get(m.id) ?? { expected: 0, attended: 0, unexcused: 0, unexcusedMonths: 0, longestExcusedRun: 0, hasTask: false, exempt: false };
    const part = meetingQualityPart({ subject: RatingSubject.MEMBER, ...f }, set.rules, removal.rules.unexcusedMonthsForRemoval);
    const period = periods.get(m.id) as { from: string; to: string | null };
    return {
      memberId: String(m.id), from: period.from, to: period.to, exempt: f.exempt, unexcusedMonths: f.unexcusedMonths, removalGrounds: part.removalGrounds,
      ...compose(part, entered.get(m.id) ?? null, set.rules),
    };
  });
  return {
    branchId: String(branch.id), year, asOf, document: documentOf(set, RatingSubject.MEMBER), removalMonths: removal.rules.unexcusedMonthsForRemoval,
    removalDocument: removal.documentNumber, rows,
  };
}

/**
 * Sets the committee's part of a branch's or a member's annual rating (upsert by subject and year), checked against
 * the rule set the year is rated by. Branch ratings need the supervise capability; member ratings supervise or record
 * meetings (the branch's secretary). Outside the user's subtree the branch (or member) is not found.
 */
export function setAnnualRating(em: EntityManager, input: SetAnnualRatingInput, today: string): Promise<AnnualRating> {
  return write(em, async (tem) => {
    const branch = await writableBranch(tem, input.branchId, 'branchId');
    const memberId = input.memberId == null || input.memberId === '' ? null : parseId(input.memberId, 'memberId');
    checkRatingYear(input.year, today);
    const year = input.year;
    const asOf = asOfFor(year, today);
    const set = ratingSet(year);
    let part: MeetingQualityPart;
    if (memberId != null) {
      const member = await findOr404(tem, Member, memberId, 'memberId', 'đảng viên');
      await assertMemberWritable(tem, member.id, 'memberId');
      const periods = await tem.count(Membership, { member: member.id, branch: branch.id, from: { $lte: asOf }, $or: [{ to: null }, { to: { $gt: `${year}-01-01` } }] });
      if (periods === 0) assertValid([invalid('memberId', `Đảng viên không sinh hoạt tại chi bộ này trong năm ${year}.`)]);
      const removal = ruleSetFor(STRUCTURE_RULE_SETS, asOf, 'year');
      const f = (await memberYearFigures(tem, [member.id], year, asOf, asOf)).get(member.id);
      part = meetingQualityPart({ subject: RatingSubject.MEMBER, ...(f as NonNullable<typeof f>) }, set.rules, removal.rules.unexcusedMonthsForRemoval);
    } else {
      const viewer = actorOf(tem).viewer;
      if (viewer && !viewer.can.supervise) throw new AppError(ErrorCode.FORBIDDEN, 'Chỉ cấp ủy viên và Văn phòng Đảng ủy được xếp loại chi bộ.');
      if ((await branchesOfYear(tem, branch.path, year, asOf, branch.id)).length === 0) assertValid([invalid('year', `Chi bộ không tồn tại trong năm ${year}.`)]);
      const f = (await branchYearFigures(tem, [branch.id], year, asOf)).get(branch.id);
      part = meetingQualityPart({ subject: RatingSubject.BRANCH, ...(f as NonNullable<typeof f>) }, set.rules);
    }
    const subjectKey = memberId != null ? `M${memberId}` : `B${branch.id}`;
    let row = await tem.findOne(AnnualRating, { subjectKey, year });
    if (row) await checkVersion(tem, row, input.version);
    else {
      row = tem.create(AnnualRating, {
        subject: memberId != null ? RatingSubject.MEMBER : RatingSubject.BRANCH, subjectKey, year, branch, member: memberId != null ? tem.getReference(Member, memberId) : null,
      } as never, { persist: false });
    }
    // A member rated again by the branch they moved to: the rating goes with the branch that rates them now.
    row.branch = branch;
    if (input.points !== undefined) row.points = input.points;
    if (input.level !== undefined) row.level = input.level;
    if (input.note !== undefined) row.note = input.note?.trim() || null;
    if (input.decidedOn !== undefined) row.decidedOn = input.decidedOn;
    const problems = checkEnteredPart({ points: row.points, level: row.level }, set.rules, part, set.documentNumber);
    if ((row.note?.length ?? 0) > NOTE_MAX) problems.push(invalid('note', `Nhận xét tối đa ${NOTE_MAX.toLocaleString('vi-VN')} ký tự.`));
    if (row.decidedOn != null && row.decidedOn > today) problems.push(invalid('decidedOn', 'Ngày quyết định không được ở tương lai.'));
    else if (row.decidedOn != null && row.decidedOn < `${year}-01-01`) problems.push(invalid('decidedOn', `Ngày quyết định không được trước ${formatDay(`${year}-01-01`)}.`));
    assertValid(problems);
    tem.persist(row);
    await tem.flush();
    return row;
  });
}
