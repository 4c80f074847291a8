import { WorkStatus } from '@chibo/domain';

/**
 * Members working, or retired, on a day, as a condition on Member: the same rule as the domain's `workingOn` (retired
 * from `retiredOn` on; RETIRED without a day means retired on every day).
 */
export function workStatusOn(status: WorkStatus, day: string): object {
  return status === WorkStatus.WORKING
    ? { $or: [{ retiredOn: { $gt: day } }, { retiredOn: null, workStatus: { $ne: WorkStatus.RETIRED } }] }
    : { $or: [{ retiredOn: { $lte: day } }, { retiredOn: null, workStatus: WorkStatus.RETIRED }] };
}
