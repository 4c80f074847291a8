import type { ReactNode } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField, useRecordContext, useTranslate } from 'react-admin';
import { DayField, PeriodField } from '../../common/DayField';
import { formatDay } from '../../common/days';
import { EmptyNote } from '../../common/EmptyNote';
import { EnumField } from '../../common/EnumField';
import { RefLink } from '../../common/RefField';
import { useEditRowClick } from '../../auth/useViewer';
import type { MembershipRecord, OrganizationRecord, PositionRecord } from '../../dataProvider/types';

const MembershipColumn = DataTable.Col<MembershipRecord>;
const PositionColumn = DataTable.Col<PositionRecord>;

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 0.5 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
}

type Lineage = NonNullable<OrganizationRecord['predecessors']>;

function LineageList({ label, items }: { label: string; items: Lineage }) {
  const translate = useTranslate();
  if (items.length === 0) return null;
  return (
    <Box>
      <Typography variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
      {items.map((item) => (
        <Typography key={item.id} variant="body2" component="div">
          <RefLink value={item} reference="organizations" /> · {translate(`chibo.enums.OrganizationKind.${item.kind}`)} ·{' '}
          {formatDay(item.foundedOn)} – {item.dissolvedOn ? formatDay(item.dissolvedOn) : translate('chibo.common.present')}
        </Typography>
      ))}
    </Box>
  );
}

/** Who joined and left (memberships, all history), every position term, and what it was formed from or became. */
export function HistoryTab() {
  const record = useRecordContext<OrganizationRecord>();
  const positionClick = useEditRowClick('positions');
  if (!record) return null;
  const holdsMembers = record.kind === 'BRANCH' || record.kind === 'PARTY_GROUP';
  const predecessors = record.predecessors ?? [];
  const successors = record.successors ?? [];
  return (
    <Stack spacing={3}>
      {holdsMembers && (
        <Section title="chibo.organization.history.memberships">
          <ReferenceManyField
            reference="memberships"
            target={record.kind === 'PARTY_GROUP' ? 'partyGroupId' : 'branchId'}
            sort={{ field: 'from', order: 'DESC' }}
            perPage={10}
            pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
          >
            <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyNote message="chibo.organization.history.no_memberships" />}>
              <MembershipColumn source="member" disableSort render={(r) => <RefLink value={r.member} reference="members" />} />
              {record.kind === 'BRANCH' && (record.children ?? []).length > 0 && (
                <MembershipColumn
                  source="partyGroup"
                  disableSort
                  render={(r) => r.partyGroup && <RefLink value={r.partyGroup} reference="organizations" />}
                />
              )}
              <MembershipColumn source="from" field={DayField} />
              <MembershipColumn source="to" field={DayField} />
              <MembershipColumn source="note" disableSort />
            </DataTable>
          </ReferenceManyField>
        </Section>
      )}
      <Section title="chibo.organization.history.positions">
        <ReferenceManyField
          reference="positions"
          target="organizationId"
          sort={{ field: 'from', order: 'DESC' }}
          perPage={10}
          pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        >
          <DataTable bulkActionButtons={false} rowClick={positionClick} empty={<EmptyNote message="chibo.organization.history.no_positions" />}>
            <PositionColumn source="role" render={(r) => <EnumField record={r} source="role" enumName="PositionRole" />} />
            <PositionColumn source="member" disableSort render={(r) => <RefLink value={r.member} reference="members" />} />
            <PositionColumn source="from" label="chibo.common.term" render={() => <PeriodField />} />
            <PositionColumn source="note" disableSort />
          </DataTable>
        </ReferenceManyField>
      </Section>
      <Section title="chibo.organization.history.lineage">
        {predecessors.length + successors.length === 0 ? (
          <EmptyNote message="chibo.organization.history.no_lineage" />
        ) : (
          <Stack spacing={1}>
            <LineageList label="resources.organizations.fields.predecessors" items={predecessors} />
            <LineageList label="resources.organizations.fields.successors" items={successors} />
          </Stack>
        )}
      </Section>
    </Stack>
  );
}
