import {
  AttendanceExclusion, AttendanceStatus, GuestRole, MeetingForm, MeetingKind, ProcedureStep, ResolutionKind, ReviewKind, TaskStatus,
  ThematicTopicArea,
} from '@chibo/domain';
import { registerEnumType } from 'type-graphql';

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: 'Kind of branch meeting.',
  valuesConfig: {
    REGULAR: { description: 'Sinh hoạt thường kỳ: the monthly regular meeting.' },
    THEMATIC: { description: 'Sinh hoạt chuyên đề: the quarterly thematic meeting.' },
    COMBINED: { description: 'A regular and a thematic meeting held together; counts as both.' },
  },
});
registerEnumType(MeetingForm, {
  name: 'MeetingForm',
  description: 'Basic forms of meeting content; one meeting may combine them.',
  valuesConfig: {
    POLITICAL: { description: 'Sinh hoạt chính trị.' }, STUDY: { description: 'Sinh hoạt học tập.' }, THEMATIC: { description: 'Sinh hoạt chuyên đề.' },
  },
});
registerEnumType(ProcedureStep, {
  name: 'ProcedureStep',
  description: 'Steps of a regular meeting, in order (12-HD/BTCTW, 2018).',
  valuesConfig: {
    GUESTS_INTRODUCED: { description: 'Giới thiệu đại biểu.' },
    ATTENDANCE_REPORTED: { description: 'Báo cáo tình hình đảng viên dự họp, vắng mặt và lý do.' },
    AGENDA_ADOPTED: { description: 'Thông qua chương trình.' },
    MINUTE_TAKER_NAMED: { description: 'Cử thư ký.' },
    LAST_RESOLUTION_REVIEWED: { description: 'Đánh giá thực hiện nghị quyết tháng trước.' },
    NEXT_TASKS_DISCUSSED: { description: 'Thảo luận nhiệm vụ tháng tới.' },
    RESOLUTION_VOTED: { description: 'Kết luận và biểu quyết nghị quyết.' },
    MINUTES_ADOPTED: { description: 'Thông qua biên bản.' },
  },
});
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'How a member stood at a meeting.',
  valuesConfig: {
    PRESENT: { description: 'Có mặt.' }, EXCUSED: { description: 'Vắng có lý do.' }, UNEXCUSED: { description: 'Vắng không lý do.' },
  },
});
registerEnumType(AttendanceExclusion, {
  name: 'AttendanceExclusion',
  description: 'Why a member is left out of the expected attendees on the meeting date.',
  valuesConfig: {
    EXEMPT: { description: 'Miễn công tác và sinh hoạt đảng.' }, SPECIAL_DUTY: { description: 'Lực lượng vũ trang làm nhiệm vụ đặc biệt.' },
  },
});
registerEnumType(GuestRole, {
  name: 'GuestRole',
  description: 'Who a guest of a meeting is.',
  valuesConfig: {
    COMMITTEE_MEMBER: { description: 'Cấp ủy viên cấp trên dự sinh hoạt.' },
    OBSERVING_SECRETARY: { description: 'Bí thư chi bộ khác dự để học tập.' },
    OTHER: { description: 'Khách mời khác.' },
  },
});
registerEnumType(ResolutionKind, {
  name: 'ResolutionKind', description: 'Nghị quyết or kết luận.',
  valuesConfig: { RESOLUTION: { description: 'Nghị quyết.' }, CONCLUSION: { description: 'Kết luận.' } },
});
registerEnumType(TaskStatus, {
  name: 'TaskStatus', description: 'State of a resolution task.',
  valuesConfig: {
    OPEN: { description: 'Chưa thực hiện.' }, IN_PROGRESS: { description: 'Đang thực hiện.' }, DONE: { description: 'Đã hoàn thành.' }, CANCELLED: { description: 'Hủy.' },
  },
});
registerEnumType(ReviewKind, {
  name: 'ReviewKind', description: 'A monthly review entry on a resolution.',
  valuesConfig: { PROGRESS: { description: 'Tiến độ.' }, PRAISE: { description: 'Biểu dương.' }, CORRECTION: { description: 'Nhắc nhở, phê bình.' } },
});
registerEnumType(ThematicTopicArea, {
  name: 'ThematicTopicArea', description: 'Topic areas of thematic meetings named by the plan.',
  valuesConfig: {
    HO_CHI_MINH_THOUGHT: { description: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.' },
    POLITICAL_THEORY: { description: 'Lý luận chính trị, chuyên môn nghiệp vụ.' },
    DIRECTIVES_AND_LAWS: { description: 'Thực hiện chỉ thị, nghị quyết, pháp luật.' },
    PARTY_BUILDING: { description: 'Xây dựng Đảng.' },
    ANTI_CORRUPTION: { description: 'Phòng chống tham nhũng, lãng phí.' },
    OTHER: { description: 'Chủ đề khác.' },
  },
});

export { AttendanceExclusion, AttendanceStatus, GuestRole, MeetingForm, MeetingKind, ProcedureStep, ResolutionKind, ReviewKind, TaskStatus, ThematicTopicArea };
