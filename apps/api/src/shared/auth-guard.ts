import { todayInVietnam } from '@chibo/domain';
import type { GraphQLResolveInfo } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.type';
import { AppError, ErrorCode } from './errors';

/** Root fields anyone may call. */
const PUBLIC = new Set(['me', 'login', 'logout']);
/** Root fields any signed-in user may call whatever the role. */
const ANY_USER = new Set(['changePassword']);
/** Root fields that need the audit capability. */
const AUDIT = new Set(['auditEntries', 'auditEntry']);
/**
 * Mutations of meeting records: allowed to roles that record meetings (the party office and branch secretaries),
 * inside their subtree. Every other mutation needs the structure capability.
 */
export const MEETING_MUTATIONS = new Set(
  ['Meeting', 'Resolution', 'ResolutionTask', 'ResolutionReview', 'ThematicPlanItem', 'MemberTask']
    .flatMap((e) => [`create${e}`, `update${e}`, `delete${e}`])
    .concat(['recordAttendance', 'assignMemberTasks']),
);

function isRoot(info: GraphQLResolveInfo): boolean {
  return info.parentType === info.schema.getQueryType() || info.parentType === info.schema.getMutationType();
}

/**
 * Enforced for every root field of the schema: a session is required except to sign in; meeting records need
 * the meeting capability, every other mutation but the user's own password the structure capability; the audit log needs its own. Row scope is
 * applied in SQL by the lists and loaders.
 */
export const authGuard: MiddlewareFn<Context> = async ({ context, info }, next) => {
  if (!isRoot(info) || PUBLIC.has(info.fieldName)) return next();
  const viewer = context.viewer;
  if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Vui lòng đăng nhập.');
  if (AUDIT.has(info.fieldName) && !viewer.can.readAudit) throw new AppError(ErrorCode.FORBIDDEN, 'Vai trò của bạn không được xem nhật ký thay đổi.');
  const isMutation = info.parentType === info.schema.getMutationType();
  if (isMutation && !ANY_USER.has(info.fieldName)) {
    const allowed = MEETING_MUTATIONS.has(info.fieldName) ? viewer.can.recordMeetings : viewer.can.editStructure;
    if (!allowed) throw new AppError(ErrorCode.FORBIDDEN, 'Vai trò của bạn không được thay đổi dữ liệu này.');
  }
  return next();
};

/**
 * The member a row's personal data is about: the member a row hangs off (attendance, roster line, exemption), or
 * the member itself. Read by shape, not by class: the entities import this module.
 */
function ownerOf(root: unknown): number | null {
  const row = root as { id?: number; member?: { id?: number } | null; memberId?: string | number | null } | null;
  const id = row?.member !== undefined || row?.memberId !== undefined ? (row.member?.id ?? row.memberId) : row?.id;
  return id == null ? null : Number(id);
}

/**
 * Personal data (phone, birth date, identity number, email, address, absence and exemption reasons): null for roles
 * that may not read it, and for members who are not, today, in a branch of the viewer's subtree (a member who left
 * keeps their history there, not their current phone or address).
 */
export const personalField: MiddlewareFn<Context> = async ({ context, root }, next) => {
  const viewer = context.viewer;
  if (!viewer?.can.readPersonalData) return null;
  if (viewer.scopePath !== '/') {
    const owner = ownerOf(root);
    if (owner == null || !(await context.loaders.memberInScopeOn(todayInVietnam()).load(owner))) return null;
  }
  return next();
};
