import { BooleanInput, List, NullableBooleanInput, SelectInput } from 'react-admin';
import { useViewer } from '../../auth/useViewer';
import { ownBranchId } from '../../auth/viewer';
import { type CsvColumn, col, useCsvExporter } from '../../common/csv';
import { DayInput } from '../../common/DayInput';
import { enumChoices } from '../../common/enums';
import { searchFilter } from '../../common/filters';
import { ListActions } from '../../common/pages';
import { ReferencePicker } from '../../common/pickers';
import type { MemberRecord } from '../../dataProvider/types';
import { MemberTable } from './MemberTable';

const organization = (
  <ReferencePicker key="organizationId" source="organizationId" reference="organizations" alwaysOn input={{ sx: { minWidth: 260 } }} />
);
const otherFilters = [
  <SelectInput key="status" source="status" choices={enumChoices('MemberStatus')} alwaysOn />,
  <SelectInput key="workStatus" source="workStatus" choices={enumChoices('WorkStatus')} />,
  <SelectInput key="gender" source="gender" choices={enumChoices('Gender')} />,
  <NullableBooleanInput key="exempt" source="exempt" />,
  <NullableBooleanInput key="onSpecialDuty" source="onSpecialDuty" />,
  <BooleanInput key="unplaced" source="unplaced" />,
  <DayInput key="admittedOn_gte" source="admittedOn_gte" />,
  <DayInput key="admittedOn_lte" source="admittedOn_lte" />,
];

/** Enough for a whole ward's roll in one file (the demo ward has about 2,600 members). */
const EXPORT_LIMIT = 3000;

/** Columns of the exported roll; birth date and phone only for roles that read personal data. */
function exportColumns(personal: boolean): CsvColumn<MemberRecord>[] {
  return [
    col.text('resources.members.fields.fullName', (r) => r.fullName),
    col.enum('resources.members.fields.gender', 'Gender', (r) => r.gender),
    ...(personal ? [col.day<MemberRecord>('resources.members.fields.birthDate', (r) => r.birthDate)] : []),
    col.text('resources.members.fields.cardNumber', (r) => r.cardNumber),
    col.enum('resources.members.fields.status', 'MemberStatus', (r) => r.status),
    col.day('resources.members.fields.admittedOn', (r) => r.admittedOn),
    col.day('resources.members.fields.officialOn', (r) => r.officialOn),
    col.enum('resources.members.fields.workStatus', 'WorkStatus', (r) => r.workStatus),
    col.text('resources.members.fields.branch', (r) => r.branch?.name),
    col.text('resources.members.fields.partyGroup', (r) => r.partyGroup?.name),
    ...(personal ? [col.text<MemberRecord>('resources.members.fields.phone', (r) => r.phone)] : []),
    col.flag('resources.members.fields.isExempt', (r) => r.isExempt),
    col.flag('resources.members.fields.isOnSpecialDuty', (r) => r.isOnSpecialDuty),
  ];
}

/**
 * The member roll. A branch secretary's is their branch's, fixed (the API would refuse the rest), so the
 * organization filter is not offered to them.
 */
export function MemberList() {
  const viewer = useViewer();
  const exporter = useCsvExporter<MemberRecord>('dang-vien', exportColumns(viewer?.can.readPersonalData ?? false));
  // Until the role is known, no query: a secretary's first page must already be their branch's.
  if (!viewer) return null;
  const ownBranch = ownBranchId(viewer);
  return (
    <List
      filters={ownBranch ? [searchFilter, ...otherFilters] : [searchFilter, organization, ...otherFilters]}
      filter={ownBranch ? { organizationId: ownBranch } : undefined}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      exporter={exporter}
      actions={<ListActions filters exportMax={EXPORT_LIMIT} />}
    >
      <MemberTable />
    </List>
  );
}
