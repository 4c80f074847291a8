import { Stack } from '@mui/material';
import {
  EditButton,
  Labeled,
  NumberField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DayField } from '../../common/DayField';
import { EnumField } from '../../common/EnumField';
import { useFormatNumber } from '../../common/numbers';
import { RefField } from '../../common/RefField';
import type { OrganizationRecord } from '../../dataProvider/types';
import { Breadcrumb } from './Breadcrumb';
import { ChildrenTab } from './ChildrenTab';
import { CommitteeTab } from './CommitteeTab';
import { HistoryTab } from './HistoryTab';
import { MembersTab } from './MembersTab';

function Details() {
  const record = useRecordContext<OrganizationRecord>();
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={4} useFlexGap flexWrap="wrap">
        <Labeled source="code">
          <TextField source="code" />
        </Labeled>
        <Labeled source="kind">
          <EnumField source="kind" enumName="OrganizationKind" />
        </Labeled>
        {record?.kind === 'BRANCH' && (
          <Labeled source="branchKind">
            <EnumField source="branchKind" enumName="BranchKind" />
          </Labeled>
        )}
        <Labeled source="parent">
          <RefField source="parent" reference="organizations" emptyText="chibo.common.none" />
        </Labeled>
        <Labeled source="ward">
          <RefField source="ward" reference="wards" />
        </Labeled>
      </Stack>
      <Stack direction="row" spacing={4} useFlexGap flexWrap="wrap">
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
        <Labeled source="secretary">
          <RefField source="secretary" reference="members" emptyText="chibo.common.none" />
        </Labeled>
      </Stack>
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
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <Breadcrumb />
      <OrganizationTabs />
    </Show>
  );
}
