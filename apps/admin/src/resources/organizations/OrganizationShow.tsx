import { Stack } from '@mui/material';
import { Labeled, NumberField, TabbedShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DayField } from '../../common/DayField';
import { useFormatNumber } from '../../common/numbers';
import { FieldRow, ShowPage } from '../../common/pages';
import { LabeledRef } from '../../common/RefField';
import type { OrganizationRecord } from '../../dataProvider/types';
import { Breadcrumb } from './Breadcrumb';
import { ChildrenTab } from './ChildrenTab';
import { CommitteeTab } from './CommitteeTab';
import { PlacementFields } from './fields';
import { HistoryTab } from './HistoryTab';
import { MembersTab } from './MembersTab';

function Details() {
  const record = useRecordContext<OrganizationRecord>();
  return (
    <Stack spacing={1}>
      <FieldRow>
        <Labeled source="code">
          <TextField source="code" />
        </Labeled>
        <PlacementFields level branchKind={record?.kind === 'BRANCH'} />
      </FieldRow>
      <FieldRow>
        <Labeled source="foundedOn">
          <DayField source="foundedOn" />
        </Labeled>
        <Labeled source="dissolvedOn">
          <DayField source="dissolvedOn" emptyText="chibo.common.none" />
        </Labeled>
        <Labeled source="memberCount">
          <NumberField source="memberCount" />
        </Labeled>
        <Labeled source="officialMemberCount">
          <NumberField source="officialMemberCount" />
        </Labeled>
        <LabeledRef source="secretary" reference="members" emptyText="chibo.common.none" />
      </FieldRow>
      <Labeled source="address">
        <TextField source="address" emptyText="—" />
      </Labeled>
      <Labeled source="note">
        <TextField source="note" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      </Labeled>
    </Stack>
  );
}

/** Tabs follow the level: a party group has no units below it; counts in the labels save a click. */
function OrganizationTabs() {
  const record = useRecordContext<OrganizationRecord>();
  const translate = useTranslate();
  const formatNumber = useFormatNumber();
  if (!record) return null;
  const tab = (key: string) => translate(`chibo.organization.tabs.${key}`);
  return (
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label={tab('details')}>
        <Details />
      </TabbedShowLayout.Tab>
      {record.kind !== 'PARTY_GROUP' && (
        <TabbedShowLayout.Tab label={`${tab('children')} (${record.children?.length ?? 0})`} path="children">
          <ChildrenTab />
        </TabbedShowLayout.Tab>
      )}
      <TabbedShowLayout.Tab label={`${tab('members')} (${formatNumber(record.memberCount)})`} path="members">
        <MembersTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label={tab('committee')} path="committee">
        <CommitteeTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label={tab('history')} path="history">
        <HistoryTab />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  );
}

export function OrganizationShow() {
  return (
    <ShowPage>
      <Breadcrumb />
      <OrganizationTabs />
    </ShowPage>
  );
}
