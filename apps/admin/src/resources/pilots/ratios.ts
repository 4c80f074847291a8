import type { PilotRatioLine } from '../../dataProvider/supervisionTypes';

/**
 * How many branches a year's pilots of a kind are off the plan's range: to add when below (enough to reach the
 * minimum share), to drop when above (enough to come down to the maximum); 0 within it or without a range.
 */
export function pilotGap(ratio: Pick<PilotRatioLine, 'chosen' | 'branches' | 'min' | 'max' | 'warning'>): number {
  // Shares are stored as fractions (0.05): the products are rounded to whole branches with a margin for floating point.
  if (ratio.warning === 'BELOW' && ratio.min != null) return Math.max(0, Math.ceil(ratio.min * ratio.branches - 1e-9) - ratio.chosen);
  if (ratio.warning === 'ABOVE' && ratio.max != null) return Math.max(0, ratio.chosen - Math.floor(ratio.max * ratio.branches + 1e-9));
  return 0;
}
