import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateRange, SortInput } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';

export enum WardSortField {
  NAME = 'NAME',
  CODE = 'CODE',
  FOUNDED_ON = 'FOUNDED_ON',
  ID = 'ID',
}
registerEnumType(WardSortField, { name: 'WardSortField', description: 'Fields wards can be sorted by; NAME follows Vietnamese alphabetical order.' });
export const WARD_SORT_COLUMNS: Record<WardSortField, string> = { NAME: 'sortKey', CODE: 'code', FOUNDED_ON: 'foundedOn', ID: 'id' };
export const WardSort = SortInput(WardSortField, 'Ward');

@InputType({ description: 'Filters for wards; all given conditions must hold.' })
export class WardFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these wards.' })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Words to find in code or name, ignoring diacritics.' })
  search?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Only wards that existed on this day.' })
  asOf?: string;

  @Field(() => DateRange, { nullable: true, description: 'Founded within this range.' })
  foundedOn?: DateRange;
}

@InputType({ description: 'A new ward.' })
export class CreateWardInput {
  @Field({ description: 'Code, unique among wards.' })
  code!: string;

  @Field({ description: 'Official name.' })
  name!: string;

  @Field(() => DateScalar, { description: 'Day established.' })
  foundedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day dissolved or merged away.' })
  dissolvedOn?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Wards it was merged from.' })
  mergedFromIds?: string[];
}

@InputType({ description: 'Changes to a ward; omitted fields stay as they are.' })
export class UpdateWardInput {
  @Field(() => Int, { nullable: true, description: 'The version you edited; a stale one is refused with CONFLICT.' })
  version?: number;

  @Field({ nullable: true, description: 'Code.' })
  code?: string;

  @Field({ nullable: true, description: 'Name.' })
  name?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day established.' })
  foundedOn?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day dissolved (null to clear).' })
  dissolvedOn?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the list of wards it was merged from.' })
  mergedFromIds?: string[];
}
