import { HttpError } from 'ra-core';
import { SUPERVISOR_ASSIGNMENT } from '../../dataProvider/documents';
import type { Values } from '../../dataProvider/filters';
import type { FormField } from '../../dataProvider/spec';
import type { ProposedVisitRecord } from '../../dataProvider/supervisionTypes';
import type { BranchRef, MemberRef } from '../../dataProvider/types';
import type { BoardVisit } from './board';

/**
 * The planner's proposal as the office edits it before accepting: lines may be dropped, or moved to another branch
 * or meeting; accepting sends what is left in one acceptRotation call, which makes these the quarter's rotation
 * visits (all or none).
 */

/** A line of the proposal: the planner's visit, or one the office changed (its reasons are then the planner's no more). */
export interface ProposalLine extends BoardVisit {
  member: MemberRef | null;
  branch: BranchRef | null;
  meetingId: string | null;
  reasons: string[];
  reasonCodes: string[];
  changed: boolean;
}

/** The proposal's visits as lines, keyed by member (the planner gives a member at most one visit). */
export function proposalLines(visits: readonly ProposedVisitRecord[]): ProposalLine[] {
  return visits.map((visit) => ({
    key: String(visit.memberId),
    memberId: String(visit.memberId),
    member: visit.member,
    branchId: String(visit.branchId),
    branch: visit.branch,
    day: visit.day,
    meetingId: visit.meetingId == null ? null : String(visit.meetingId),
    reasons: visit.reasons,
    reasonCodes: visit.reasonCodes,
    changed: false,
  }));
}

/** A line moved to another branch or meeting: the planner's reasons no longer apply to it. */
export function changeLine(
  lines: readonly ProposalLine[],
  key: string,
  to: { branchId: string; branch: BranchRef | null; meetingId: string | null; day: string | null },
): ProposalLine[] {
  return lines.map((line) =>
    line.key === key ? { ...line, ...to, reasons: [], reasonCodes: [], changed: true } : line,
  );
}

/** The lines without the one dropped. */
export const dropLine = (lines: readonly ProposalLine[], key: string) => lines.filter((line) => line.key !== key);

export interface AcceptRotationParams {
  organizationId: string;
  quarter: string;
  lines: readonly Pick<ProposalLine, 'memberId' | 'branchId' | 'meetingId'>[];
}

export const ACCEPT_ROTATION = `mutation AcceptRotation($input: AcceptRotationInput!) {
  data: acceptRotation(input: $input) { ${SUPERVISOR_ASSIGNMENT.list} }
}`;

/** What a refusal of acceptRotation may name: a line ("visits.3.branchId"), or the committee and quarter. */
export const ACCEPT_ROTATION_FIELDS: readonly FormField[] = ['organizationId', 'quarter', /^visits\.\d+\.(memberId|branchId|meetingId)$/];

/** The variables of acceptRotation: ids as strings, a line without a meeting sent with meetingId null. */
export function acceptRotationVariables({ organizationId, quarter, lines }: AcceptRotationParams): Values {
  return {
    input: {
      organizationId: String(organizationId),
      quarter,
      visits: lines.map((line) => ({
        memberId: String(line.memberId),
        branchId: String(line.branchId),
        meetingId: line.meetingId == null || line.meetingId === '' ? null : String(line.meetingId),
      })),
    },
  };
}

/** The refusals of acceptRotation by line: "visits.3.branchId" is line 3 (the lines sent are the lines shown). */
export function lineErrors(error: unknown): Record<number, string> {
  const errors = error instanceof HttpError ? ((error.body?.errors ?? {}) as Record<string, unknown>) : {};
  const byLine: Record<number, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const match = /^visits\.(\d+)\./.exec(field);
    if (match && typeof message === 'string') byLine[Number(match[1])] = byLine[Number(match[1])] ? `${byLine[Number(match[1])]} ${message}` : message;
  }
  return byLine;
}
