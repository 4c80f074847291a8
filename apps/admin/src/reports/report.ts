import type { IndicatorCode } from '@chibo/graphql-types';
import type { IndicatorRowRecord } from '../dashboard/indicatorsApi';
import type { BranchRef } from '../dataProvider/types';

/** How the periodic report upward is laid out, as pure functions of what the API answers. */

/** The plan's figures as the report numbers them: 1.1, 1.2, 1.3, 2, 3.1, 3.2, 4. */
export const REPORT_FIGURES: ReadonlyArray<{ number: string; code: IndicatorCode }> = [
  { number: '1.1', code: 'REGULAR_HELD' },
  { number: '1.2', code: 'REGULAR_FIRST_WEEK' },
  { number: '1.3', code: 'THEMATIC_HELD' },
  { number: '2', code: 'CONTENT_COMPLETE' },
  { number: '3.1', code: 'ATTENDANCE_POOLED' },
  { number: '3.2', code: 'BRANCHES_AT_THRESHOLD' },
  { number: '4', code: 'MEMBERS_TASKED' },
];

/** Supervision, pilots and the figures tracked beside the plan's. */
export const OTHER_FIGURES: ReadonlyArray<{ number: string; code: IndicatorCode }> = [
  { number: '1', code: 'SUPERVISORS_ROTATING' },
  { number: '2', code: 'IN_CHARGE_VISITED' },
  { number: '3', code: 'REGULAR_PILOTS' },
  { number: '4', code: 'THEMATIC_PILOTS' },
  { number: '5', code: 'TASKS_ON_TIME' },
  { number: '6', code: 'DOCUMENTS_ON_TIME' },
];

/** The shortfalls a branch is named for: the figures whose uncounted rows list branches. */
export const BEHIND_CODES = ['REGULAR_HELD', 'BRANCHES_AT_THRESHOLD', 'THEMATIC_HELD'] as const;
export type BehindCode = (typeof BEHIND_CODES)[number];

/** A branch behind, with the months (or quarters) of each shortfall. */
export interface BehindBranch {
  branch: BranchRef;
  when: Record<BehindCode, string[]>;
}

/**
 * The branches behind, one line each, from the uncounted rows of each figure: the months without the regular
 * meeting, the months below the attendance threshold, the quarters without the thematic meeting; the branches with
 * the most shortfalls first, then by name.
 */
export function behindBranches(rows: Record<BehindCode, readonly IndicatorRowRecord[]>): BehindBranch[] {
  const lines = new Map<string, BehindBranch>();
  for (const code of BEHIND_CODES) {
    for (const row of rows[code]) {
      if (!row.branch || row.counted) continue;
      const key = String(row.branch.id);
      const line = lines.get(key) ?? { branch: row.branch, when: { REGULAR_HELD: [], BRANCHES_AT_THRESHOLD: [], THEMATIC_HELD: [] } };
      const when = row.month ?? row.quarter;
      if (when && !line.when[code].includes(when)) line.when[code].push(when);
      lines.set(key, line);
    }
  }
  const count = (line: BehindBranch) => BEHIND_CODES.reduce((sum, code) => sum + line.when[code].length, 0);
  for (const line of lines.values()) for (const code of BEHIND_CODES) line.when[code].sort();
  return [...lines.values()].sort((a, b) => count(b) - count(a) || a.branch.name.localeCompare(b.branch.name, 'vi'));
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Months and quarters as a document lists them: "10, 11/2026", "Quý III, IV/2026"; years kept apart. */
export function writtenWhen(keys: readonly string[]): string {
  const byYear = new Map<string, string[]>();
  for (const key of keys) {
    const year = key.slice(0, 4);
    const part = key.includes('Q') ? ROMAN[Number(key.slice(6)) - 1] : key.slice(5, 7);
    byYear.set(year, [...(byYear.get(year) ?? []), part]);
  }
  const quarters = keys.some((k) => k.includes('Q'));
  return [...byYear.entries()].map(([year, parts]) => `${quarters ? 'Quý ' : ''}${parts.join(', ')}/${year}`).join('; ');
}

/** The organization that signs and heads the report, by the kind of the one reported on. */
export function reportHeading(organization: { name: string; kind: string; parent?: { name: string } | null }, partyName: (committee: string) => string) {
  const upper = (text: string) => text.toLocaleUpperCase('vi');
  if (organization.kind === 'BRANCH') {
    return { above: upper(partyName(organization.parent?.name ?? '')), unit: upper(organization.name), signs: 'T/M CHI ỦY', signer: 'BÍ THƯ' };
  }
  if (organization.parent) {
    return { above: upper(partyName(organization.parent.name)), unit: upper(organization.name), signs: 'T/M ĐẢNG ỦY', signer: 'BÍ THƯ' };
  }
  return { above: upper(partyName(organization.name)), unit: 'BAN THƯỜNG VỤ', signs: 'T/M BAN THƯỜNG VỤ', signer: 'BÍ THƯ' };
}

/** The file name the API gives a download (Content-Disposition), else the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain ? plain[1] : fallback;
}
