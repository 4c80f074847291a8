import { Chip, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { DataTable, useTranslate } from 'react-admin';
import { DayField } from '../../common/DayField';
import { EnumField } from '../../common/EnumField';
import { RefLink } from '../../common/RefField';
import type { MemberRecord } from '../../dataProvider/types';
import { useReadsPersonalData } from '../../auth/useViewer';

const Column = DataTable.Col<MemberRecord>;

// People's and party groups' names read badly broken over two lines; branch names are too long not to wrap.
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** Exempt and special-duty members are left out of meeting attendance: the roll must show it at a glance. */
function Flags({ record }: { record: MemberRecord }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5}>
      {record.isExempt && <Chip size="small" color="warning" variant="outlined" label={translate('resources.members.fields.isExempt')} />}
      {record.isOnSpecialDuty && (
        <Chip size="small" color="info" variant="outlined" label={translate('resources.members.fields.isOnSpecialDuty')} />
      )}
    </Stack>
  );
}

/**
 * The member roll as a table, used by the member list and by an organization's member tab. The name column
 * sorts by `name`, the Vietnamese roll order (given name first); the branch column is left out inside a branch.
 * Birth date is personal data: a role that may not read it (the API answers null) gets no column of empty
 * cells. Phones are on the member's page and in the export: a column of them would wrap every branch name on
 * a 1366-pixel screen.
 */
export function MemberTable({ showBranch = true, showGroup = true, empty }: { showBranch?: boolean; showGroup?: boolean; empty?: ReactNode }) {
  const personal = useReadsPersonalData();
  return (
    <DataTable rowClick="show" bulkActionButtons={false} empty={empty}>
      <Column source="name" render={(r) => r.fullName} sx={{ ...NO_WRAP, fontWeight: 500 }} />
      <Column source="gender" disableSort render={(r) => <EnumField record={r} source="gender" enumName="Gender" />} />
      {personal && <Column source="birthDate" field={DayField} />}
      <Column source="status" render={(r) => <EnumField record={r} source="status" enumName="MemberStatus" />} />
      <Column source="admittedOn" field={DayField} />
      {showBranch && (
        <Column source="branch" disableSort render={(r) => r.branch && <RefLink value={r.branch} reference="organizations" />} />
      )}
      {showGroup && (
        <Column
          source="partyGroup"
          disableSort
          sx={NO_WRAP}
          render={(r) => r.partyGroup && <RefLink value={r.partyGroup} reference="organizations" />}
        />
      )}
      <Column source="workStatus" disableSort render={(r) => <EnumField record={r} source="workStatus" enumName="WorkStatus" />} />
      <Column source="isExempt" label="" disableSort render={(r) => <Flags record={r} />} />
    </DataTable>
  );
}
