import { AUDIT_ENTRY } from '../../dataProvider/documents';
import { READ_ONLY, type ResourceSpec } from '../../dataProvider/spec';

/** Written by the API alone: read-only here, newest first (the API's order; it takes no sort). */
export const auditEntries: ResourceSpec = {
  typeName: 'AuditEntry',
  list: 'auditEntries',
  one: 'auditEntry',
  filterType: 'AuditEntryFilter',
  selections: AUDIT_ENTRY,
  sortFields: {},
  filterShape: { scalars: ['userId', 'username', 'entityId'], lists: ['entity', 'action'], ranges: ['at'] },
  idsFilter: false,
  ...READ_ONLY,
};
