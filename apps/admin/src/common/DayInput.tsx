import { TextInput, type TextInputProps, useTranslate, type Validator } from 'react-admin';
import { formatDay, isIsoDay, parseDay } from './days';

/** A day input must hold a whole, real day; an unfinished one stays as typed and is reported here. */
export const validDay: Validator = (value: unknown) =>
  value == null || value === '' || isIsoDay(value) ? undefined : 'chibo.validation.invalid_day';

/**
 * A day typed as dd/mm/yyyy and stored as 'YYYY-MM-DD'. A text input rather than the browser's date picker:
 * the picker shows the browser's locale (mm/dd/yyyy on an English Windows), and records are typed from paper
 * files, which is quicker on the keyboard.
 */
export function DayInput(props: TextInputProps) {
  const translate = useTranslate();
  const extra = props.validate ? (Array.isArray(props.validate) ? props.validate : [props.validate]) : [];
  return (
    <TextInput
      {...props}
      format={(value: unknown) => (isIsoDay(value) ? formatDay(value) : typeof value === 'string' ? value : '')}
      parse={(text: string) => (text.trim() === '' ? null : (parseDay(text) ?? text))}
      validate={[validDay, ...extra]}
      placeholder={translate('chibo.common.day_placeholder')}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', maxLength: 10 } }}
      sx={{ width: 190, ...props.sx }}
    />
  );
}
