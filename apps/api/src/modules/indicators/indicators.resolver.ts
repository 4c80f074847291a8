import { BranchKind, IndicatorCode } from '@chibo/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.type';
import { Access } from '../../shared/auth-guard';
import { DateScalar } from '../../shared/scalars';
import { Meeting } from '../meeting/meeting.entity';
import { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { ResolutionTask } from '../resolution/resolution-task.entity';
import { indicatorRows, indicators } from './indicators.service';
import { IndicatorGroup, IndicatorGroupRow, IndicatorRow, IndicatorRowPage, Indicators, PeriodInput } from './indicators.type';

const SCOPE = 'The organization to count with everything below it (a branch, a committee, a ward’s committee); omitted: your own organization (the whole database for a root-level reader).';

@Resolver(() => Indicators)
export class IndicatorsResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => Indicators, { nullable: true, description: 'The plan’s four figures and those tracked beside them (supervision coverage, pilots, resolution tasks on time, documents on time) for a scope and a period, in total and grouped, against the structure as it stood then and judged by the rule sets in force; each figure with numerator, denominator, rate, target, documents and its counting convention. Null outside your scope.' })
  indicators(
    @Ctx() { em, viewer }: Context,
    @Arg('period', () => PeriodInput, { description: 'The period: month, quarter, year or a range of months.' }) period: PeriodInput,
    @Arg('scopeId', () => ID, { nullable: true, description: SCOPE }) scopeId?: string,
    @Arg('groupBy', () => [IndicatorGroup], { nullable: true, description: 'Split by organization, branch, branch kind, month and/or quarter.' }) groupBy?: IndicatorGroup[],
    @Arg('codes', () => [IndicatorCode], { nullable: true, description: 'Only these figures (all when omitted).' }) codes?: IndicatorCode[],
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Count up to this day (today when omitted).' }) asOf?: string,
  ) {
    return indicators(em, viewer?.scopePath ?? '/', { scopeId, period, groupBy, codes, asOf });
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => IndicatorRowPage, { nullable: true, description: 'The rows behind a figure: which branches (per month or quarter), meetings, members or tasks make its numerator and denominator; optionally only the counted (or uncounted) rows and only one group’s. Null outside your scope.' })
  indicatorRows(
    @Ctx() { em, viewer }: Context,
    @Arg('period', () => PeriodInput, { description: 'The period, as for indicators.' }) period: PeriodInput,
    @Arg('code', () => IndicatorCode, { description: 'The figure.' }) code: IndicatorCode,
    @Arg('scopeId', () => ID, { nullable: true, description: SCOPE }) scopeId?: string,
    @Arg('counted', () => Boolean, { nullable: true, description: 'Only rows counted in the numerator (true) or only those not (false).' }) counted?: boolean,
    @Arg('organizationId', () => ID, { nullable: true, description: 'Only branches under this organization (a group of ORGANIZATION or BRANCH).' }) organizationId?: string,
    @Arg('branchKind', () => BranchKind, { nullable: true, description: 'Only branches of this kind.' }) branchKind?: BranchKind,
    @Arg('month', () => String, { nullable: true, description: 'Only this month, YYYY-MM.' }) month?: string,
    @Arg('quarter', () => String, { nullable: true, description: 'Only this quarter, YYYY-Qn.' }) quarter?: string,
    @Arg('offset', () => Int, { nullable: true, description: 'Rows to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, description: 'Rows to return (at most 500; 50 when omitted).' }) limit?: number,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Count up to this day (today when omitted).' }) asOf?: string,
  ) {
    return indicatorRows(em, viewer?.scopePath ?? '/', { scopeId, period, code, counted, organizationId, branchKind, month, quarter, offset, limit, asOf });
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization counted; null for the whole database.' })
  scope(@Root() row: Indicators, @Ctx() { loaders }: Context) { return row.scopeId ? loaders.organization().load(Number(row.scopeId)) : null; }
}

@Resolver(() => IndicatorGroupRow)
export class IndicatorGroupRowResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization of the group (ORGANIZATION), or the branch (BRANCH).' })
  organization(@Root() row: IndicatorGroupRow, @Ctx() { loaders }: Context) {
    const id = row.organizationId ?? row.branchId;
    return id ? loaders.organization().load(Number(id)) : null;
  }
}

@Resolver(() => IndicatorRow)
export class IndicatorRowResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The branch.' })
  branch(@Root() row: IndicatorRow, @Ctx() { loaders }: Context) { return row.branchId ? loaders.organization().load(Number(row.branchId)) : null; }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The meeting.' })
  meeting(@Root() row: IndicatorRow, @Ctx() { loaders }: Context) { return row.meetingId ? loaders.meeting().load(Number(row.meetingId)) : null; }

  @FieldResolver(() => Member, { nullable: true, description: 'The member (personal fields as your role may read them).' })
  member(@Root() row: IndicatorRow, @Ctx() { loaders }: Context) { return row.memberId ? loaders.member().load(Number(row.memberId)) : null; }

  @FieldResolver(() => ResolutionTask, { nullable: true, description: 'The resolution task.' })
  task(@Root() row: IndicatorRow, @Ctx() { loaders }: Context) { return row.taskId ? loaders.resolutionTask().load(Number(row.taskId)) : null; }
}
