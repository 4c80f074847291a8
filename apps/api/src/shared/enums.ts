import { BranchKind, Gender, MemberStatus, OrganizationKind, PositionRole, WorkStatus } from '@chibo/domain';
import { describeEnum } from './describe-enum';

describeEnum(OrganizationKind, 'OrganizationKind', 'Level of a party organization.', {
  WARD_COMMITTEE: 'Đảng ủy phường: the ward party committee.',
  GRASSROOTS_COMMITTEE: 'Đảng ủy cơ sở: a grassroots committee under the ward committee, with branches of its own.',
  BRANCH: 'Chi bộ: a party branch.', PARTY_GROUP: 'Tổ đảng: a party group inside a branch.',
});
describeEnum(BranchKind, 'BranchKind', 'Kind of branch, each with its own typical meeting content.', {
  RESIDENTIAL: 'Chi bộ tổ dân phố (residential).', ARMED_FORCES: 'Lực lượng vũ trang: ward police or ward military.', SCHOOL: 'Trường học.',
  AGENCY: 'Cơ quan (state agency).', NON_STATE_ENTERPRISE: 'Doanh nghiệp ngoài khu vực nhà nước.',
});
describeEnum(PositionRole, 'PositionRole', 'A position held for a dated term.', {
  WARD_SECRETARY: 'Bí thư Đảng ủy.', WARD_DEPUTY_SECRETARY: 'Phó Bí thư Đảng ủy.', WARD_STANDING_COMMITTEE_MEMBER: 'Ủy viên Ban Thường vụ.',
  WARD_COMMITTEE_MEMBER: 'Đảng ủy viên.', INSPECTION_COMMITTEE_MEMBER: 'Ủy viên Ủy ban Kiểm tra.', BRANCH_SECRETARY: 'Bí thư chi bộ.',
  BRANCH_DEPUTY_SECRETARY: 'Phó Bí thư chi bộ.', BRANCH_COMMITTEE_MEMBER: 'Chi ủy viên (only where a branch committee is elected).',
  GROUP_LEADER: 'Tổ trưởng tổ đảng.', GROUP_DEPUTY_LEADER: 'Tổ phó tổ đảng.',
});
describeEnum(MemberStatus, 'MemberStatus', 'Official or probationary member.', {
  OFFICIAL: 'Đảng viên chính thức.', PROBATIONARY: 'Đảng viên dự bị.',
});
describeEnum(WorkStatus, 'WorkStatus', 'Whether the member is working or retired.', {
  WORKING: 'Đang công tác.', RETIRED: 'Đã nghỉ hưu.',
});
describeEnum(Gender, 'Gender', 'Gender as recorded in the member file.');

export { BranchKind, Gender, MemberStatus, OrganizationKind, PositionRole, WorkStatus };
