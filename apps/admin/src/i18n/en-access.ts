import type { accessEnums, auditEntriesResource, auditTexts, authTexts } from './vi-access';

/** English texts of sign-in, roles and the audit log; typed by the Vietnamese ones. */

export const englishAccessEnums: typeof accessEnums = {
  Role: {
    ADMINISTRATOR: 'Administrator (committee office)',
    COMMITTEE_MEMBER: 'Committee member',
    BRANCH_SECRETARY: 'Branch secretary',
    INSPECTOR: 'Inspector',
    ANALYST: 'Analyst',
  },
  AuditAction: {
    CREATE: 'Create',
    UPDATE: 'Update',
    DELETE: 'Delete',
    LOGIN: 'Sign in',
    LOGOUT: 'Sign out',
    PASSWORD_CHANGE: 'Password change',
  },
};

export const englishAuditEntriesResource: typeof auditEntriesResource = {
  name: 'Audit log entry |||| Audit log',
  fields: {
    id: 'Number',
    at: 'Time',
    userId: 'User id',
    username: 'User',
    ip: 'IP address',
    action: 'Action',
    entity: 'Record type',
    entityId: 'Record id',
    before: 'Before',
    after: 'After',
    hash: 'Hash',
    previousHash: 'Hash of the previous entry',
    changes: 'Changes',
    at_gte: 'From',
    at_lte: 'Until',
  },
};

export const englishAuthTexts: typeof authTexts = {
  title: 'Sign in',
  intro: "Party organizations and members of the ward party committee. Use the account the committee office gave you; if you forgot the password, ask the office.",
  wrong_credentials: 'Wrong user name or password.',
  too_many_attempts: 'Too many failed sign-ins from this device. Wait %{seconds} seconds and try again; if you have forgotten the password, ask the committee office.',
  session_expired: 'Your session has ended; please sign in again.',
  signed_in_as: 'Signed in as',
  change_password: 'Change password',
  current_password: 'Current password',
  new_password: 'New password',
  confirm_password: 'New password again',
  password_hint: 'At least %{min} characters. A sentence easy for you to remember and hard for others to guess works well.',
  password_changed: 'Password changed.',
  passwords_differ: 'The two new passwords differ',
  same_password: 'The new password must differ from the current one',
  personal_hidden: "Your role does not show members' personal data (birth date, identity number, phone, email, address).",
  my_branch: 'My branch',
};

export const englishAuditTexts: typeof auditTexts = {
  entities: {
    User: 'Account',
  },
  fields: {
    id: 'Id',
    version: 'Version',
    createdAt: 'Created at',
    updatedAt: 'Updated at',
    username: 'User name',
    displayName: 'Display name',
    role: 'Role',
    member: 'Member',
    organization: 'Organization',
    active: 'Active',
  },
  field: 'Field',
  changes: 'Changes',
  changed: 'changed',
  changed_count: '%{smart_count} field changed |||| %{smart_count} fields changed',
  no_data: 'This action records no record data.',
  created: 'New record',
  deleted: 'Deleted record',
  integrity: 'Integrity chain',
  integrity_help: 'Each entry carries the hash of the one before: changing or removing an entry breaks the chain.',
  open_record: 'Open the record',
  record: 'Record',
  only_changed: 'Only changed fields',
};
