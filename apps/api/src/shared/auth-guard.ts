import { todayInVietnam } from '@chibo/domain';
import type { GraphQLSchema } from 'graphql';
import { type AuthChecker, getMetadataStorage, type MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.type';
import type { Viewer } from '../modules/auth/viewer.type';
import { AppError, ErrorCode } from './errors';

/**
 * Who may call a root field, declared on the field itself with type-graphql's `@Authorized(Access.X)`; every root
 * field must declare one (the schema refuses to build otherwise). Row scope is applied in SQL by the lists, the
 * loaders and the write checks.
 */
export enum Access {
  /** Anyone, signed in or not. */
  PUBLIC = 'PUBLIC',
  /** Any signed-in user; the rows answered are those of the user's subtree. */
  SIGNED_IN = 'SIGNED_IN',
  /** The signed-in user's own account. */
  SELF = 'SELF',
  /** Roles that read the audit log. */
  AUDIT = 'AUDIT',
  /** Roles that edit the structure, inside their subtree. */
  EDIT_STRUCTURE = 'EDIT_STRUCTURE',
  /** Roles that record meetings (the party office and branch secretaries), inside their subtree. */
  RECORD_MEETINGS = 'RECORD_MEETINGS',
  /** Roles that assign supervisors and choose pilots (the party office and committee members), inside their subtree. */
  SUPERVISE = 'SUPERVISE',
  /** Roles that read members' personal data (all but analysts), inside their subtree. */
  READ_PERSONAL = 'READ_PERSONAL',
  /** Roles that enter the committee's part of annual ratings: supervise (branches and members) or record meetings (members). */
  RATE = 'RATE',
}

const REFUSAL: Partial<Record<Access, string>> = {
  [Access.AUDIT]: 'Vai trò của bạn không được xem nhật ký thay đổi.',
  [Access.EDIT_STRUCTURE]: 'Vai trò của bạn không được thay đổi dữ liệu này.',
  [Access.RECORD_MEETINGS]: 'Vai trò của bạn không được thay đổi dữ liệu này.',
  [Access.SUPERVISE]: 'Chỉ cấp ủy viên và Văn phòng Đảng ủy được phân công dự sinh hoạt, chọn chi bộ điểm.',
  [Access.READ_PERSONAL]: 'Vai trò của bạn không được xem dữ liệu cá nhân của đảng viên.',
  [Access.RATE]: 'Vai trò của bạn không được xếp loại chất lượng.',
};

/** Refuses a caller the access a field declares: UNAUTHENTICATED without a session, FORBIDDEN without the capability. */
export function assertAccess(viewer: Viewer | null, access: Access): void {
  if (access === Access.PUBLIC) return;
  if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Vui lòng đăng nhập.');
  const allowed: Record<Access, boolean> = {
    [Access.PUBLIC]: true, [Access.SIGNED_IN]: true, [Access.SELF]: true, [Access.AUDIT]: viewer.can.readAudit,
    [Access.EDIT_STRUCTURE]: viewer.can.editStructure, [Access.RECORD_MEETINGS]: viewer.can.recordMeetings,
    [Access.SUPERVISE]: viewer.can.supervise, [Access.READ_PERSONAL]: viewer.can.readPersonalData,
    [Access.RATE]: viewer.can.supervise || viewer.can.recordMeetings,
  };
  if (!allowed[access]) throw new AppError(ErrorCode.FORBIDDEN, REFUSAL[access] ?? 'Không có quyền.');
}

/** type-graphql's authChecker: the one access a field declares. */
export const authChecker: AuthChecker<Context, Access> = ({ context }, accesses) => {
  for (const access of accesses) assertAccess(context.viewer, access);
  return true;
};

/**
 * The access each root field declares, by schema name, read from type-graphql's metadata. A root field without a
 * declaration is an error: a new field cannot be reached by a role nobody decided on.
 */
export function rootAccess(schema: GraphQLSchema): Map<string, Access> {
  const storage = getMetadataStorage();
  const declared = new Map(storage.authorizedFields.map((f) => [`${f.target.name}.${f.fieldName}`, f.roles as Access[]]));
  const out = new Map<string, Access>();
  const missing: string[] = [];
  for (const [type, defs] of [[schema.getQueryType(), storage.queries], [schema.getMutationType(), storage.mutations]] as const) {
    for (const name of Object.keys(type?.getFields() ?? {})) {
      const def = defs.find((d) => d.schemaName === name);
      const roles = def ? declared.get(`${def.target.name}.${def.methodName}`) : undefined;
      if (roles?.length !== 1) missing.push(`${type?.name}.${name}`);
      else out.set(name, roles[0]);
    }
  }
  if (missing.length) throw new Error(`Root fields without one @Authorized(Access.…) declaration: ${missing.join(', ')}`);
  return out;
}

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
