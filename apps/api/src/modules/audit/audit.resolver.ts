import { Authorized, Arg, Ctx, Field, ID, InputType, Int, Query, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth-guard';
import type { Context } from '../../context.type';
import { and, dateRangeConditionFor, listPage } from '../../shared/crud';
import { parseId } from '../../shared/errors';
import { DateRange, Page } from '../../shared/pagination';
import { AuditAction, AuditEntry } from './audit-entry.entity';

const AuditEntryPage = Page(AuditEntry, 'AuditEntry');

/**
 * The entries a viewer may read: about records of their subtree (by the record's place in the tree when it changed,
 * whoever changed it), and about records above the tree (wards, rule sets). An inspector of one ward never reads
 * another ward's changes, whose before and after values hold personal data.
 */
function auditScope(scopePath: string): object | undefined {
  if (scopePath === '/') return undefined;
  return { $or: [{ scopePath: null }, { scopePath: { $like: `${scopePath}%` } }] };
}
type AuditEntryPage = InstanceType<typeof AuditEntryPage>;

@InputType({ description: 'Filters for the audit trail; all given conditions must hold.' })
class AuditEntryFilter {
  @Field(() => ID, { nullable: true, description: 'Entries of this user.' }) userId?: string;
  @Field(() => String, { nullable: true, description: 'Entries of this login name.' }) username?: string;
  @Field(() => [String], { nullable: true, description: 'Entity types, e.g. "Member".' }) entity?: string[];
  @Field(() => String, { nullable: true, description: 'Id of the changed record.' }) entityId?: string;
  @Field(() => [AuditAction], { nullable: true, description: 'Actions.' }) action?: AuditAction[];
  @Field(() => DateRange, { nullable: true, description: 'Days (Vietnam calendar days are close enough; stored in UTC).' }) at?: DateRange;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Access.AUDIT)
  @Query(() => AuditEntryPage, { description: 'The audit trail, newest first (administrators and inspectors).' })
  async auditEntries(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => AuditEntryFilter, { nullable: true }) filter?: AuditEntryFilter,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<AuditEntryPage> {
    const at = filter?.at ? { from: filter.at.from ? `${filter.at.from}T00:00:00.000Z` : undefined, to: filter.at.to ? `${filter.at.to}T23:59:59.999Z` : undefined } : undefined;
    const where = and(
      auditScope(viewer?.scopePath ?? '/'),
      filter?.userId != null && { userId: parseId(filter.userId, 'filter.userId') },
      filter?.username && { username: filter.username.trim().toLowerCase() },
      filter?.entity?.length && { entity: { $in: filter.entity } },
      filter?.entityId && { entityId: filter.entityId },
      filter?.action?.length && { action: { $in: filter.action } },
      at && dateRangeConditionFor('at', { from: at.from ? new Date(at.from) : undefined, to: at.to ? new Date(at.to) : undefined } as never),
    );
    return listPage(em, AuditEntry, where, [{ id: 'desc' }] as never, offset, limit);
  }

  @Authorized(Access.AUDIT)
  @Query(() => AuditEntry, { nullable: true, description: 'One audit entry by id.' })
  auditEntry(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string): Promise<AuditEntry | null> {
    return em.findOne(AuditEntry, and({ id: parseId(id, 'id') }, auditScope(viewer?.scopePath ?? '/')) as never);
  }
}
