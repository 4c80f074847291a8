import { Stack } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField, useRecordContext, useTranslate } from 'react-admin';
import { DayField } from '../../common/DayField';
import { EnumField } from '../../common/EnumField';
import { PrefilledCreateButton } from '../../common/prefill';
import { RefLink } from '../../common/RefField';
import type { OrganizationRecord } from '../../dataProvider/types';
import { EmptyNote } from '../../common/EmptyNote';

const Column = DataTable.Col<OrganizationRecord>;

/** The units directly below: party groups of a branch, branches of a committee; dissolved ones are kept as history. */
export function ChildrenTab() {
  const record = useRecordContext<OrganizationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const isBranch = record.kind === 'BRANCH';
  const returnTo = `/organizations/${record.id}/show/children`;
  return (
    <Stack spacing={1}>
      <Stack direction="row" justifyContent="flex-end">
        {isBranch ? (
          <PrefilledCreateButton
            resource="partyGroups"
            values={{ parentId: record.id, wardId: record.wardId }}
            label={translate('chibo.actions.add_party_group')}
            returnTo={returnTo}
          />
        ) : (
          <PrefilledCreateButton
            resource="organizations"
            values={{ kind: 'BRANCH', parentId: record.id, wardId: record.wardId }}
            label={translate('chibo.actions.add_child')}
            returnTo={returnTo}
          />
        )}
      </Stack>
      <ReferenceManyField
        reference="organizations"
        target="parentId"
        sort={{ field: 'name', order: 'ASC' }}
        perPage={50}
        pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      >
        <DataTable rowClick="show" bulkActionButtons={false} empty={<EmptyNote message="chibo.organization.no_children" />}>
          <Column source="name" />
          <Column source="code" />
          <Column source="kind" render={(r) => <EnumField record={r} source="kind" enumName="OrganizationKind" />} />
          <DataTable.NumberCol source="memberCount" disableSort />
          <Column
            source="secretary"
            disableSort
            render={(r) => r.secretary && <RefLink value={r.secretary} reference="members" />}
          />
          <Column source="foundedOn" field={DayField} />
          <Column source="dissolvedOn" field={DayField} />
        </DataTable>
      </ReferenceManyField>
    </Stack>
  );
}
