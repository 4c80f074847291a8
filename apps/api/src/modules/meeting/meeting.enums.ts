import {
  AttendanceExclusion, AttendanceStatus, GuestRole, MeetingForm, MeetingKind, ProcedureStep, ResolutionKind, ReviewKind, TaskStatus,
  ThematicTopicArea,
} from '@chibo/domain';
import { describeEnum } from '../../shared/describe-enum';

describeEnum(MeetingKind, 'MeetingKind', 'Kind of branch meeting.', {
  REGULAR: 'Sinh hoạt thường kỳ: the monthly regular meeting.', THEMATIC: 'Sinh hoạt chuyên đề: the quarterly thematic meeting.',
  COMBINED: 'A regular and a thematic meeting held together; counts as both.',
});
describeEnum(MeetingForm, 'MeetingForm', 'Basic forms of meeting content; one meeting may combine them.', {
  POLITICAL: 'Sinh hoạt chính trị.', STUDY: 'Sinh hoạt học tập.', THEMATIC: 'Sinh hoạt chuyên đề.',
});
describeEnum(ProcedureStep, 'ProcedureStep', 'Steps of a regular meeting, in order (12-HD/BTCTW, 2018).', {
  GUESTS_INTRODUCED: 'Giới thiệu đại biểu.', ATTENDANCE_REPORTED: 'Báo cáo tình hình đảng viên dự họp, vắng mặt và lý do.',
  AGENDA_ADOPTED: 'Thông qua chương trình.', MINUTE_TAKER_NAMED: 'Cử thư ký.',
  LAST_RESOLUTION_REVIEWED: 'Đánh giá thực hiện nghị quyết tháng trước.', NEXT_TASKS_DISCUSSED: 'Thảo luận nhiệm vụ tháng tới.',
  RESOLUTION_VOTED: 'Kết luận và biểu quyết nghị quyết.', MINUTES_ADOPTED: 'Thông qua biên bản.',
});
describeEnum(AttendanceStatus, 'AttendanceStatus', 'How a member stood at a meeting.', {
  PRESENT: 'Có mặt.', EXCUSED: 'Vắng có lý do.', UNEXCUSED: 'Vắng không lý do.',
});
describeEnum(AttendanceExclusion, 'AttendanceExclusion', 'Why a member is left out of the expected attendees on the meeting date.', {
  EXEMPT: 'Miễn công tác và sinh hoạt đảng.', SPECIAL_DUTY: 'Lực lượng vũ trang làm nhiệm vụ đặc biệt.',
});
describeEnum(GuestRole, 'GuestRole', 'Who a guest of a meeting is.', {
  COMMITTEE_MEMBER: 'Cấp ủy viên cấp trên dự sinh hoạt.', OBSERVING_SECRETARY: 'Bí thư chi bộ khác dự để học tập.', OTHER: 'Khách mời khác.',
});
describeEnum(ResolutionKind, 'ResolutionKind', 'Nghị quyết or kết luận.', {
  RESOLUTION: 'Nghị quyết.', CONCLUSION: 'Kết luận.',
});
describeEnum(TaskStatus, 'TaskStatus', 'State of a resolution task.', {
  OPEN: 'Chưa thực hiện.', IN_PROGRESS: 'Đang thực hiện.', DONE: 'Đã hoàn thành.', CANCELLED: 'Hủy.',
});
describeEnum(ReviewKind, 'ReviewKind', 'A monthly review entry on a resolution.', {
  PROGRESS: 'Tiến độ.', PRAISE: 'Biểu dương.', CORRECTION: 'Nhắc nhở, phê bình.',
});
describeEnum(ThematicTopicArea, 'ThematicTopicArea', 'Topic areas of thematic meetings named by the plan.', {
  HO_CHI_MINH_THOUGHT: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
  POLITICAL_THEORY: 'Lý luận chính trị, chuyên môn nghiệp vụ.', DIRECTIVES_AND_LAWS: 'Thực hiện chỉ thị, nghị quyết, pháp luật.',
  PARTY_BUILDING: 'Xây dựng Đảng.', ANTI_CORRUPTION: 'Phòng chống tham nhũng, lãng phí.', OTHER: 'Chủ đề khác.',
});

export { AttendanceExclusion, AttendanceStatus, GuestRole, MeetingForm, MeetingKind, ProcedureStep, ResolutionKind, ReviewKind, TaskStatus, ThematicTopicArea };
