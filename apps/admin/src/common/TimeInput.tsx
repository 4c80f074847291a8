import { TextInput, type TextInputProps, type Validator } from 'react-admin';
import { formatMonth, isMonth, isTime, parseMonth, parseTime } from './times';

/** A time input must hold a whole clock time; an unfinished one stays as typed and is reported here. */
export const validTime: Validator = (value: unknown) =>
  value == null || value === '' || isTime(value) ? undefined : 'chibo.validation.invalid_time';

/**
 * A clock time typed as "19:30" or "19h30" and stored as 'HH:MM'. A text input rather than the browser's time
 * picker, which shows AM/PM on an English Windows.
 */
export function TimeInput(props: TextInputProps) {
  const extra = props.validate ? (Array.isArray(props.validate) ? props.validate : [props.validate]) : [];
  return (
    <TextInput
      {...props}
      parse={(text: string) => (text.trim() === '' ? null : (parseTime(text) ?? text))}
      validate={[validTime, ...extra]}
      placeholder="hh:mm"
      slotProps={{ htmlInput: { autoComplete: 'off', maxLength: 5 } }}
      sx={{ width: 120, ...props.sx }}
    />
  );
}

export const validMonth: Validator = (value: unknown) =>
  value == null || value === '' || isMonth(value) ? undefined : 'chibo.validation.invalid_month';

/** A month typed as "11/2026" and stored as 'YYYY-MM' (the API's month filter). */
export function MonthInput(props: TextInputProps) {
  return (
    <TextInput
      {...props}
      format={(value: unknown) => (isMonth(value) ? formatMonth(value) : typeof value === 'string' ? value : '')}
      parse={(text: string) => (text.trim() === '' ? null : (parseMonth(text) ?? text))}
      validate={validMonth}
      placeholder="mm/yyyy"
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', maxLength: 7 } }}
      sx={{ width: 140, ...props.sx }}
    />
  );
}
