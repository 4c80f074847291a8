import { ResolutionKind, ReviewKind, TaskStatus } from '@chibo/domain';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortInput } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import '../meeting/meeting.enums';

export enum ResolutionTaskSortField { DEADLINE = 'DEADLINE', STATUS = 'STATUS', ID = 'ID' }
registerEnumType(ResolutionTaskSortField, { name: 'ResolutionTaskSortField', description: 'Fields resolution tasks can be sorted by.' });
export const ResolutionTaskSort = SortInput(ResolutionTaskSortField, 'ResolutionTask');

@InputType({ description: 'Filters for resolutions.' })
export class ResolutionFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' }) ids?: string[];
  @Field(() => ID, { nullable: true, description: 'Issued by this meeting.' }) meetingId?: string;
  @Field(() => ID, { nullable: true, description: 'Of this branch (or below this organization with descendants).' }) organizationId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'With organizationId: include branches below it.' }) descendants?: boolean;
}

@InputType({ description: 'A task given with a resolution.' })
export class TaskFields {
  @Field(() => String, { nullable: true, description: 'The task.' }) description?: string;
  @Field(() => ID, { nullable: true, description: 'Responsible member (a member of the branch on the meeting day). Give this or ownerOrganizationId.' }) ownerMemberId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Responsible organization (the branch or one of its party groups).' }) ownerOrganizationId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Deadline, not before the meeting.' }) deadline?: string;
  @Field(() => TaskStatus, { nullable: true, description: 'State (OPEN when omitted).' }) status?: TaskStatus;
  @Field(() => DateScalar, { nullable: true, description: 'Day completed (today when marked done without one).' }) completedOn?: string | null;
}

@InputType({ description: 'A new task of a resolution given with it.' })
export class NewTaskInput extends TaskFields {
  @Field(() => String, { description: 'The task.' }) declare description: string;
  @Field(() => DateScalar, { description: 'Deadline.' }) declare deadline: string;
}

@InputType({ description: 'A new task of an existing resolution.' })
export class CreateResolutionTaskInput extends NewTaskInput {
  @Field(() => ID, { description: 'The resolution.' }) resolutionId!: string;
}

@InputType({ description: 'Changes to a task; omitted fields stay as they are.' })
export class UpdateResolutionTaskInput extends TaskFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}

@InputType({ description: 'Fields of a resolution.' })
export class ResolutionFields {
  @Field(() => ResolutionKind, { nullable: true, description: 'Resolution or conclusion.' }) kind?: ResolutionKind;
  @Field(() => String, { nullable: true, description: 'Title.' }) title?: string;
  @Field(() => String, { nullable: true, description: 'Content.' }) content?: string;
  @Field(() => String, { nullable: true, description: 'Requirements.' }) requirements?: string | null;
  @Field(() => String, { nullable: true, description: 'Measures.' }) measures?: string | null;
}

@InputType({ description: 'A resolution or conclusion issued by a held meeting, with its tasks.' })
export class CreateResolutionInput extends ResolutionFields {
  @Field(() => ID, { description: 'The meeting (held).' }) meetingId!: string;
  @Field(() => ResolutionKind, { description: 'Resolution or conclusion.' }) declare kind: ResolutionKind;
  @Field(() => String, { description: 'Title.' }) declare title: string;
  @Field(() => String, { description: 'Content.' }) declare content: string;
  @Field(() => [NewTaskInput], { nullable: true, description: 'Tasks, created in the same transaction.' }) tasks?: NewTaskInput[];
}

@InputType({ description: 'Changes to a resolution; omitted fields stay as they are.' })
export class UpdateResolutionInput extends ResolutionFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}

@InputType({ description: 'Filters for resolution tasks.' })
export class ResolutionTaskFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' }) ids?: string[];
  @Field(() => ID, { nullable: true, description: 'Tasks of this resolution.' }) resolutionId?: string;
  @Field(() => ID, { nullable: true, description: 'Of this branch (or below this organization with descendants).' }) organizationId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'With organizationId: include branches below it.' }) descendants?: boolean;
  @Field(() => [TaskStatus], { nullable: true, description: 'Only these states.' }) status?: TaskStatus[];
  @Field(() => DateScalar, { nullable: true, description: 'Only tasks overdue on this day: not done or cancelled, deadline before the day.' }) overdueOn?: string;
  @Field(() => ID, { nullable: true, description: 'Owned by this member.' }) ownerMemberId?: string;
}

@InputType({ description: 'Filters for review entries.' })
export class ResolutionReviewFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' }) ids?: string[];
  @Field(() => ID, { nullable: true, description: 'Entries of this resolution.' }) resolutionId?: string;
  @Field(() => ID, { nullable: true, description: 'Of this branch (or below this organization with descendants).' }) organizationId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'With organizationId: include branches below it.' }) descendants?: boolean;
}

@InputType({ description: 'Fields of a review entry.' })
export class ReviewFields {
  @Field(() => DateScalar, { nullable: true, description: 'Day of the review.' }) reviewedOn?: string;
  @Field(() => ReviewKind, { nullable: true, description: 'Progress, praise or correction.' }) kind?: ReviewKind;
  @Field(() => ID, { nullable: true, description: 'Member praised or corrected.' }) memberId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The meeting at which it was reviewed.' }) reviewMeetingId?: string | null;
  @Field(() => String, { nullable: true, description: 'What was said.' }) note?: string;
}

@InputType({ description: 'A monthly review entry of a resolution.' })
export class CreateResolutionReviewInput extends ReviewFields {
  @Field(() => ID, { description: 'The resolution reviewed.' }) resolutionId!: string;
  @Field(() => DateScalar, { description: 'Day of the review.' }) declare reviewedOn: string;
  @Field(() => ReviewKind, { description: 'Progress, praise or correction.' }) declare kind: ReviewKind;
  @Field(() => String, { description: 'What was said.' }) declare note: string;
}

@InputType({ description: 'Changes to a review entry.' })
export class UpdateResolutionReviewInput extends ReviewFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}
