import { BranchKind, OrganizationKind } from '@chibo/domain';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import '../../shared/enums';
import { DateRange, SortInput } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';

export enum OrganizationSortField {
  NAME = 'NAME',
  CODE = 'CODE',
  KIND = 'KIND',
  FOUNDED_ON = 'FOUNDED_ON',
  DISSOLVED_ON = 'DISSOLVED_ON',
  ID = 'ID',
}
registerEnumType(OrganizationSortField, { name: 'OrganizationSortField', description: 'Fields organizations can be sorted by; NAME follows Vietnamese alphabetical order.' });

export const ORGANIZATION_SORT_COLUMNS: Record<OrganizationSortField, string> = {
  NAME: 'sortKey', CODE: 'code', KIND: 'kind', FOUNDED_ON: 'foundedOn', DISSOLVED_ON: 'dissolvedOn', ID: 'id',
};

export const OrganizationSort = SortInput(OrganizationSortField, 'Organization');

@InputType({ description: 'Filters for organizations; all given conditions must hold. List-valued fields match any of their values (a single value is accepted too).' })
export class OrganizationFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these organizations.' })
  ids?: string[];

  @Field(() => [OrganizationKind], { nullable: true, description: 'Only these levels, e.g. BRANCH.' })
  kind?: OrganizationKind[];

  @Field(() => [BranchKind], { nullable: true, description: 'Only branches of these kinds.' })
  branchKind?: BranchKind[];

  @Field(() => ID, { nullable: true, description: 'Only organizations of this ward.' })
  wardId?: string;

  @Field(() => ID, { nullable: true, description: 'Only children of this organization (all descendants with `descendants: true`).' })
  parentId?: string;

  @Field({ nullable: true, defaultValue: false, description: 'With parentId: include every level below, not only direct children.' })
  descendants?: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Only organizations that existed on this day (the tree as of a date).' })
  asOf?: string;

  @Field(() => String, { nullable: true, description: 'Words to find in the code or name, ignoring Vietnamese diacritics ("duc giang" finds "Đức Giang").' })
  search?: string;

  @Field(() => DateRange, { nullable: true, description: 'Founded within this range.' })
  foundedOn?: DateRange;

  @Field(() => DateRange, { nullable: true, description: 'Dissolved within this range.' })
  dissolvedOn?: DateRange;

  @Field({ nullable: true, description: 'true: only dissolved ones; false: only those not dissolved.' })
  dissolved?: boolean;
}

@InputType({ description: 'A new organization.' })
export class CreateOrganizationInput {
  @Field(() => ID, { description: 'The ward it belongs to.' })
  wardId!: string;

  @Field(() => ID, { nullable: true, description: 'The organization directly above (none for a ward committee).' })
  parentId?: string | null;

  @Field(() => OrganizationKind, { description: 'Level in the tree.' })
  kind!: OrganizationKind;

  @Field(() => BranchKind, { nullable: true, description: 'Kind of branch (required for branches).' })
  branchKind?: BranchKind | null;

  @Field({ description: 'Code, unique among the parent’s children.' })
  code!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => DateScalar, { description: 'Day founded.' })
  foundedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day dissolved, if already.' })
  dissolvedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Address.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  note?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Organizations this one was formed from (merger, split, reorganisation).' })
  predecessorIds?: string[];
}

@InputType({ description: 'Changes to an organization; omitted fields stay as they are. The parent cannot change: a move is recorded by dissolving and founding a successor, so the past stays true.' })
export class UpdateOrganizationInput {
  @Field(() => Int, { nullable: true, description: 'The version you edited; a stale one is refused with CONFLICT.' })
  version?: number;

  @Field(() => BranchKind, { nullable: true, description: 'Kind of branch.' })
  branchKind?: BranchKind | null;

  @Field({ nullable: true, description: 'Code.' })
  code?: string;

  @Field({ nullable: true, description: 'Name.' })
  name?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day founded.' })
  foundedOn?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day dissolved (null to clear).' })
  dissolvedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Address.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  note?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the list of predecessors.' })
  predecessorIds?: string[];
}
