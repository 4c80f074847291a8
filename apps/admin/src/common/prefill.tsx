import { CreateButton, type RedirectionSideEffect, useCreatePath, useLocation } from 'react-admin';

/** Pages a create form may send the user back to: a record page of the panel, never another site. */
const RETURNABLE =
  /^\/(organizations|partyGroups|members|positions|wards|meetings|resolutions)\/[^/?#]+\/show(\/[a-z]+)?$|^\/memberTasks\/without$/;

/**
 * A create button whose form opens pre-filled (react-admin reads `source` from the URL, so a reload keeps
 * it) and which, after saving, returns to the page it was opened from, e.g. a branch's member tab.
 */
export function PrefilledCreateButton(props: {
  resource: string;
  values: Record<string, unknown>;
  label: string;
  returnTo?: string;
}) {
  const createPath = useCreatePath();
  const search = new URLSearchParams({ source: JSON.stringify(props.values) });
  if (props.returnTo) search.set('returnTo', props.returnTo);
  return (
    <CreateButton
      resource={props.resource}
      label={props.label}
      to={{ pathname: createPath({ resource: props.resource, type: 'create' }), search: `?${search}` }}
      sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
    />
  );
}

/** Where a create form goes after saving: back to the page that opened it, else the fallback (the new record's page). */
export function useReturnTo(fallback: RedirectionSideEffect = 'show'): RedirectionSideEffect {
  const { search } = useLocation();
  const returnTo = new URLSearchParams(search).get('returnTo');
  return returnTo && RETURNABLE.test(returnTo) ? () => returnTo : fallback;
}
