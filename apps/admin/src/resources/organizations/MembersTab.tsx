import { Stack } from '@mui/material';
import { FilterForm, Pagination, ReferenceManyField, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { EmptyNote } from '../../common/EmptyNote';
import { enumChoices } from '../../common/enums';
import { searchFilter } from '../../common/filters';
import { PrefilledCreateButton } from '../../common/prefill';
import { todayInVietnam } from '../../dataProvider/filters';
import type { OrganizationRecord } from '../../dataProvider/types';
import { MemberTable } from '../members/MemberTable';

const filters = [
  searchFilter,
  <SelectInput key="status" source="status" choices={enumChoices('MemberStatus')} alwaysOn />,
];

/** Members today in this organization and everything below it, in roll order, with a way to add one here. */
export function MembersTab() {
  const record = useRecordContext<OrganizationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const isGroup = record.kind === 'PARTY_GROUP';
  const canAdd = record.kind === 'BRANCH' || isGroup;
  const membership = isGroup
    ? { branchId: record.parentId, partyGroupId: record.id, from: todayInVietnam() }
    : { branchId: record.id, from: todayInVietnam() };
  return (
    <ReferenceManyField
      reference="members"
      target="organizationId"
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      pagination={<Pagination />}
    >
      <Stack direction="row" justifyContent="space-between" alignItems="flex-end" sx={{ mb: 1 }}>
        <FilterForm filters={filters} />
        {canAdd && (
          <PrefilledCreateButton
            resource="members"
            values={{ membership }}
            label={translate('chibo.actions.add_member')}
            returnTo={`/organizations/${record.id}/show/members`}
          />
        )}
      </Stack>
      <MemberTable
        showBranch={!canAdd}
        // A branch without party groups would show an empty column.
        showGroup={!isGroup && (record.kind !== 'BRANCH' || (record.children ?? []).length > 0)}
        empty={<EmptyNote message="chibo.organization.no_members" />}
      />
    </ReferenceManyField>
  );
}
