import { Alert, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { FieldRow, ShowPage } from '../../common/pages';
import { LabeledRef } from '../../common/RefField';
import type { MeetingLengthDecisionRecord } from '../../dataProvider/types';
import { DocumentHeading, PeriodValues, Value } from '../meetingRuleSets/RuleSetShow';
import { BranchKindOf } from './LengthDecisionList';

/** A committee's decision: where it applies, the minutes, its period, and what it does to the meetings it covers. */
function DecisionPage() {
  const record = useRecordContext<MeetingLengthDecisionRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <DocumentHeading title={record.decisionReference} record={record} />
      <FieldRow>
        <LabeledRef source="organization" reference="organizations" />
        <Value source="branchKind">
          <BranchKindOf record={record} />
        </Value>
        <Value source="minutes">
          <strong>{translate('chibo.length_decision.minutes_value', { smart_count: record.minutes })}</strong>
        </Value>
        <PeriodValues record={record} />
      </FieldRow>
      <Alert severity="info" sx={{ maxWidth: 1100 }}>
        {translate('chibo.length_decision.explain')}
      </Alert>
    </Stack>
  );
}

export function LengthDecisionShow() {
  return (
    <ShowPage>
      <DecisionPage />
    </ShowPage>
  );
}
