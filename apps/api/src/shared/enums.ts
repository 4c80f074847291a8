import { BranchKind, Gender, MemberStatus, OrganizationKind, PositionRole, WorkStatus } from '@chibo/domain';
import { registerEnumType } from 'type-graphql';

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'Level of a party organization.',
  valuesConfig: {
    WARD_COMMITTEE: { description: 'Đảng ủy phường: the ward party committee.' },
    GRASSROOTS_COMMITTEE: { description: 'Đảng ủy cơ sở: a grassroots committee under the ward committee, with branches of its own.' },
    BRANCH: { description: 'Chi bộ: a party branch.' },
    PARTY_GROUP: { description: 'Tổ đảng: a party group inside a branch.' },
  },
});
registerEnumType(BranchKind, {
  name: 'BranchKind',
  description: 'Kind of branch, each with its own typical meeting content.',
  valuesConfig: {
    RESIDENTIAL: { description: 'Chi bộ tổ dân phố (residential).' },
    ARMED_FORCES: { description: 'Lực lượng vũ trang: ward police or ward military.' },
    SCHOOL: { description: 'Trường học.' },
    AGENCY: { description: 'Cơ quan (state agency).' },
    NON_STATE_ENTERPRISE: { description: 'Doanh nghiệp ngoài khu vực nhà nước.' },
  },
});
registerEnumType(PositionRole, {
  name: 'PositionRole',
  description: 'A position held for a dated term.',
  valuesConfig: {
    WARD_SECRETARY: { description: 'Bí thư Đảng ủy.' },
    WARD_DEPUTY_SECRETARY: { description: 'Phó Bí thư Đảng ủy.' },
    WARD_STANDING_COMMITTEE_MEMBER: { description: 'Ủy viên Ban Thường vụ.' },
    WARD_COMMITTEE_MEMBER: { description: 'Đảng ủy viên.' },
    INSPECTION_COMMITTEE_MEMBER: { description: 'Ủy viên Ủy ban Kiểm tra.' },
    BRANCH_SECRETARY: { description: 'Bí thư chi bộ.' },
    BRANCH_DEPUTY_SECRETARY: { description: 'Phó Bí thư chi bộ.' },
    BRANCH_COMMITTEE_MEMBER: { description: 'Chi ủy viên (only where a branch committee is elected).' },
    GROUP_LEADER: { description: 'Tổ trưởng tổ đảng.' },
    GROUP_DEPUTY_LEADER: { description: 'Tổ phó tổ đảng.' },
  },
});
registerEnumType(MemberStatus, {
  name: 'MemberStatus',
  description: 'Official or probationary member.',
  valuesConfig: { OFFICIAL: { description: 'Đảng viên chính thức.' }, PROBATIONARY: { description: 'Đảng viên dự bị.' } },
});
registerEnumType(WorkStatus, {
  name: 'WorkStatus',
  description: 'Whether the member is working or retired.',
  valuesConfig: { WORKING: { description: 'Đang công tác.' }, RETIRED: { description: 'Đã nghỉ hưu.' } },
});
registerEnumType(Gender, { name: 'Gender', description: 'Gender as recorded in the member file.' });

export { BranchKind, Gender, MemberStatus, OrganizationKind, PositionRole, WorkStatus };
