/** Who uses the system; each role is held over a subtree of the organization tree. */
export enum Role {
  /** Văn phòng Đảng ủy: keeps the structure under their ward committee. */
  ADMINISTRATOR = 'ADMINISTRATOR',
  /** Ban Thường vụ / Đảng ủy viên: supervision and pilots; reads everything in the ward. */
  COMMITTEE_MEMBER = 'COMMITTEE_MEMBER',
  /** Bí thư chi bộ: their own branch. */
  BRANCH_SECRETARY = 'BRANCH_SECRETARY',
  /** Ủy ban Kiểm tra: reads everything, the audit log included. */
  INSPECTOR = 'INSPECTOR',
  /** Reads indicators and non-personal fields. */
  ANALYST = 'ANALYST',
}

/** What a role may do, beyond reading inside its subtree. */
export interface Capabilities {
  editStructure: boolean;
  /** Records meetings, attendance, resolutions, thematic plans and member tasks inside the subtree. */
  recordMeetings: boolean;
  readPersonalData: boolean;
  readAudit: boolean;
  /** Assigns committee members to attend branch meetings and chooses pilot branches inside the subtree. */
  supervise: boolean;
}

export const ROLE_CAPABILITIES: Record<Role, Capabilities> = {
  [Role.ADMINISTRATOR]: { editStructure: true, recordMeetings: true, readPersonalData: true, readAudit: true, supervise: true },
  [Role.COMMITTEE_MEMBER]: { editStructure: false, recordMeetings: false, readPersonalData: true, readAudit: false, supervise: true },
  [Role.BRANCH_SECRETARY]: { editStructure: false, recordMeetings: true, readPersonalData: true, readAudit: false, supervise: false },
  [Role.INSPECTOR]: { editStructure: false, recordMeetings: false, readPersonalData: true, readAudit: true, supervise: false },
  [Role.ANALYST]: { editStructure: false, recordMeetings: false, readPersonalData: false, readAudit: false, supervise: false },
};

/** Whether an organization (by its tree path) lies inside a scope (the path of the role's organization). */
export function inScope(scopePath: string, path: string): boolean {
  return path.startsWith(scopePath);
}

/** Session lifetimes and passwords (OWASP session management guidance); sign-in throttling is LOGIN_THROTTLE. */
export const SESSION_POLICY = {
  idleMinutes: 30,
  absoluteHours: 12,
  minPasswordLength: 10,
};

/** Checks a new password: long enough, not the user name. */
export function passwordProblems(password: string, username: string): string[] {
  const out: string[] = [];
  if (password.length < SESSION_POLICY.minPasswordLength) out.push(`Mật khẩu cần ít nhất ${SESSION_POLICY.minPasswordLength} ký tự.`);
  if (password.length > 200) out.push('Mật khẩu tối đa 200 ký tự.');
  if (password.toLowerCase().includes(username.toLowerCase())) out.push('Mật khẩu không được chứa tên đăng nhập.');
  return out;
}
