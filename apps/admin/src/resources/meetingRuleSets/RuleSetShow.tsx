import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDay } from '../../common/days';
import { ENUMS, enumLabel } from '../../common/enums';
import { FieldRow, ShowPage } from '../../common/pages';
import { formatPercent } from '../../common/times';
import type { MeetingRuleSetRecord } from '../../dataProvider/types';
import { InForceChip } from './RuleSetList';

function Value({ source, children }: { source: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Labeled source={source}>
      <Typography component="span" variant="body2">
        {children ?? <span style={{ color: '#888' }}>{translate('chibo.rule_set.not_set')}</span>}
      </Typography>
    </Labeled>
  );
}

function RuleSetPage() {
  const record = useRecordContext<MeetingRuleSetRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const yesNo = (value: boolean | null | undefined) =>
    value == null ? null : translate(value ? 'chibo.common.yes' : 'chibo.common.no');
  const number = (value: number | null | undefined) => (value == null ? null : String(value));
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1.5} alignItems="center">
        <Typography variant="h6" sx={{ fontWeight: 600 }}>
          {record.documentNumber}
        </Typography>
        <InForceChip record={record} />
      </Stack>
      <Typography variant="body1">{record.title}</Typography>
      <FieldRow>
        <Value source="documentDate">{formatDay(record.documentDate)}</Value>
        <Value source="validFrom">{formatDay(record.validFrom)}</Value>
        <Value source="validTo">{record.validTo ? formatDay(record.validTo) : translate('chibo.rule_set.open_ended')}</Value>
      </FieldRow>
      <FieldRow>
        <Value source="regularByDay">{number(record.regularByDay)}</Value>
        <Value source="minAttendanceShare">
          {record.minAttendanceShare == null
            ? null
            : `${record.minAttendanceStrict ? '> ' : '≥ '}${formatPercent(record.minAttendanceShare, locale)}`}
        </Value>
        <Value source="noUnexcusedAbsence">{yesNo(record.noUnexcusedAbsence)}</Value>
        <Value source="maxConsecutiveExcused">{number(record.maxConsecutiveExcused)}</Value>
        <Value source="minMinutesRegular">{number(record.minMinutesRegular)}</Value>
        <Value source="minMinutesCombined">{number(record.minMinutesCombined)}</Value>
        <Value source="documentsDaysAhead">{number(record.documentsDaysAhead)}</Value>
        <Value source="thematicPerQuarter">{number(record.thematicPerQuarter)}</Value>
        <Value source="rotationQuarters">{number(record.rotationQuarters)}</Value>
        <Value source="everyWorkingMemberTasked">{yesNo(record.everyWorkingMemberTasked)}</Value>
      </FieldRow>
      <Value source="procedure">
        {record.procedure == null ? null : (
          <Stack component="span">
            {ENUMS.ProcedureStep.filter((step) => record.procedure?.includes(step)).map((step) => (
              <span key={step}>
                {ENUMS.ProcedureStep.indexOf(step) + 1}. {translate(enumLabel('ProcedureStep', step))}
              </span>
            ))}
          </Stack>
        )}
      </Value>
    </Stack>
  );
}

export function RuleSetShow() {
  return (
    <ShowPage>
      <RuleSetPage />
    </ShowPage>
  );
}
