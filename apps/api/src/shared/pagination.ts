import { type ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AppError, ErrorCode } from './errors';
import { DateScalar } from './scalars';

/** The largest page a list returns; larger requests are refused, not silently cut. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending order.' });

/** Checks offset and limit and returns them as numbers. */
export function pageWindow(offset: number | undefined, limit: number | undefined): { offset: number; limit: number } {
  const o = offset ?? 0;
  const l = limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(o) || o < 0) throw new AppError(ErrorCode.BAD_USER_INPUT, 'offset: phải là số nguyên không âm.', 'offset');
  if (!Number.isInteger(l) || l < 1 || l > MAX_PAGE_SIZE) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `limit: từ 1 đến ${MAX_PAGE_SIZE}.`, 'limit');
  }
  return { offset: o, limit: l };
}

/** Builds the page type of a list: the items of one page and the total count matching the filter. */
export function Page<T extends object>(itemType: ClassType<T>, name: string) {
  @ObjectType(`${name}Page`, { description: `One page of ${name} records and the total matching the filter.` })
  abstract class PageClass {
    @Field(() => [itemType], { description: 'The records of this page, in the requested order.' })
    items!: T[];

    @Field(() => Int, { description: 'How many records match the filter in all pages.' })
    total!: number;

    @Field(() => Int, { description: 'Records skipped before this page.' })
    offset!: number;

    @Field(() => Int, { description: 'Page size used (at most 100).' })
    limit!: number;
  }
  return PageClass;
}

/** Builds the sort input of a list for its enum of sortable fields. */
export function SortInput<E extends object>(fieldEnum: E, name: string) {
  @InputType(`${name}Sort`, { description: `One sort key for ${name} lists.` })
  class SortClass {
    @Field(() => fieldEnum, { description: 'The field to sort by.' })
    field!: E[keyof E];

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction, ascending by default.' })
    direction!: SortDirection;
  }
  return SortClass;
}

/** A range of dates; both ends included so "from 2025-01-01 to 2025-12-31" reads as people say it. */
@InputType({ description: 'A range of calendar days, both ends included; either end may be left open.' })
export class DateRange {
  @Field(() => DateScalar, { nullable: true, description: 'First day (YYYY-MM-DD), included.' })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day (YYYY-MM-DD), included.' })
  to?: string;
}

/** Turns a date range into a MikroORM condition (both ends included). */
export function dateRangeCondition(range: DateRange | undefined | null): Record<string, string> | undefined {
  if (!range || (range.from == null && range.to == null)) return undefined;
  const cond: Record<string, string> = {};
  if (range.from != null) cond.$gte = range.from;
  if (range.to != null) cond.$lte = range.to;
  return cond;
}
