import { Stack, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { type FieldProps, Labeled, Link, useCanAccess, useCreatePath, useFieldValue, useTranslate } from 'react-admin';

interface Named {
  id: string;
  name?: string;
  fullName?: string;
  kind?: string;
}

const label = (value: Named) => value.name ?? value.fullName ?? value.id;

// A link inside a clickable table row must not also open the row's record.
const stop = (event: MouseEvent) => event.stopPropagation();

/**
 * A link to a related record's page, named from what the list already loaded. A record the viewer may not
 * open (a branch secretary looking up the tree) is named without a link, rather than a link to a refusal.
 */
export function RefLink({ value, reference }: { value: Named; reference: string }) {
  const createPath = useCreatePath();
  // The record is passed on purpose: inside a show page the context record is the page's, not the link's.
  const { canAccess } = useCanAccess({ resource: reference, action: 'show', record: value });
  if (canAccess === false) {
    return (
      <Typography component="span" variant="body2">
        {label(value)}
      </Typography>
    );
  }
  return (
    <Link to={createPath({ resource: reference, id: value.id, type: 'show' })} onClick={stop} variant="body2">
      {label(value)}
    </Link>
  );
}

/**
 * A related record selected inside the parent's query ({ id, name }), shown as a link. Unlike
 * ReferenceField it needs no request of its own, which matters on a page of 25 members.
 */
export function RefField(props: FieldProps & { reference: string; emptyText?: string }) {
  const value = useFieldValue(props) as Named | null | undefined;
  const translate = useTranslate();
  if (!value) {
    return props.emptyText ? (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate(props.emptyText, { _: props.emptyText })}
      </Typography>
    ) : null;
  }
  return <RefLink value={value} reference={props.reference} />;
}

/** A list of related records as links, e.g. the wards a ward was merged from. */
export function RefListField(props: FieldProps & { reference: string; emptyText?: string }) {
  const value = useFieldValue(props) as Named[] | null | undefined;
  const translate = useTranslate();
  if (!value || value.length === 0) {
    return props.emptyText ? (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate(props.emptyText, { _: props.emptyText })}
      </Typography>
    ) : null;
  }
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" component="span">
      {value.map((item) => (
        <RefLink key={item.id} value={item} reference={props.reference} />
      ))}
    </Stack>
  );
}

/** A related record as a labelled link: on record pages, and for what a form shows but does not change. */
export function LabeledRef({ source, reference, emptyText }: { source: string; reference: string; emptyText?: string }) {
  return (
    <Labeled source={source}>
      <RefField source={source} reference={reference} emptyText={emptyText} />
    </Labeled>
  );
}
