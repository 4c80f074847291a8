import { formatDay } from '../../common/days';
import type { MembershipRecord } from '../../dataProvider/types';

/**
 * Memberships have no pages of their own: they are read as history on member and organization pages and
 * changed through a transfer, so only their name is declared: "Nguyễn Văn A – Chi bộ … (01/07/2025)".
 */
export default {
  recordRepresentation: (record: MembershipRecord) =>
    `${record.member?.fullName ?? ''} – ${record.branch?.name ?? ''} (${formatDay(record.from)})`,
};
