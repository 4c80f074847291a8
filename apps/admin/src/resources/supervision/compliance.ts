import { formatPercent } from '../../common/times';
import type { FigureRecord, InChargeLine, StandingMemberLine } from '../../dataProvider/supervisionTypes';

/** Where a standing committee member stands in the quarter: attended on rotation, attended a branch again, or not at all. */
export type StandingStatus = 'RESPECTED' | 'NOT_ROTATED' | 'NOT_ATTENDED';

export function standingStatus(line: Pick<StandingMemberLine, 'attended' | 'rotationRespected'>): StandingStatus {
  if (!line.attended) return 'NOT_ATTENDED';
  return line.rotationRespected ? 'RESPECTED' : 'NOT_ROTATED';
}

const STANDING_ORDER: StandingStatus[] = ['NOT_ATTENDED', 'NOT_ROTATED', 'RESPECTED'];

/** Those behind first (not attended, then not rotated), each group in the API's order. */
export function standingBehindFirst<L extends Pick<StandingMemberLine, 'attended' | 'rotationRespected'>>(lines: readonly L[]): L[] {
  return [...lines].sort((a, b) => STANDING_ORDER.indexOf(standingStatus(a)) - STANDING_ORDER.indexOf(standingStatus(b)));
}

/** Assignments in charge not yet fulfilled first. */
export function inChargeBehindFirst<L extends Pick<InChargeLine, 'attended'>>(lines: readonly L[]): L[] {
  return [...lines].sort((a, b) => Number(a.attended) - Number(b.attended));
}

/** A figure as the office reads it: "5/7 (71,4%)"; "0/0" without a rate when nobody is counted. */
export function figureText(figure: FigureRecord, locale: string): string {
  const ratio = `${figure.numerator}/${figure.denominator}`;
  return figure.rate == null || figure.denominator === 0 ? ratio : `${ratio} (${formatPercent(figure.rate, locale)})`;
}
