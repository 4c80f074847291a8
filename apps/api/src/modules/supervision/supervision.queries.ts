import { AssignmentKind, addDays, COMMITTEE_ROLES, quarterPeriod, STANDING_ROLES } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { underPath } from '../../shared/subtree';
import type { Organization } from '../organization/organization.entity';

const knexOf = (em: EntityManager) => (em as SqlEntityManager).getKnex();

/** Members holding one of the roles in the organization on some day of a period (one query). */
export async function membersInRoles(em: EntityManager, organization: Organization, roles: readonly string[], from: string, to: string): Promise<number[]> {
  const rows: Array<{ member_id: number }> = await knexOf(em)('position').distinct('member_id')
    .where('organization_id', organization.id).whereIn('role', [...roles])
    .andWhere('from_date', '<', to).andWhere((q) => q.whereNull('to_date').orWhere('to_date', '>', from));
  return rows.map((r) => Number(r.member_id)).sort((a, b) => a - b);
}

/** The standing committee members of a committee during a quarter. */
export function standingMembers(em: EntityManager, committee: Organization, quarter: string): Promise<number[]> {
  const { from, to } = quarterPeriod(quarter);
  return membersInRoles(em, committee, STANDING_ROLES, from, to);
}

/** A visit: a member recorded as a guest at a held meeting of a branch under the organization. */
export interface VisitRow {
  memberId: number;
  branchId: number;
  meetingId: number;
  day: string;
}

/**
 * Visits between two days (half-open) by the given members (all committee members of the organization when omitted),
 * to branches under the organization: one query on meeting guests, held meetings and the tree.
 */
export async function visitsBetween(em: EntityManager, under: Organization, from: string, to: string, memberIds?: number[]): Promise<VisitRow[]> {
  const knex = knexOf(em);
  const q = knex('meeting_guest as g').join('meeting as m', 'm.id', 'g.meeting_id').join('organization as b', 'b.id', 'm.branch_id')
    .select('g.member_id', 'm.branch_id', 'm.id as meeting_id', knex.raw('cast(m.held_on as text) as day'))
    .whereNotNull('g.member_id').whereNotNull('m.held_on').andWhere('m.held_on', '>=', from).andWhere('m.held_on', '<', to);
  underPath(em, q, 'b.path', under.path);
  if (memberIds) q.whereIn('g.member_id', memberIds.length ? memberIds : [0]);
  const rows: Array<{ member_id: number; branch_id: number; meeting_id: number; day: string }> = await q;
  return rows.map((r) => ({ memberId: Number(r.member_id), branchId: Number(r.branch_id), meetingId: Number(r.meeting_id), day: r.day }));
}

/** Assignments in charge, under the organization, whose term meets the period. */
export async function inChargeDuring(em: EntityManager, under: Organization, from: string, to: string) {
  const query = knexOf(em)('supervisor_assignment as a').join('organization as b', 'b.id', 'a.branch_id')
    .select('a.id', 'a.member_id', 'a.branch_id').where('a.kind', AssignmentKind.IN_CHARGE)
    .andWhere('a.from_date', '<', to).andWhere((q) => q.whereNull('a.to_date').orWhere('a.to_date', '>', from)).orderBy('a.id');
  const rows: Array<{ id: number; member_id: number; branch_id: number }> = await underPath(em, query, 'b.path', under.path);
  return rows.map((r) => ({ id: Number(r.id), memberId: Number(r.member_id), branchId: Number(r.branch_id) }));
}

/**
 * Branches under the organization existing on a day that no committee member of it visited from the year's first day
 * to that day: one query.
 */
export async function branchesWithoutVisit(em: EntityManager, under: Organization, day: string): Promise<number[]> {
  const knex = knexOf(em);
  const yearStart = `${day.slice(0, 4)}-01-01`;
  const committee = knex('position').select('member_id').where('organization_id', under.id).whereIn('role', [...COMMITTEE_ROLES])
    .andWhere('from_date', '<=', day).andWhere((q) => q.whereNull('to_date').orWhere('to_date', '>', yearStart));
  const query = knex('organization as b').select('b.id')
    .where('b.kind', 'BRANCH').andWhere('b.founded_on', '<=', day)
    .andWhere((q) => q.whereNull('b.dissolved_on').orWhere('b.dissolved_on', '>', day))
    .whereNotExists(knex('meeting_guest as g').join('meeting as m', 'm.id', 'g.meeting_id').select(knex.raw('1'))
      .whereRaw('m.branch_id = b.id').andWhere('m.held_on', '>=', yearStart).andWhere('m.held_on', '<=', day).whereIn('g.member_id', committee))
    .orderBy('b.sort_key');
  const rows: Array<{ id: number }> = await underPath(em, query, 'b.path', under.path);
  return rows.map((r) => Number(r.id));
}

/** The quarters before a quarter, most recent first ("2026-Q3" → 2026-Q2, 2026-Q1, 2025-Q4 …). */
export function previousQuarters(quarter: string, count: number): string[] {
  const out: string[] = [];
  let day = quarterPeriod(quarter).from;
  for (let i = 0; i < count; i++) {
    day = addDays(day, -1);
    out.push(`${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`);
    day = quarterPeriod(out[out.length - 1]).from;
  }
  return out;
}
