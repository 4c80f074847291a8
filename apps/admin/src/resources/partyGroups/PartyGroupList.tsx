import { BooleanInput, DataTable, List, useListContext } from 'react-admin';
import { col, useCsvExporter } from '../../common/csv';
import { DayField } from '../../common/DayField';
import { searchFilter } from '../../common/filters';
import { ListActions } from '../../common/pages';
import { BranchPicker } from '../../common/pickers';
import { RefLink } from '../../common/RefField';
import type { OrganizationRecord } from '../../dataProvider/types';

const Column = DataTable.Col<OrganizationRecord>;

const filters = [
  searchFilter,
  <BranchPicker key="parentId" source="parentId" alwaysOn input={{ sx: { minWidth: 300 } }} />,
  <BooleanInput key="includeDissolved" source="includeDissolved" alwaysOn />,
];

/** The dissolution column only when dissolved groups are shown: otherwise it is empty on every row. */
function PartyGroupTable() {
  const { filterValues } = useListContext();
  return (
    <DataTable rowClick="show" bulkActionButtons={false}>
      <Column source="parent" disableSort render={(r) => r.parent && <RefLink value={r.parent} reference="organizations" />} />
      <Column source="name" />
      <Column source="code" />
      <DataTable.NumberCol source="memberCount" disableSort />
      <Column source="secretary" disableSort render={(r) => r.secretary && <RefLink value={r.secretary} reference="members" />} />
      <Column source="foundedOn" field={DayField} />
      {filterValues.includeDissolved === true && <Column source="dissolvedOn" field={DayField} />}
    </DataTable>
  );
}

export function PartyGroupList() {
  const exporter = useCsvExporter<OrganizationRecord>('to-dang', [
    col.text('resources.partyGroups.fields.code', (r) => r.code),
    col.text('resources.partyGroups.fields.name', (r) => r.name),
    col.text('resources.partyGroups.fields.parent', (r) => r.parent?.name),
    col.text('resources.partyGroups.fields.memberCount', (r) => r.memberCount),
    col.text('resources.partyGroups.fields.secretary', (r) => r.secretary?.fullName),
    col.day('resources.partyGroups.fields.foundedOn', (r) => r.foundedOn),
    col.day('resources.partyGroups.fields.dissolvedOn', (r) => r.dissolvedOn),
  ]);
  return (
    <List
      filters={filters}
      // Creation order keeps each branch's groups together; the API has no sort by parent.
      sort={{ field: 'id', order: 'ASC' }}
      perPage={25}
      exporter={exporter}
      actions={<ListActions />}
    >
      <PartyGroupTable />
    </List>
  );
}
