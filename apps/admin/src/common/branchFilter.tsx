import { AutocompleteInput, ReferenceInput } from 'react-admin';

/**
 * The "branch" filter of the meeting-record lists (resolutions, tasks, thematic plans, member tasks): a search over
 * branches by name, always shown. A function, not a component, because react-admin reads `source` and `alwaysOn`
 * from the filter element itself.
 */
export function branchFilter() {
  return (
    <ReferenceInput
      key="organizationId"
      source="organizationId"
      reference="organizations"
      filter={{ kind: ['BRANCH'] }}
      sort={{ field: 'name', order: 'ASC' }}
      alwaysOn
    >
      <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
    </ReferenceInput>
  );
}
