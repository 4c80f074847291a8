import { todayInVietnam } from '@chibo/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.type';
import { Access } from '../../shared/auth-guard';
import { parseId } from '../../shared/errors';
import { scoped } from '../../shared/scope';
import { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { AnnualRating } from './annual-rating.entity';
import { RatingSubject } from './annual-rating.enums';
import { SetAnnualRatingInput } from './annual-rating.input';
import { branchRatings, memberRatings, setAnnualRating } from './annual-rating.service';
import { BranchRatingsType, BranchRatingType, MemberRatingsType, MemberRatingType } from './annual-rating.type';

@Resolver(() => AnnualRating)
export class AnnualRatingResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => BranchRatingsType, { nullable: true, description: 'The year’s annual ratings of the branches under an organization: the meeting-quality part computed from the year’s figures (criteria, points or proposed level), the committee’s part, total and level under the rule set in force on the year’s last day (366-QĐ/TW from 2025). Null outside your scope.' })
  branchRatings(
    @Ctx() { em, viewer }: Context,
    @Arg('organizationId', () => ID, { description: 'The committee (or branch) whose branches to rate.' }) organizationId: string,
    @Arg('year', () => Int, { description: 'The year, up to the current one (figures count to today).' }) year: number,
  ) {
    return branchRatings(em, viewer?.scopePath ?? '/', organizationId, year, todayInVietnam());
  }

  @Authorized(Access.READ_PERSONAL)
  @Query(() => MemberRatingsType, { nullable: true, description: 'The year’s annual ratings of a branch’s members (personal data: roles that read it): attendance, absences without a reason and grounds for removal, excused runs, task, the committee’s part, total and level. Null outside your scope.' })
  memberRatings(
    @Ctx() { em, viewer }: Context,
    @Arg('branchId', () => ID, { description: 'The branch.' }) branchId: string,
    @Arg('year', () => Int, { description: 'The year, up to the current one.' }) year: number,
  ) {
    return memberRatings(em, viewer?.scopePath ?? '/', branchId, year, todayInVietnam());
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => AnnualRating, { nullable: true, description: 'One entered rating by id, or null (outside your scope, or a member’s rating for a role that may not read personal data).' })
  async annualRating(@Ctx() { em, viewer }: Context, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    const row = await em.findOne(AnnualRating, { id: parseId(id, 'id'), ...scoped('branch', viewer?.scopePath ?? '/') });
    return row && (row.subject === RatingSubject.BRANCH || viewer?.can.readPersonalData !== false) ? row : null;
  }

  @Authorized(Access.RATE)
  @Mutation(() => AnnualRating, { description: 'Sets the committee’s part of a year’s rating (upsert by subject and year): for a branch by committee members and the party office; for a member also by the branch’s secretary.' })
  setAnnualRating(@Ctx() { em }: Context, @Arg('input', () => SetAnnualRatingInput) input: SetAnnualRatingInput) {
    return setAnnualRating(em, input, todayInVietnam());
  }

  @FieldResolver(() => ID, { description: 'Id of the branch rated, or of the member’s branch.' })
  branchId(@Root() row: AnnualRating): string { return String(row.branch.id); }

  @FieldResolver(() => Organization, { nullable: true, description: 'The branch.' })
  branch(@Root() row: AnnualRating, @Ctx() { loaders }: Context) { return loaders.organization().load(row.branch.id); }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the member rated; null for a branch’s rating.' })
  memberId(@Root() row: AnnualRating): string | null { return row.member ? String(row.member.id) : null; }

  @FieldResolver(() => Member, { nullable: true, description: 'The member rated.' })
  member(@Root() row: AnnualRating, @Ctx() { loaders }: Context) { return row.member ? loaders.member().load(row.member.id) : null; }
}

@Resolver(() => BranchRatingType)
export class BranchRatingResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The branch.' })
  branch(@Root() row: BranchRatingType, @Ctx() { loaders }: Context) { return loaders.organization().load(Number(row.branchId)); }
}

@Resolver(() => MemberRatingType)
export class MemberRatingResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The member.' })
  member(@Root() row: MemberRatingType, @Ctx() { loaders }: Context) { return loaders.member().load(Number(row.memberId)); }
}

@Resolver(() => BranchRatingsType)
export class BranchRatingsResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization asked for.' })
  organization(@Root() row: BranchRatingsType, @Ctx() { loaders }: Context) { return loaders.organization().load(Number(row.organizationId)); }
}

@Resolver(() => MemberRatingsType)
export class MemberRatingsResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The branch.' })
  branch(@Root() row: MemberRatingsType, @Ctx() { loaders }: Context) { return loaders.organization().load(Number(row.branchId)); }
}
