import type { RatingCriterionCode, RatingLevel } from '@chibo/graphql-types';
import type { Selections } from '../../dataProvider/documents';
import type { Values } from '../../dataProvider/filters';
import { READ_ONLY, type ResourceSpec } from '../../dataProvider/spec';

/**
 * The annual quality ratings as the API computes them: the branches under an organization (branchRatings) and the
 * members of a branch (memberRatings) for a year, each read as one record under its organization's id with the year
 * in meta; and the committee's part, set through setAnnualRating (an upsert by subject and year, sent as a create).
 */

const DOCUMENT = 'documentNumber documentDate title scale maxPoints bands { level min } bandsFromDocument meetingPartMax enteredPointsMax';
const CRITERION = 'code label value numerator denominator target points maxPoints met reason';
const ENTERED = 'id version points level note decidedOn';
const RESULT = `meetingPoints meetingPartMax proposedLevel criteria { ${CRITERION} } rating { ${ENTERED} } total levelByPoints level pending`;
/** The organization above a branch and its ward: the printed table's heading and place. */
const ORGANIZATION = 'id name kind parent { id name kind } ward { id name }';

const BRANCH_RATINGS: Selections = {
  base: 'organizationId year asOf',
  list: 'organizationId year asOf',
  one: `organizationId year asOf document { ${DOCUMENT} } organization { ${ORGANIZATION} }
    rows { branchId branch { id name } ${RESULT} }`,
};

const MEMBER_RATINGS: Selections = {
  base: 'branchId year asOf',
  list: 'branchId year asOf',
  one: `branchId year asOf document { ${DOCUMENT} } removalMonths removalDocument branch { ${ORGANIZATION} }
    rows { memberId member { id fullName } from to exempt unexcusedMonths removalGrounds ${RESULT} }`,
};

const ANNUAL_RATING: Selections = {
  base: `${ENTERED} subject year branchId memberId`,
  list: `${ENTERED} subject year branchId memberId`,
  one: `${ENTERED} subject year branchId memberId`,
};

/** The arguments of a ratings read: the organization (or branch) is the record's id, the year is meta.year. */
const byYear =
  (argument: 'organizationId' | 'branchId'): NonNullable<ResourceSpec['oneArguments']> =>
  ({ id, meta }) => ({
    declarations: `$${argument}: ID!, $year: Int!`,
    args: `${argument}: $${argument}, year: $year`,
    variables: { [argument]: String(id), year: Number((meta as { year?: unknown } | undefined)?.year) },
  });

/** The year's ratings of the branches under an organization (the "id"), meta.year. */
export const branchRatings: ResourceSpec = {
  typeName: 'BranchRatings',
  one: 'branchRatings',
  selections: BRANCH_RATINGS,
  oneArguments: byYear('organizationId'),
  sortFields: {},
  filterShape: {},
  idsFilter: false,
  ...READ_ONLY,
};

/** The year's ratings of a branch's members (the "id" is the branch), meta.year. */
export const memberRatings: ResourceSpec = {
  typeName: 'MemberRatings',
  one: 'memberRatings',
  selections: MEMBER_RATINGS,
  oneArguments: byYear('branchId'),
  sortFields: {},
  filterShape: {},
  idsFilter: false,
  ...READ_ONLY,
};

/** The fields of SetAnnualRatingInput the page sends. */
export const RATING_INPUT_FIELDS = ['year', 'branchId', 'memberId', 'points', 'level', 'note', 'decidedOn', 'version'] as const;

/**
 * The committee's part, sent whole as the editor holds it: an emptied field is sent as null (it clears), unlike a
 * record's create, which leaves blanks out; the version is that of the rating the editor started from.
 */
export function ratingInput(data: Values): Values {
  const blank = (value: unknown) => value === undefined || value === null || value === '';
  const input: Values = { year: Number(data.year), branchId: String(data.branchId) };
  if (!blank(data.memberId)) input.memberId = String(data.memberId);
  for (const field of ['points', 'level', 'note', 'decidedOn'] as const) input[field] = blank(data[field]) ? null : data[field];
  if (typeof data.version === 'number') input.version = data.version;
  return input;
}

/** The committee's part of a rating, set by subject and year (create = setAnnualRating). */
export const annualRatings: ResourceSpec = {
  typeName: 'AnnualRating',
  create: 'setAnnualRating',
  createInputType: 'SetAnnualRatingInput',
  selections: ANNUAL_RATING,
  sortFields: {},
  filterShape: {},
  idsFilter: false,
  createFields: RATING_INPUT_FIELDS,
  updateFields: [],
  createInput: (data) => ratingInput(data),
  formFields: ['points', 'level', 'note', 'decidedOn'],
};

export interface RatingDocumentRecord {
  documentNumber: string;
  documentDate: string;
  title: string;
  scale: 'POINTS' | 'LEVELS' | string;
  maxPoints: number | null;
  bands: Array<{ level: RatingLevel; min: number }>;
  bandsFromDocument: boolean;
  meetingPartMax: number;
  enteredPointsMax: number | null;
}

export interface RatingCriterionRecord {
  code: RatingCriterionCode;
  label: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  points: number | null;
  maxPoints: number;
  met: boolean | null;
  reason: string;
}

export interface EnteredRatingRecord {
  id: string;
  version: number;
  points: number | null;
  level: RatingLevel | null;
  note: string | null;
  decidedOn: string | null;
}

/** What a branch's and a member's rating share: the meeting part, the entered part, the total and level. */
export interface RatingRowRecord {
  meetingPoints: number | null;
  meetingPartMax: number;
  proposedLevel: RatingLevel | null;
  criteria: RatingCriterionRecord[];
  rating: EnteredRatingRecord | null;
  total: number | null;
  levelByPoints: RatingLevel | null;
  level: RatingLevel | null;
  pending: boolean;
}

export interface BranchRatingRecord extends RatingRowRecord {
  branchId: string;
  branch: { id: string; name: string } | null;
}

export interface MemberRatingRecord extends RatingRowRecord {
  memberId: string;
  member: { id: string; fullName: string } | null;
  from: string;
  to: string | null;
  exempt: boolean;
  unexcusedMonths: number;
  removalGrounds: boolean;
}

export interface RatedOrganization {
  id: string;
  name: string;
  kind: string;
  parent: { id: string; name: string; kind: string } | null;
  ward: { id: string; name: string } | null;
}

export interface BranchRatingsRecord {
  id: string;
  organizationId: string;
  year: number;
  asOf: string;
  document: RatingDocumentRecord;
  organization: RatedOrganization | null;
  rows: BranchRatingRecord[];
}

export interface MemberRatingsRecord {
  id: string;
  branchId: string;
  year: number;
  asOf: string;
  document: RatingDocumentRecord;
  removalMonths: number;
  removalDocument: string;
  branch: RatedOrganization | null;
  rows: MemberRatingRecord[];
}
