/**
 * Vietnamese texts of sign-in, roles and the audit log, kept apart from vi-app.ts to keep both files short;
 * vi-app.ts places them in the message tree, and en-access.ts must match their shapes.
 */

export const accessEnums = {
  Role: {
    ADMINISTRATOR: 'Quản trị (Văn phòng Đảng ủy)',
    COMMITTEE_MEMBER: 'Cấp ủy viên',
    BRANCH_SECRETARY: 'Bí thư chi bộ',
    INSPECTOR: 'Cán bộ kiểm tra',
    ANALYST: 'Cán bộ tổng hợp, thống kê',
  },
  AuditAction: {
    CREATE: 'Thêm mới',
    UPDATE: 'Sửa',
    DELETE: 'Xóa',
    LOGIN: 'Đăng nhập',
    LOGOUT: 'Đăng xuất',
    PASSWORD_CHANGE: 'Đổi mật khẩu',
  },
};

export const auditEntriesResource = {
  name: 'Nhật ký thay đổi |||| Nhật ký thay đổi',
  fields: {
    id: 'Số thứ tự',
    at: 'Thời điểm',
    userId: 'Mã người dùng',
    username: 'Người thực hiện',
    ip: 'Địa chỉ IP',
    action: 'Thao tác',
    entity: 'Loại bản ghi',
    entityId: 'Mã bản ghi',
    before: 'Trước',
    after: 'Sau',
    hash: 'Mã kiểm tra',
    previousHash: 'Mã kiểm tra của dòng trước',
    changes: 'Nội dung',
    at_gte: 'Từ ngày',
    at_lte: 'Đến ngày',
  },
};

export const authTexts = {
  title: 'Đăng nhập hệ thống',
  intro: 'Quản lý tổ chức đảng và đảng viên của Đảng ủy phường. Dùng tài khoản do Văn phòng Đảng ủy cấp; quên mật khẩu, hãy liên hệ Văn phòng.',
  wrong_credentials: 'Sai tên đăng nhập hoặc mật khẩu.',
  // The API locks an account for 15 minutes after 5 failures (SESSION_POLICY in @chibo/domain).
  too_many_attempts: 'Đăng nhập sai nhiều lần từ máy này. Vui lòng chờ %{seconds} giây rồi thử lại; nếu quên mật khẩu, hãy liên hệ Văn phòng Đảng ủy.',
  session_expired: 'Phiên làm việc đã hết, vui lòng đăng nhập lại.',
  signed_in_as: 'Đăng nhập với vai trò',
  change_password: 'Đổi mật khẩu',
  current_password: 'Mật khẩu hiện tại',
  new_password: 'Mật khẩu mới',
  confirm_password: 'Nhập lại mật khẩu mới',
  password_hint: 'Ít nhất %{min} ký tự. Nên dùng một câu dễ nhớ với bạn nhưng khó đoán với người khác.',
  password_changed: 'Đã đổi mật khẩu.',
  passwords_differ: 'Hai lần nhập mật khẩu mới không khớp',
  same_password: 'Mật khẩu mới phải khác mật khẩu hiện tại',
  personal_hidden: 'Vai trò của bạn không xem được thông tin cá nhân của đảng viên (ngày sinh, số định danh, điện thoại, email, nơi cư trú).',
  my_branch: 'Chi bộ của tôi',
};

export const auditTexts = {
  /** Entities that are no panel resource (those are named by resources.<name>.name). */
  entities: {
    User: 'Tài khoản',
  },
  fields: {
    id: 'Mã số',
    version: 'Phiên bản',
    createdAt: 'Tạo lúc',
    updatedAt: 'Sửa lúc',
    username: 'Tên đăng nhập',
    displayName: 'Tên hiển thị',
    role: 'Vai trò',
    member: 'Đảng viên',
    organization: 'Tổ chức',
    active: 'Đang hoạt động',
  },
  field: 'Thông tin',
  changes: 'Nội dung thay đổi',
  changed: 'đã đổi',
  changed_count: '%{smart_count} thông tin thay đổi |||| %{smart_count} thông tin thay đổi',
  no_data: 'Thao tác này không ghi dữ liệu bản ghi.',
  created: 'Bản ghi mới',
  deleted: 'Bản ghi đã xóa',
  integrity: 'Chuỗi kiểm tra toàn vẹn',
  integrity_help: 'Mỗi dòng nhật ký mang mã kiểm tra của dòng trước: sửa hay xóa một dòng sẽ làm đứt chuỗi.',
  open_record: 'Mở bản ghi',
  record: 'Bản ghi',
  only_changed: 'Chỉ hiện thông tin đã thay đổi',
};
