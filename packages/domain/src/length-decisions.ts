import { covers, isIsoDate } from './dates';
import { BranchKind, checkPeriod } from './structure';
import { invalid, type Violation } from './violation';

/**
 * A committee's decision on the minimum length of branch meetings (42-HD/BTCTW lets the competent committee set
 * another length, e.g. for branches with few members). It applies either to an organization and every branch below
 * it, or to every branch of a kind; under a rule set with `localLengthAllowed` its minutes replace `minMinutes`
 * for every kind of meeting.
 */
export interface LengthDecision {
  id?: number;
  /** The organization it applies to (and every branch below it); null when it applies by branch kind. */
  organizationId?: number | null;
  /** The kind of branch it applies to; null when it applies to an organization. */
  branchKind?: BranchKind | null;
  /** Minimum length of a meeting, in minutes. */
  minutes: number;
  /** Number and date of the decision as issued, e.g. "123-QĐ/ĐU ngày 05/01/2026". */
  decisionReference: string;
  /** First day in force. */
  validFrom: string;
  /** First day no longer in force; open when absent. */
  validTo?: string | null;
}

/** Where a branch sits, to pick the decision that applies to it. */
export interface LengthDecisionTarget {
  /** Ids from the root of the tree down to the branch itself (the organization path "/1/5/23/" as [1, 5, 23]). */
  organizationPathIds: number[];
  branchKind?: BranchKind | null;
  day: string;
}

/** The ids of an organization path "/1/5/23/", root first. */
export function pathIds(path: string): number[] {
  return path.split('/').filter((part) => part !== '').map(Number);
}

/**
 * The decision that applies to a branch on a day, or null: the one for the organization nearest the branch (the
 * branch itself first, then up the tree), else the one for its branch kind; on a tie, the newest (latest validFrom).
 */
export function lengthDecisionFor<T extends LengthDecision>(decisions: T[], target: LengthDecisionTarget): T | null {
  // Rank: an organization's decision ranks by the depth of the organization in the branch's path (deeper is nearer),
  // one step more when it is narrowed to the branch's kind; a decision by branch kind alone ranks lowest; -1: none.
  const rank = (d: T): number => {
    if (d.branchKind != null && d.branchKind !== target.branchKind) return -1;
    if (d.organizationId == null) return d.branchKind != null ? 0 : -1;
    const depth = target.organizationPathIds.indexOf(d.organizationId);
    return depth < 0 ? -1 : 2 * (depth + 1) + (d.branchKind != null ? 1 : 0);
  };
  const candidates = decisions
    .filter((d) => covers({ from: d.validFrom, to: d.validTo }, target.day))
    .map((d) => ({ d, rank: rank(d) }))
    .filter((c) => c.rank >= 0);
  candidates.sort((a, b) => b.rank - a.rank || (a.d.validFrom < b.d.validFrom ? 1 : a.d.validFrom > b.d.validFrom ? -1 : 0));
  return candidates[0]?.d ?? null;
}

/** Refusals for a length decision: minutes from 15 to 600, a reference, a valid period, a scope. */
export function checkLengthDecision(d: LengthDecision): Violation[] {
  const out: Violation[] = [];
  if (!Number.isInteger(d.minutes) || d.minutes < 15 || d.minutes > 600) out.push(invalid('minutes', 'Thời lượng sinh hoạt từ 15 đến 600 phút.'));
  const reference = d.decisionReference?.trim() ?? '';
  if (!reference || reference.length > 120 || /[\u0000-\u001f\u007f]/.test(reference)) {
    out.push(invalid('decisionReference', 'Cần số hiệu và ngày của quyết định (tối đa 120 ký tự).'));
  }
  if (!d.validFrom || !isIsoDate(d.validFrom)) out.push(invalid('validFrom', 'Ngày có hiệu lực không hợp lệ (YYYY-MM-DD).'));
  else out.push(...checkPeriod({ from: d.validFrom, to: d.validTo }, 'validFrom', 'validTo'));
  if (d.organizationId == null && d.branchKind == null) {
    out.push(invalid('organizationId', 'Quyết định cần phạm vi áp dụng: một tổ chức (các chi bộ trực thuộc), có thể chỉ một loại hình chi bộ.'));
  } else if (d.branchKind != null && !Object.values(BranchKind).includes(d.branchKind)) {
    out.push(invalid('branchKind', 'Loại hình chi bộ không hợp lệ.'));
  }
  return out;
}
