import { randomBytes } from 'node:crypto';
import { OrganizationKind, Role } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { Organization } from '../organization/organization.entity';
import { hashPassword } from './auth.service';
import { User } from './user.entity';

/** A readable random password: 16 characters from an alphabet without look-alikes. */
export function randomPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(16), (b) => alphabet[b % alphabet.length]).join('');
}

/** Creates a user; the caller checks the password policy. */
export async function createUser(em: EntityManager, u: { username: string; displayName: string; role: Role; organization: Organization; password: string }): Promise<User> {
  const user = em.create(User, {
    username: u.username.trim().toLowerCase(), displayName: u.displayName, role: u.role, organization: u.organization,
    passwordHash: await hashPassword(u.password), active: true,
  } as never);
  await em.flush();
  return user;
}

/**
 * One demo user per role, scoped to the demo ward's committee (the secretary to "Chi bộ Tổ dân phố số 5").
 * Passwords are random and returned for printing once, unless DEMO_PASSWORD gives one for all (tests).
 */
export async function seedDemoUsers(em: EntityManager, password = process.env.DEMO_PASSWORD): Promise<Array<{ username: string; role: Role; password: string }>> {
  const committee = await em.findOne(Organization, { kind: OrganizationKind.WARD_COMMITTEE, code: 'DU', dissolvedOn: null }, { orderBy: { id: 'asc' } });
  const branch = await em.findOne(Organization, { name: 'Chi bộ Tổ dân phố số 5', dissolvedOn: null }, { orderBy: { id: 'asc' } });
  if (!committee || !branch) return [];
  const plan: Array<[string, string, Role, Organization]> = [
    ['vanphong', 'Văn phòng Đảng ủy', Role.ADMINISTRATOR, committee],
    ['uyvien', 'Đảng ủy viên', Role.COMMITTEE_MEMBER, committee],
    ['bithu.tdp5', 'Bí thư Chi bộ TDP số 5', Role.BRANCH_SECRETARY, branch],
    ['kiemtra', 'Ủy ban Kiểm tra', Role.INSPECTOR, committee],
    ['phantich', 'Chuyên viên phân tích', Role.ANALYST, committee],
  ];
  const out: Array<{ username: string; role: Role; password: string }> = [];
  for (const [username, displayName, role, organization] of plan) {
    const pw = password ?? randomPassword();
    await createUser(em, { username, displayName, role, organization, password: pw });
    out.push({ username, role, password: pw });
  }
  return out;
}
