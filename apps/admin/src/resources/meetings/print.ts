import { timeParts } from '../../common/times';

/** How the printed record writes names, days and times, the way party documents do. */

/** "Đảng ủy phường Hòa Bình" → "Đảng bộ phường Hòa Bình": the record is headed by the party organization, not its committee. */
export function partyOrganizationName(committee: string | null | undefined): string {
  if (!committee) return '';
  return committee.replace(/^Đảng ủy\s+/u, 'Đảng bộ ');
}

/** "Đảng ủy phường Hòa Bình" → "Hòa Bình", the place the record is dated at. */
export function localityOf(committee: string | null | undefined): string {
  const match = /^(?:Đảng ủy|Đảng bộ)\s+(?:phường|xã|thị trấn|đặc khu)\s+(.+)$/iu.exec(committee ?? '');
  return match ? match[1] : '';
}

/** "Phường Long Biên" → "Long Biên": the ward the branch is in, where its record is dated. */
export function wardLocality(ward: string | null | undefined): string {
  const match = /^(?:phường|xã|thị trấn|đặc khu)\s+(.+?)(?:\s*\(.*\))?$/iu.exec(ward ?? '');
  return match ? match[1] : '';
}

/** "2026-11-25" → "ngày 25 tháng 11 năm 2026". */
export function writtenDay(day: string | null | undefined): string {
  if (!day) return 'ngày … tháng … năm …';
  return `ngày ${day.slice(8, 10)} tháng ${day.slice(5, 7)} năm ${day.slice(0, 4)}`;
}

/** "19:30" → "19 giờ 30 phút". */
export function writtenTime(time: string | null | undefined): string {
  const parts = timeParts(time);
  return parts ? `${parts[0]} giờ ${parts[1]} phút` : '… giờ … phút';
}
