import {
  AutocompleteInput,
  type AutocompleteInputProps,
  ReferenceInput,
  type ReferenceInputProps,
  SelectInput,
  type SelectInputProps,
} from 'react-admin';
import { thisYear } from '../dataProvider/filters';

/**
 * Inputs that choose a related record by its name, as typed (the API's search), in name order: organizations
 * by name, members by full name. The autocomplete's own props (validate, disabled, helperText, sx) are given as
 * `input`; the other props go to ReferenceInput, as do those a list's filter form adds to its filter elements.
 */

interface PickerProps {
  source: string;
  input?: AutocompleteInputProps;
  alwaysOn?: boolean;
  enableGetChoices?: ReferenceInputProps['enableGetChoices'];
}

const BY_NAME = { field: 'name', order: 'ASC' } as const;
const BRANCHES = { kind: ['BRANCH'] };

/** A record of `reference`, by name. */
export function ReferencePicker({ input, ...props }: PickerProps & { reference: string; filter?: ReferenceInputProps['filter'] }) {
  return (
    <ReferenceInput sort={BY_NAME} {...props}>
      <AutocompleteInput optionText="name" {...input} />
    </ReferenceInput>
  );
}

/** A branch. */
export function BranchPicker(props: PickerProps) {
  return <ReferencePicker reference="organizations" filter={BRANCHES} {...props} />;
}

/** A party group of the branch chosen; none to choose before the branch is. */
export function PartyGroupPicker({ branchId, input, ...props }: PickerProps & { branchId: string | undefined }) {
  return (
    <ReferencePicker
      reference="organizations"
      filter={{ kind: ['PARTY_GROUP'], parentId: branchId }}
      enableGetChoices={() => !!branchId}
      input={{ disabled: !branchId, ...input }}
      {...props}
    />
  );
}

/**
 * A member of an organization (a branch and its party groups) on a day, when one is given: the API refuses
 * anyone else. None to choose before the organization is known.
 */
export function MemberPicker({
  organizationId,
  day,
  input,
  ...props
}: PickerProps & { organizationId: string | undefined; day?: string | null }) {
  return (
    <ReferencePicker
      reference="members"
      filter={{ organizationId, ...(day ? { asOf: day } : {}) }}
      enableGetChoices={() => !!organizationId}
      input={{ optionText: 'fullName', ...input }}
      {...props}
    />
  );
}

/** Last year, this year and next: plans are made for the coming year and looked back on. */
export function yearChoices() {
  const year = thisYear();
  return [year + 1, year, year - 1, year - 2].map((y) => ({ id: y, name: String(y) }));
}

/** The year of a plan, of members' tasks, among those that are planned or looked back on. */
export function YearInput(props: Omit<SelectInputProps, 'choices'>) {
  return <SelectInput source="year" choices={yearChoices()} {...props} />;
}
