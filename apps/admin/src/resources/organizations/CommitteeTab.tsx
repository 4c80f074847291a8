import { Stack } from '@mui/material';
import {
  DataTable,
  ListContextProvider,
  ResourceContextProvider,
  TextField,
  useGetManyReference,
  useList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DayField } from '../../common/DayField';
import { EmptyNote } from '../../common/EmptyNote';
import { ENUMS } from '../../common/enums';
import { EnumField } from '../../common/EnumField';
import { PrefilledCreateButton } from '../../common/prefill';
import { RefLink } from '../../common/RefField';
import type { OrganizationRecord, PositionRecord } from '../../dataProvider/types';
import { useEditRowClick } from '../../auth/useViewer';

const Column = DataTable.Col<PositionRecord>;
const RANK: readonly string[] = ENUMS.PositionRole;

/**
 * The committee serving today, secretary first. The API sorts roles alphabetically by their code, which
 * would list committee members before the secretary; a committee has a handful of seats, so it is ordered here.
 */
export function CommitteeTab() {
  const record = useRecordContext<OrganizationRecord>();
  const translate = useTranslate();
  const { data = [], isPending } = useGetManyReference<PositionRecord>(
    'positions',
    {
      target: 'organizationId',
      id: record?.id ?? '',
      filter: { active: true },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'from', order: 'ASC' },
    },
    { enabled: !!record },
  );
  const sorted = [...data].sort((a, b) => RANK.indexOf(a.role) - RANK.indexOf(b.role));
  const list = useList({ data: sorted, isPending, perPage: 100 });
  const rowClick = useEditRowClick('positions');
  if (!record) return null;
  return (
    <Stack spacing={1}>
      <Stack direction="row" justifyContent="flex-end">
        <PrefilledCreateButton
          resource="positions"
          values={{ organizationId: record.id }}
          label={translate('chibo.actions.add_position')}
          returnTo={`/organizations/${record.id}/show/committee`}
        />
      </Stack>
      <ResourceContextProvider value="positions">
        <ListContextProvider value={list}>
          <DataTable rowClick={rowClick} bulkActionButtons={false} empty={<EmptyNote message="chibo.organization.no_committee" />}>
            <Column source="role" disableSort render={(r) => <EnumField record={r} source="role" enumName="PositionRole" />} />
            <Column source="member" disableSort render={(r) => <RefLink value={r.member} reference="members" />} />
            <Column source="from" disableSort field={DayField} />
            <Column source="note" disableSort field={TextField} />
          </DataTable>
        </ListContextProvider>
      </ResourceContextProvider>
    </Stack>
  );
}
