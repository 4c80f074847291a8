import { Box, Chip } from '@mui/material';
import { DataTable, List, useLocaleState, useTranslate } from 'react-admin';
import { DayField } from '../../common/DayField';
import { ListActions } from '../../common/pages';
import { formatPercent } from '../../common/times';
import { todayInVietnam } from '../../dataProvider/filters';
import type { MeetingRuleSetRecord } from '../../dataProvider/types';
import { LengthDecisionsButton } from '../meetingLengthDecisions/LengthDecisionsButton';

const Column = DataTable.Col<MeetingRuleSetRecord>;

/** A document in force over a period: a rule set, a committee's length decision. */
type Dated = Pick<MeetingRuleSetRecord, 'validFrom' | 'validTo'>;

/** Whether a document is in force today: from its first day up to, not including, its end day. */
export const inForce = (record: Dated, today = todayInVietnam()) =>
  record.validFrom <= today && (!record.validTo || today < record.validTo);

export function InForceChip({ record }: { record: Dated }) {
  const translate = useTranslate();
  return inForce(record) ? (
    <Chip size="small" color="success" label={translate('chibo.rule_set.in_force')} />
  ) : (
    <Chip size="small" variant="outlined" label={translate(record.validFrom > todayInVietnam() ? 'chibo.rule_set.future' : 'chibo.rule_set.expired')} />
  );
}

function Share({ record }: { record: MeetingRuleSetRecord }) {
  const [locale] = useLocaleState();
  if (record.minAttendanceShare == null) return null;
  return (
    <span>
      {record.minAttendanceStrict ? '> ' : '≥ '}
      {formatPercent(record.minAttendanceShare, locale)}
    </span>
  );
}

/** The documents meetings are judged by, oldest first, with what each sets; the office keeps them. */
export function RuleSetList() {
  return (
    <List
      perPage={50}
      exporter={false}
      actions={
        <ListActions exportMax={false}>
          <LengthDecisionsButton />
        </ListActions>
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="documentNumber" disableSort sx={{ fontWeight: 600, whiteSpace: 'nowrap' }} />
        <Column source="documentDate" disableSort field={DayField} />
        <Column source="title" disableSort render={(r) => <Box sx={{ minWidth: 240, maxWidth: 420 }}>{r.title}</Box>} />
        <Column source="validFrom" disableSort field={DayField} />
        <Column source="validTo" disableSort render={(r) => <InForceChip record={r} />} label="chibo.rule_set.status" />
        <Column source="regularByDay" label="chibo.rule_set.columns.regularByDay" disableSort />
        <Column source="minAttendanceShare" label="chibo.rule_set.columns.minAttendanceShare" disableSort render={(r) => <Share record={r} />} />
        <Column source="maxConsecutiveExcused" label="chibo.rule_set.columns.maxConsecutiveExcused" disableSort />
        <Column source="minMinutesRegular" label="chibo.rule_set.columns.minMinutesRegular" disableSort />
      </DataTable>
    </List>
  );
}
