import { Box, Typography } from '@mui/material';
import { BooleanInput, DataTable, List, SelectInput, useListContext, useTranslate } from 'react-admin';
import { col, useCsvExporter } from '../../common/csv';
import { DayField } from '../../common/DayField';
import { DayInput } from '../../common/DayInput';
import { formatDay } from '../../common/days';
import { EnumField } from '../../common/EnumField';
import { enumChoices } from '../../common/enums';
import { searchFilter } from '../../common/filters';
import { ListActions } from '../../common/pages';
import { ReferencePicker } from '../../common/pickers';
import { RefLink } from '../../common/RefField';
import type { OrganizationRecord } from '../../dataProvider/types';

const Column = DataTable.Col<OrganizationRecord>;

const filters = [
  searchFilter,
  <SelectInput key="kind" source="kind" choices={enumChoices('OrganizationKind')} alwaysOn />,
  <SelectInput key="branchKind" source="branchKind" choices={enumChoices('BranchKind')} />,
  <ReferencePicker
    key="parentId"
    source="parentId"
    reference="organizations"
    filter={{ kind: ['WARD_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'BRANCH'] }}
    input={{ sx: { minWidth: 280 } }}
  />,
  <BooleanInput key="descendants" source="descendants" />,
  <BooleanInput key="includeDissolved" source="includeDissolved" alwaysOn />,
  <DayInput key="asOf" source="asOf" />,
];

/** The name, with the dissolution day under it: a dissolved unit stays on record but must not pass for a living one. */
function NameCell({ record }: { record: OrganizationRecord }) {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {record.name}
      </Typography>
      {record.dissolvedOn && (
        <Typography variant="caption" color="error">
          {translate('chibo.organization.dissolved', { date: formatDay(record.dissolvedOn) })}
        </Typography>
      )}
    </Box>
  );
}

/** A column that repeats the filter (every row "Chi bộ") only costs width on a 1366-pixel screen. */
function OrganizationTable() {
  const { filterValues } = useListContext();
  const kind = filterValues.kind as string | undefined;
  return (
    <DataTable rowClick="show" bulkActionButtons={false}>
      <Column source="name" render={(r) => <NameCell record={r} />} />
      <Column source="code" />
      {!kind && <Column source="kind" render={(r) => <EnumField record={r} source="kind" enumName="OrganizationKind" />} />}
      {(!kind || kind === 'BRANCH') && (
        <Column source="branchKind" disableSort render={(r) => <EnumField record={r} source="branchKind" enumName="BranchKind" />} />
      )}
      <Column source="parent" disableSort render={(r) => r.parent && <RefLink value={r.parent} reference="organizations" />} />
      <DataTable.NumberCol source="memberCount" disableSort />
      <Column source="secretary" disableSort render={(r) => r.secretary && <RefLink value={r.secretary} reference="members" />} />
      <Column source="foundedOn" field={DayField} sx={{ whiteSpace: 'nowrap' }} />
    </DataTable>
  );
}

export function OrganizationList() {
  const exporter = useCsvExporter<OrganizationRecord>('to-chuc-dang', [
    col.text('resources.organizations.fields.code', (r) => r.code),
    col.text('resources.organizations.fields.name', (r) => r.name),
    col.enum('resources.organizations.fields.kind', 'OrganizationKind', (r) => r.kind),
    col.enum('resources.organizations.fields.branchKind', 'BranchKind', (r) => r.branchKind),
    col.text('resources.organizations.fields.parent', (r) => r.parent?.name),
    col.text('resources.organizations.fields.memberCount', (r) => r.memberCount),
    col.text('resources.organizations.fields.officialMemberCount', (r) => r.officialMemberCount),
    col.text('resources.organizations.fields.secretary', (r) => r.secretary?.fullName),
    col.day('resources.organizations.fields.foundedOn', (r) => r.foundedOn),
    col.day('resources.organizations.fields.dissolvedOn', (r) => r.dissolvedOn),
    col.text('resources.organizations.fields.address', (r) => r.address),
  ]);
  return (
    <List
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      // Branches are what the office works with day to day; the level filter opens the rest of the tree.
      filterDefaultValues={{ kind: 'BRANCH' }}
      exporter={exporter}
      perPage={25}
      actions={<ListActions filters exportMax={1000} />}
    >
      <OrganizationTable />
    </List>
  );
}
