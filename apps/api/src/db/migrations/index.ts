import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128081618_login_throttling } from './Migration20261128081618_login_throttling';
import { Migration20261128094500_audit_scope } from './Migration20261128094500_audit_scope';
import { Migration20261128110000_rule_set_corrections } from './Migration20261128110000_rule_set_corrections';
import { Migration20261128140000_indicators } from './Migration20261128140000_indicators';
import { Migration20261128170000_indicator_indexes } from './Migration20261128170000_indicator_indexes';
import { Migration20261128160000_annual_rating } from './Migration20261128160000_annual_rating';
import { Migration20261128120000_supervision } from './Migration20261128120000_supervision';
import { Migration20261125145421_shipped_meeting_rule_sets } from './Migration20261125145421_shipped_meeting_rule_sets';
import { Migration20261125145420_meetings } from './Migration20261125145420_meetings';
import { Migration20261125141000_session_role } from './Migration20261125141000_session_role';
import { Migration20261125132154_access_and_audit } from './Migration20261125132154_access_and_audit';
import { Migration20261125122639_initial } from './Migration20261125122639_initial';

/** Committed migrations, in order. Each holds the SQL for both SQLite and PostgreSQL. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261125122639_initial', class: Migration20261125122639_initial },
  { name: 'Migration20261125132154_access_and_audit', class: Migration20261125132154_access_and_audit },
  { name: 'Migration20261125141000_session_role', class: Migration20261125141000_session_role },
  { name: 'Migration20261125145420_meetings', class: Migration20261125145420_meetings },
  { name: 'Migration20261125145421_shipped_meeting_rule_sets', class: Migration20261125145421_shipped_meeting_rule_sets },
  { name: 'Migration20261128081618_login_throttling', class: Migration20261128081618_login_throttling },
  { name: 'Migration20261128094500_audit_scope', class: Migration20261128094500_audit_scope },
  { name: 'Migration20261128110000_rule_set_corrections', class: Migration20261128110000_rule_set_corrections },
  { name: 'Migration20261128120000_supervision', class: Migration20261128120000_supervision },
  { name: 'Migration20261128140000_indicators', class: Migration20261128140000_indicators },
  { name: 'Migration20261128160000_annual_rating', class: Migration20261128160000_annual_rating },
  { name: 'Migration20261128170000_indicator_indexes', class: Migration20261128170000_indicator_indexes },
];
