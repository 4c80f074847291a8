import { Typography } from '@mui/material';
import { BooleanInput, DataTable, List, SelectInput } from 'react-admin';
import { col, useCsvExporter } from '../../common/csv';
import { DayField } from '../../common/DayField';
import { EnumField } from '../../common/EnumField';
import { enumChoices } from '../../common/enums';
import { ListActions } from '../../common/pages';
import { ReferencePicker } from '../../common/pickers';
import { RefLink } from '../../common/RefField';
import { useEditRowClick } from '../../auth/useViewer';
import type { PositionRecord } from '../../dataProvider/types';

const Column = DataTable.Col<PositionRecord>;

const filters = [
  <ReferencePicker key="organizationId" source="organizationId" reference="organizations" alwaysOn input={{ sx: { minWidth: 300 } }} />,
  <SelectInput key="role" source="role" choices={enumChoices('PositionRole')} alwaysOn />,
  <BooleanInput key="active" source="active" alwaysOn />,
];

export function PositionList() {
  const exporter = useCsvExporter<PositionRecord>('chuc-vu', [
    col.enum('resources.positions.fields.role', 'PositionRole', (r) => r.role),
    col.text('resources.positions.fields.member', (r) => r.member.fullName),
    col.text('resources.positions.fields.organization', (r) => r.organization.name),
    col.day('resources.positions.fields.from', (r) => r.from),
    col.day('resources.positions.fields.to', (r) => r.to),
    col.flag('resources.positions.fields.isActive', (r) => r.isActive),
    col.text('resources.positions.fields.note', (r) => r.note),
  ]);
  const rowClick = useEditRowClick('positions');
  return (
    <List
      filters={filters}
      filterDefaultValues={{ active: true }}
      sort={{ field: 'from', order: 'DESC' }}
      perPage={25}
      exporter={exporter}
      actions={<ListActions filters />}
    >
      <DataTable rowClick={rowClick} bulkActionButtons={false}>
        <Column source="role" render={(r) => <EnumField record={r} source="role" enumName="PositionRole" />} />
        <Column source="member" disableSort render={(r) => <RefLink value={r.member} reference="members" />} />
        <Column
          source="organization"
          disableSort
          render={(r) => (
            <>
              <RefLink value={r.organization} reference="organizations" />
              {r.organization.kind === 'PARTY_GROUP' && r.organization.parent && (
                <Typography component="span" variant="caption" color="text.secondary">
                  {' '}
                  · {r.organization.parent.name}
                </Typography>
              )}
            </>
          )}
        />
        <Column source="from" field={DayField} />
        <Column source="to" field={DayField} />
        <Column source="note" disableSort />
      </DataTable>
    </List>
  );
}
