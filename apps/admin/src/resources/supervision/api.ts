import { ROTATION_PROPOSAL, SUPERVISION_COMPLIANCE, SUPERVISOR_ASSIGNMENT } from '../../dataProvider/documents';
import { READ_ONLY, type ResourceSpec, recordFields } from '../../dataProvider/spec';

const ASSIGNMENT_INPUTS = ['quarter', 'from', 'to', 'plannedMeetingId', 'note'] as const;

/**
 * Committee members assigned to branches: in charge of a branch for a term (IN_CHARGE), or a standing committee
 * member's visit in a quarter (ROTATION). Read by every role in its reach, written by those who supervise. The member,
 * branch and kind are fixed once assigned: a visit moved to another branch is a new assignment.
 */
export const supervisorAssignments: ResourceSpec = {
  ...recordFields('SupervisorAssignment', 'supervisorAssignment'),
  filterType: 'SupervisorAssignmentFilter',
  createInputType: 'CreateSupervisorAssignmentInput',
  updateInputType: 'UpdateSupervisorAssignmentInput',
  selections: SUPERVISOR_ASSIGNMENT,
  sortFields: {},
  filterShape: { scalars: ['organizationId', 'memberId', 'quarter'], lists: ['kind'] },
  idsFilter: false,
  createFields: ['memberId', 'branchId', 'kind', ...ASSIGNMENT_INPUTS],
  updateFields: ASSIGNMENT_INPUTS,
  formFields: ['memberId', 'branchId', 'kind', ...ASSIGNMENT_INPUTS],
};

/**
 * The arguments of a record read for a committee (the "id") and a period in meta (meta.quarter "YYYY-Qn" or
 * meta.year), with meta.asOf (today when omitted) where the API takes a day.
 */
export function byCommittee(period: 'quarter' | 'year', withAsOf = false): NonNullable<ResourceSpec['oneArguments']> {
  const type = period === 'year' ? 'Int!' : 'String!';
  const asOf = withAsOf ? { declaration: ', $asOf: Date', arg: ', asOf: $asOf' } : { declaration: '', arg: '' };
  return ({ id, meta }) => {
    const given = (meta ?? {}) as { quarter?: string; year?: number | string; asOf?: string | null };
    const value = period === 'year' ? Number(given.year) : (given.quarter ?? '');
    return {
      declarations: `$organizationId: ID!, $${period}: ${type}${asOf.declaration}`,
      args: `organizationId: $organizationId, ${period}: $${period}${asOf.arg}`,
      variables: { organizationId: String(id), [period]: value, ...(withAsOf ? { asOf: given.asOf ?? null } : {}) },
    };
  };
}

/** A quarter's supervision under a committee (the "id"), quarter "YYYY-Qn" in meta.quarter, as of meta.asOf (today). */
export const supervisionCompliance: ResourceSpec = {
  typeName: 'SupervisionCompliance',
  one: 'supervisionCompliance',
  selections: SUPERVISION_COMPLIANCE,
  oneArguments: byCommittee('quarter', true),
  sortFields: {},
  filterShape: {},
  idsFilter: false,
  ...READ_ONLY,
};

/** The planner's proposal of the standing committee's visits for a committee (the "id") and meta.quarter. */
export const rotationProposal: ResourceSpec = {
  typeName: 'RotationProposal',
  one: 'rotationProposal',
  selections: ROTATION_PROPOSAL,
  oneArguments: byCommittee('quarter'),
  sortFields: {},
  filterShape: {},
  idsFilter: false,
  ...READ_ONLY,
};
