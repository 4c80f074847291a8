import { Chip, Typography } from '@mui/material';
import { type FieldProps, useFieldValue, useTranslate } from 'react-admin';
import { type EnumName, enumLabel } from './enums';

/** An API enum value shown with its label in the current language ("BRANCH" → "Chi bộ"). */
export function EnumField(props: FieldProps & { enumName: EnumName; chip?: boolean }) {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (typeof value !== 'string' || value === '') return null;
  const label = translate(enumLabel(props.enumName, value));
  if (props.chip) return <Chip size="small" label={label} variant="outlined" />;
  return (
    <Typography component="span" variant="body2">
      {label}
    </Typography>
  );
}
