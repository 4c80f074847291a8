import { DataTable, List } from 'react-admin';
import { col, useCsvExporter } from '../../common/csv';
import { DayField } from '../../common/DayField';
import { DayInput } from '../../common/DayInput';
import { searchFilter } from '../../common/filters';
import { ListActions } from '../../common/pages';
import { RefLink } from '../../common/RefField';
import type { WardRecord } from '../../dataProvider/types';

const Column = DataTable.Col<WardRecord>;

const filters = [searchFilter, <DayInput key="asOf" source="asOf" />];

export function WardList() {
  const exporter = useCsvExporter<WardRecord>('phuong', [
    col.text('resources.wards.fields.code', (r) => r.code),
    col.text('resources.wards.fields.name', (r) => r.name),
    col.day('resources.wards.fields.foundedOn', (r) => r.foundedOn),
    col.day('resources.wards.fields.dissolvedOn', (r) => r.dissolvedOn),
    col.text('resources.wards.fields.mergedFrom', (r) => r.mergedFrom.map((w) => w.name).join('; ')),
    col.text('resources.wards.fields.committee', (r) => r.committee?.name),
  ]);
  return (
    <List
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      exporter={exporter}
      actions={<ListActions />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="code" />
        <Column source="name" />
        <Column source="foundedOn" field={DayField} />
        <Column source="dissolvedOn" field={DayField} />
        <Column source="mergedFrom" disableSort render={(r) => r.mergedFrom.map((w) => w.name).join(', ')} />
        <Column
          source="committee"
          disableSort
          render={(r) => r.committee && <RefLink value={r.committee} reference="organizations" />}
        />
      </DataTable>
    </List>
  );
}
