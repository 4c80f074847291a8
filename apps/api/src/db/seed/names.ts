/** Name parts for synthetic members, weighted roughly as Vietnamese surnames are. No real person is described. */
export const FAMILY_NAMES: Array<[string, number]> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Phan', 4], ['Vũ', 4], ['Đặng', 2], ['Bùi', 2],
  ['Đỗ', 2], ['Hồ', 1], ['Ngô', 1], ['Dương', 1], ['Lý', 1], ['Đinh', 1], ['Trịnh', 1], ['Đào', 1], ['Lương', 1], ['Tạ', 1], ['Khúc', 1],
];
export const MALE_MIDDLE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Thanh', 'Ngọc', 'Công', 'Mạnh', 'Tiến', 'Duy', 'Trọng', 'Đình'];
export const FEMALE_MIDDLE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Hồng', 'Kim', 'Phương', 'Thúy', 'Lan', 'Diệu', 'Bích'];
export const MALE_GIVEN = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đức', 'Giang', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Lâm', 'Long',
  'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh',
];
export const FEMALE_GIVEN = [
  'Anh', 'Bích', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Huệ', 'Hương', 'Lan', 'Liên', 'Linh',
  'Loan', 'Mai', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Thủy', 'Trang', 'Tuyết', 'Uyên', 'Vân', 'Yến',
];
export const STREETS = [
  'Nguyễn Văn Linh', 'Ngọc Lâm', 'Long Biên', 'Thạch Bàn', 'Cự Khối', 'Phúc Lợi', 'Sài Đồng', 'Vũ Xuân Thiều', 'Nguyễn Sơn',
  'Ngô Gia Tự', 'Hồng Tiến', 'Bát Khối', 'Thép Mới', 'Cổ Linh', 'Lâm Du',
];
export const SCHOOLS = [
  'Trường Mầm non Thạch Bàn', 'Trường Mầm non Hoa Sữa', 'Trường Mầm non Cự Khối', 'Trường Tiểu học Thạch Bàn A',
  'Trường Tiểu học Cự Khối', 'Trường THCS Thạch Bàn', 'Trường THCS Long Biên',
];
export const AGENCIES = [
  'Cơ quan Đảng - Đoàn thể phường', 'Cơ quan Ủy ban nhân dân phường', 'Trạm Y tế phường', 'Trung tâm Phục vụ hành chính công phường',
  'Ban Quản lý chợ Long Biên', 'Trung tâm Văn hóa - Thể thao phường', 'Kho bạc Nhà nước khu vực', 'Chi cục Thuế khu vực',
];
export const ENTERPRISES = [
  'Công ty TNHH Cơ khí Thạch Bàn', 'Công ty CP Gạch men Long Biên', 'Công ty TNHH Thực phẩm Sông Hồng', 'Công ty CP Vận tải Cự Khối',
  'Công ty TNHH Điện tử Sài Đồng', 'Công ty CP Xây lắp Bồ Đề',
];
export const GRASSROOTS = [
  { name: 'Đảng ủy Công ty CP Dệt may Long Biên', units: ['Phân xưởng Sợi', 'Phân xưởng May', 'Khối Văn phòng'] },
  { name: 'Đảng ủy Bệnh viện Đa khoa khu vực Long Biên', units: ['Khối Nội', 'Khối Ngoại', 'Khối Cận lâm sàng'] },
  { name: 'Đảng ủy Trường Cao đẳng Kỹ thuật Long Biên', units: ['Khoa Cơ khí', 'Khoa Điện', 'Khối Phòng ban'] },
];
