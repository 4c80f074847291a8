import { type AutocompleteInputProps, SearchInput, type SelectInputProps } from 'react-admin';
import type { Viewer } from '../auth/viewer';
import { thisYear } from '../dataProvider/filters';
import { BranchPicker, ReferencePicker, YearInput } from './pickers';

/**
 * The filters that lists share, as elements: react-admin reads `source` and `alwaysOn` from the filter element
 * itself, so each is built with them.
 */

/** The search of a list by name, always shown. */
export const searchFilter = <SearchInput key="q" source="q" alwaysOn />;

/**
 * The branch a list is narrowed to (organizationId, with everything below it), always shown; with `partyGroups`,
 * a party group may be chosen too (meetings are held by both).
 */
export function branchFilter({ partyGroups = false, sx = { minWidth: 280 } }: { partyGroups?: boolean; sx?: AutocompleteInputProps['sx'] } = {}) {
  return partyGroups ? (
    <ReferencePicker
      key="organizationId"
      source="organizationId"
      reference="organizations"
      filter={{ kind: ['BRANCH', 'PARTY_GROUP'] }}
      alwaysOn
      input={{ sx }}
    />
  ) : (
    <BranchPicker key="organizationId" source="organizationId" alwaysOn input={{ sx }} />
  );
}

/** The year a list is narrowed to, always shown. */
export function yearFilter(props: Pick<SelectInputProps, 'validate'> = {}) {
  return <YearInput key="year" source="year" alwaysOn {...props} />;
}

/**
 * A list of a year's records (thematic plans, members' tasks), this year's unless another is chosen, and of a
 * branch: a branch secretary's is their own, fixed by the API, so the branch is not offered to them.
 */
export function yearListFilters(viewer: Viewer) {
  return {
    filters: [yearFilter(), ...(viewer.role === 'BRANCH_SECRETARY' ? [] : [branchFilter()])],
    filterDefaultValues: { year: thisYear() },
  };
}
