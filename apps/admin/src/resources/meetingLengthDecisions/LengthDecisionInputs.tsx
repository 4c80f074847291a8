import { Alert, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { maxLength, maxValue, minValue, NumberInput, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { DayInput } from '../../common/DayInput';
import { enumChoices } from '../../common/enums';
import { ReferencePicker } from '../../common/pickers';
import { LabeledRef } from '../../common/RefField';
import { after } from '../../common/validators';

/** Who decides: a committee for the branches below it, or one branch for itself. */
export const DECIDING_KINDS = ['WARD_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'BRANCH'];

const Row = ({ children }: { children: ReactNode }) => (
  <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start" sx={{ width: '100%', maxWidth: 1100 }}>
    {children}
  </Stack>
);

/**
 * A committee's decision on meeting length: where it applies (fixed once recorded), optionally one kind of branch,
 * the minutes, the decision's number and date, and its period.
 */
export function LengthDecisionInputs({ mode }: { mode: 'create' | 'edit' }) {
  const translate = useTranslate();
  return (
    <>
      <Alert severity="info" sx={{ mb: 2, width: '100%', maxWidth: 1100, boxSizing: 'border-box' }}>
        {translate('chibo.length_decision.explain')}
      </Alert>
      {mode === 'create' ? (
        <ReferencePicker
          source="organizationId"
          reference="organizations"
          filter={{ kind: DECIDING_KINDS }}
          input={{ validate: required(), helperText: 'chibo.length_decision.organization_help', sx: { width: 480 } }}
        />
      ) : (
        <Stack spacing={0.5} sx={{ mb: 2 }}>
          <LabeledRef source="organization" reference="organizations" />
          <Typography variant="caption" color="text.secondary">
            {translate('chibo.length_decision.organization_fixed')}
          </Typography>
        </Stack>
      )}
      <Row>
        <SelectInput
          source="branchKind"
          choices={enumChoices('BranchKind')}
          emptyText="chibo.length_decision.any_kind"
          helperText="chibo.length_decision.branch_kind_help"
          sx={{ width: 280 }}
        />
        <NumberInput
          source="minutes"
          validate={[required(), minValue(15), maxValue(600)]}
          helperText="chibo.length_decision.minutes_help"
          sx={{ width: 240 }}
        />
      </Row>
      <Row>
        <TextInput
          source="decisionReference"
          validate={[required(), maxLength(120)]}
          helperText="chibo.length_decision.reference_help"
          sx={{ width: 380 }}
        />
        <DayInput source="validFrom" validate={required()} />
        <DayInput source="validTo" validate={after('validFrom')} helperText="chibo.rule_set.valid_to_help" sx={{ width: 300 }} />
      </Row>
    </>
  );
}
