import { AssignmentKind, PilotKind } from '@chibo/domain';
import { describeEnum } from '../../shared/describe-enum';

describeEnum(AssignmentKind, 'AssignmentKind', 'How a committee member is assigned to a branch.', {
  IN_CHARGE: 'Phụ trách chi bộ: attends it at least once a quarter during the term.', ROTATION: 'Dự sinh hoạt luân phiên: a standing committee member’s visit in one quarter.',
});
describeEnum(PilotKind, 'PilotKind', 'What a pilot branch (chi bộ điểm) pilots in a year.', {
  REGULAR_MEETING: 'Sinh hoạt định kỳ.', THEMATIC_MEETING: 'Sinh hoạt chuyên đề.', PARTY_GROUP_MEETING: 'Sinh hoạt theo tổ đảng (chi bộ đông đảng viên).',
});

export { AssignmentKind, PilotKind };
