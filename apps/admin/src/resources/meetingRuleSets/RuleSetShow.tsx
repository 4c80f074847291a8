import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDay } from '../../common/days';
import { ENUMS, enumLabel } from '../../common/enums';
import { FieldRow, ShowPage } from '../../common/pages';
import { formatPercent } from '../../common/times';
import type { MeetingRuleSetRecord } from '../../dataProvider/types';
import { LengthDecisionsButton } from '../meetingLengthDecisions/LengthDecisionsButton';
import { InForceChip } from './RuleSetList';

/** A labelled value of a document's page; none said as "not set". */
export function Value({ source, children }: { source: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Labeled source={source}>
      <Typography component="span" variant="body2">
        {children ?? <span style={{ color: '#888' }}>{translate('chibo.rule_set.not_set')}</span>}
      </Typography>
    </Labeled>
  );
}

/** A document's number as the page's heading, with whether it is in force today. */
export function DocumentHeading({ title, record }: { title: string; record: Pick<MeetingRuleSetRecord, 'validFrom' | 'validTo'> }) {
  return (
    <Stack direction="row" spacing={1.5} alignItems="center">
      <Typography variant="h6" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <InForceChip record={record} />
    </Stack>
  );
}

/** The days a document is in force: from its first day to the first day it no longer is, or still. */
export function PeriodValues({ record }: { record: Pick<MeetingRuleSetRecord, 'validFrom' | 'validTo'> }) {
  const translate = useTranslate();
  return (
    <>
      <Value source="validFrom">{formatDay(record.validFrom)}</Value>
      <Value source="validTo">{record.validTo ? formatDay(record.validTo) : translate('chibo.rule_set.open_ended')}</Value>
    </>
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
      <DocumentHeading title={record.documentNumber} record={record} />
      <Typography variant="body1">{record.title}</Typography>
      <FieldRow>
        <Value source="documentDate">{formatDay(record.documentDate)}</Value>
        <PeriodValues record={record} />
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
        <Value source="localLengthAllowed">{yesNo(record.localLengthAllowed)}</Value>
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

/** A rule set that lets the competent committee decide the meeting length leads to those decisions. */
function Actions() {
  const record = useRecordContext<MeetingRuleSetRecord>();
  return record?.localLengthAllowed ? <LengthDecisionsButton /> : null;
}

export function RuleSetShow() {
  return (
    <ShowPage actions={<Actions />}>
      <RuleSetPage />
    </ShowPage>
  );
}
