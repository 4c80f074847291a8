import { RatingCriterionCode, RatingLevel, RatingSubject } from '@chibo/domain';
import { describeEnum } from '../../shared/describe-enum';

describeEnum(RatingLevel, 'RatingLevel', 'The four levels of the annual quality rating, best first.', {
  OUTSTANDING: 'Hoàn thành xuất sắc nhiệm vụ.', GOOD: 'Hoàn thành tốt nhiệm vụ.', COMPLETED: 'Hoàn thành nhiệm vụ.', NOT_COMPLETED: 'Không hoàn thành nhiệm vụ.',
});
describeEnum(RatingSubject, 'RatingSubject', 'Who an annual rating is about.', { BRANCH: 'A branch (the collective).', MEMBER: 'A member.' });
describeEnum(RatingCriterionCode, 'RatingCriterionCode', 'Criteria of the meeting-quality part of the annual rating (the ward’s criteria, see WARD_MEETING_CRITERIA in the domain).', {
  REGULAR_HELD: 'Branch: regular meetings held / months expected (the branch existed on the month’s first day; a month not yet over counts once its meeting is held).',
  THEMATIC_HELD: 'Branch: quarters with a thematic or combined meeting / quarters it existed through (a quarter not yet over counts once its meeting is held).',
  ATTENDANCE: 'Branch: present ÷ expected attendees pooled over its regular and combined meetings of the year.',
  MEMBERS_TASKED: 'Branch: working members (not retired, not exempt) on the as-of day holding a task for the year from any branch / working members.',
  CONTENT_COMPLETE: 'Branch: meetings held with every procedure step and enough length / meetings held in the year.',
  MEMBER_ATTENDANCE: 'Member: regular and combined meetings of the year attended / those expected of them (exempt and special duty left out).',
  UNEXCUSED_ABSENCES: 'Member: meetings of the year missed without a reason.',
  EXCUSED_RUN: 'Member: the longest run of excused absences in a row in the year (exclusions apart).',
  HAS_TASK: 'Member: holds a task for the year from any branch.',
});

export { RatingCriterionCode, RatingLevel, RatingSubject };
