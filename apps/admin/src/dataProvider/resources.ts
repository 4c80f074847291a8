import { indicatorRows, indicators } from '../dashboard/indicatorsApi';
import { annualRatings, branchRatings, memberRatings } from '../resources/annual-ratings/api';
import { auditEntries } from '../resources/auditEntries/api';
import { meetingLengthDecisions } from '../resources/meetingLengthDecisions/api';
import { meetingRuleSets } from '../resources/meetingRuleSets/api';
import { branchFindings, meetingAlerts, meetings } from '../resources/meetings/api';
import { exemptions, members, memberTransfers, specialDuties } from '../resources/members/api';
import { memberships } from '../resources/memberships/api';
import { membersWithoutTask, memberTasks } from '../resources/memberTasks/api';
import { organizations } from '../resources/organizations/api';
import { partyGroups } from '../resources/partyGroups/api';
import { pilotRatios, pilots } from '../resources/pilots/api';
import { positions } from '../resources/positions/api';
import { resolutionReviews, resolutions } from '../resources/resolutions/api';
import { resolutionTasks } from '../resources/resolutionTasks/api';
import { rotationProposal, supervisionCompliance, supervisorAssignments } from '../resources/supervision/api';
import { thematicPlanItems } from '../resources/thematicPlanItems/api';
import { wards } from '../resources/wards/api';
import { mapFilter, type Values } from './filters';
import type { ResourceSpec } from './spec';

/** Every resource the panel reads or writes, by react-admin name; each spec lives beside the resource's pages. */
export const RESOURCES: Record<string, ResourceSpec> = {
  // The ward's structure: wards, organizations, members, memberships, positions, periods, the audit log.
  wards,
  organizations,
  partyGroups,
  members,
  memberships,
  positions,
  exemptions,
  specialDuties,
  auditEntries,
  memberTransfers,
  // Meeting records: meetings, their resolutions and tasks, reviews, thematic plans, member tasks, rule sets and
  // length decisions, alerts and a quarter's findings.
  meetings,
  resolutions,
  resolutionTasks,
  resolutionReviews,
  thematicPlanItems,
  memberTasks,
  membersWithoutTask,
  meetingRuleSets,
  meetingLengthDecisions,
  meetingAlerts,
  branchFindings,
  // Supervision from above: committee members assigned to branches, a quarter's compliance and the planner's
  // proposal; pilot branches and their shares of the year.
  supervisorAssignments,
  supervisionCompliance,
  rotationProposal,
  pilots,
  pilotRatios,
  // The plan's figures over a scope and period, and the rows behind one (the home page and the report upward).
  indicators,
  indicatorRows,
  // The annual quality ratings of branches and members, and the committee's part of them.
  branchRatings,
  memberRatings,
  annualRatings,
};

/** The spec of a resource, or an error naming it (a typo in a resource name should fail loudly). */
export function resourceSpec(resource: string): ResourceSpec {
  const spec = RESOURCES[resource];
  if (!spec) throw new Error(`Unknown resource "${resource}"`);
  return spec;
}

/** The API filter for a react-admin filter on a resource. */
export function apiFilter(spec: ResourceSpec, raw: Values | undefined, context: 'list' | 'reference'): Values {
  const mapped = mapFilter(spec.filterShape, raw);
  return spec.refineFilter ? spec.refineFilter(mapped, raw ?? {}, context) : mapped;
}
