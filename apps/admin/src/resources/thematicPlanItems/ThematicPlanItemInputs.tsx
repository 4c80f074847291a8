import { Stack } from '@mui/material';
import { maxLength, maxValue, minValue, NumberInput, required, SelectInput, TextInput } from 'react-admin';
import { DayInput } from '../../common/DayInput';
import { enumChoices } from '../../common/enums';
import { BranchPicker } from '../../common/pickers';
import { LabeledRef } from '../../common/RefField';
import { notAfter } from '../../common/validators';
import { todayInVietnam } from '../../dataProvider/filters';

export const QUARTERS = [1, 2, 3, 4].map((quarter) => ({ id: quarter, name: `chibo.plan.quarters.${quarter}` }));

/** A quarter of a branch's annual plan of thematic meetings: the branch is fixed once planned. */
export function ThematicPlanItemInputs({ mode }: { mode: 'create' | 'edit' }) {
  return (
    <>
      {mode === 'create' ? (
        <BranchPicker source="branchId" input={{ validate: required(), sx: { width: 420 } }} />
      ) : (
        <LabeledRef source="branch" reference="organizations" />
      )}
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <NumberInput source="year" validate={[required(), minValue(2000), maxValue(2100)]} sx={{ width: 120 }} />
        <SelectInput source="quarter" choices={QUARTERS} validate={required()} sx={{ width: 140 }} />
        <SelectInput source="topicArea" choices={enumChoices('ThematicTopicArea')} validate={required()} sx={{ width: 440 }} />
      </Stack>
      <TextInput source="title" validate={[required(), maxLength(300)]} sx={{ width: '100%', maxWidth: 900 }} />
      <DayInput source="reportedOn" validate={notAfter(todayInVietnam())} />
    </>
  );
}
