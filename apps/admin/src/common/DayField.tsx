import { Typography } from '@mui/material';
import { type FieldProps, useFieldValue, useTranslate } from 'react-admin';
import { formatDay } from './days';

/** A calendar day shown dd/MM/yyyy, read straight from the API's 'YYYY-MM-DD' without time zones. */
export function DayField(props: FieldProps & { emptyText?: string }) {
  const value = useFieldValue(props);
  const translate = useTranslate();
  const text = formatDay(typeof value === 'string' ? value : null);
  return (
    <Typography component="span" variant="body2" className={props.className}>
      {text || (props.emptyText ? translate(props.emptyText, { _: props.emptyText }) : '')}
    </Typography>
  );
}

/** A dated period "01/07/2025 – nay": the end is the first day no longer covered, so open periods read "nay". */
export function PeriodField(props: { fromSource?: string; toSource?: string; label?: string; source?: string }) {
  const from = useFieldValue({ source: props.fromSource ?? 'from' });
  const to = useFieldValue({ source: props.toSource ?? 'to' });
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatDay(typeof from === 'string' ? from : null)} – {to ? formatDay(String(to)) : translate('chibo.common.present')}
    </Typography>
  );
}
