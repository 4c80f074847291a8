import { Typography } from '@mui/material';
import { useGetOne, useTranslate } from 'react-admin';
import { formatDateTime, formatDay, isIsoDateTime, isIsoDay } from '../../common/days';
import { ENUMS, type EnumName, enumLabel } from '../../common/enums';
import { RefLink } from '../../common/RefField';
import { ENUM_OF, REFERENCE_OF } from './changes';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const DASH = '—';

/** A recorded value as a person reads it: days dd/MM/yyyy, enum labels, yes/no, names of nested records. */
export function formatValue(field: string, value: unknown, translate: Translate): string {
  if (value === null || value === undefined || value === '') return DASH;
  if (typeof value === 'boolean') return translate(value ? 'chibo.common.yes' : 'chibo.common.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (isIsoDay(value)) return formatDay(value);
    if (isIsoDateTime(value)) return formatDateTime(value);
    const enumName = (ENUM_OF[field] ?? []).find((name) => (ENUMS[name as EnumName] as readonly string[]).includes(value));
    return enumName ? translate(enumLabel(enumName as EnumName, value)) : value;
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? DASH : value.map((item) => formatValue(field, item, translate)).join(', ');
  }
  const named = value as { name?: unknown; fullName?: unknown };
  const name = named.fullName ?? named.name;
  return typeof name === 'string' ? name : JSON.stringify(value);
}

/** An id of another record, named and linked when the record can still be read (a deleted one keeps its id). */
function ReferenceValue({ reference, id }: { reference: string; id: string }) {
  const { data } = useGetOne<{ id: string; name?: string; fullName?: string }>(reference, { id }, { retry: false });
  const name = data?.fullName ?? data?.name;
  if (!name) return <>{id}</>;
  return (
    <>
      <RefLink value={{ id, name }} reference={reference} />
      <Typography component="span" variant="caption" color="text.secondary">
        {' '}
        (#{id})
      </Typography>
    </>
  );
}

/** One cell of the before/after table. */
export function AuditValue({ field, value }: { field: string; value: unknown }) {
  const translate = useTranslate();
  const reference = REFERENCE_OF[field];
  if (reference && (typeof value === 'string' || typeof value === 'number') && value !== '') {
    return <ReferenceValue reference={reference} id={String(value)} />;
  }
  return <>{formatValue(field, value, translate)}</>;
}

/** The label of a field of an audited record: the resource's own field label, else a general one, else its name. */
export function fieldLabel(resource: string | undefined, field: string, translate: Translate): string {
  const general = translate(`chibo.audit.fields.${field}`, { _: field });
  return resource ? translate(`resources.${resource}.fields.${field}`, { _: general }) : general;
}

/** The label of an audited entity: the panel's name for the resource, else the audit log's own, else as the API says. */
export function entityLabel(resource: string | undefined, entity: string, translate: Translate): string {
  if (resource) return translate(`resources.${resource}.name`, { smart_count: 1 });
  return translate(`chibo.audit.entities.${entity}`, { _: entity });
}
