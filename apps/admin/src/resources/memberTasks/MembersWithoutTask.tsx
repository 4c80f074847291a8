import { Box, Typography } from '@mui/material';
import { DataTable, List, TopToolbar, useCanAccess, useListContext, useTranslate } from 'react-admin';
import { useViewer } from '../../auth/useViewer';
import { EmptyNote, PageError } from '../../common/EmptyNote';
import { EnumField } from '../../common/EnumField';
import { yearFilter } from '../../common/filters';
import { PrefilledCreateButton } from '../../common/prefill';
import { RefLink } from '../../common/RefField';
import { thisYear, todayInVietnam } from '../../dataProvider/filters';
import type { MemberRecord } from '../../dataProvider/types';
import { AssignManyButton } from './AssignManyButton';

const Column = DataTable.Col<MemberRecord>;

function AssignButton({ record, year }: { record: MemberRecord; year: number }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'memberTasks', action: 'create' });
  if (!canAccess || !record.branch) return null;
  const today = todayInVietnam();
  return (
    <Box onClick={(event) => event.stopPropagation()}>
      <PrefilledCreateButton
        resource="memberTasks"
        values={{ memberId: record.id, branchId: record.branch.id, year, assignedOn: year === thisYear() ? today : `${year}-01-01` }}
        label={translate('chibo.member_task.assign')}
        returnTo="/memberTasks/without"
      />
    </Box>
  );
}

/**
 * Working members (not retired, not exempt) of the viewer's organization who hold no task for the year, in
 * roll order, each with a button to assign one. The year is this year unless chosen.
 */
export function MembersWithoutTask() {
  const viewer = useViewer();
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ resource: 'membersWithoutTask', action: 'list' });
  if (!viewer || isPending) return null;
  if (!canAccess) return <PageError message="ra.message.access_denied" />;
  const year = thisYear();
  return (
    <List
      resource="membersWithoutTask"
      title="chibo.member_task.without_title"
      filter={{ organizationId: viewer.organizationId }}
      filterDefaultValues={{ year }}
      filters={[yearFilter({ validate: (v: unknown) => (v ? undefined : 'ra.validation.required') })]}
      perPage={50}
      exporter={false}
      sort={{ field: 'name', order: 'ASC' }}
      actions={
        <TopToolbar>
          <AssignManyButton />
        </TopToolbar>
      }
      empty={false}
    >
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1 }}>
        {translate('chibo.member_task.without_help', { organization: viewer.organization?.name ?? '' })}
      </Typography>
      <YearTable fallbackYear={year} />
    </List>
  );
}

function YearTable({ fallbackYear }: { fallbackYear: number }) {
  return (
    <DataTable<MemberRecord>
      rowClick={(id) => `/members/${encodeURIComponent(String(id))}/show`}
      bulkActionButtons={false}
      empty={<EmptyNote message="chibo.member_task.everyone_tasked" />}
    >
      <Column source="fullName" disableSort sx={{ fontWeight: 500 }} />
      <Column source="branch" disableSort render={(r) => r.branch && <RefLink value={r.branch} reference="organizations" />} />
      <Column source="partyGroup" disableSort render={(r) => r.partyGroup && <RefLink value={r.partyGroup} reference="organizations" />} />
      <Column source="status" disableSort render={(r) => <EnumField record={r} source="status" enumName="MemberStatus" />} />
      <Column source="assign" label="" disableSort render={(r) => <AssignWithYear record={r} fallbackYear={fallbackYear} />} />
    </DataTable>
  );
}

function AssignWithYear({ record, fallbackYear }: { record: MemberRecord; fallbackYear: number }) {
  const { filterValues } = useListContext();
  const year = Number(filterValues.year) || fallbackYear;
  return <AssignButton record={record} year={year} />;
}
