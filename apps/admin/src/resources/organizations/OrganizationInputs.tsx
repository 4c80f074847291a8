import type { OrganizationKind } from '@chibo/graphql-types';
import { Alert, Stack, Typography } from '@mui/material';
import { useEffect } from 'react';
import {
  AutocompleteArrayInput,
  maxLength,
  ReferenceArrayInput,
  regex,
  required,
  SelectInput,
  TextInput,
  useGetOne,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { enumChoices, PARENT_KINDS } from '../../common/enums';
import { ReferencePicker } from '../../common/pickers';
import { UnitInputs } from '../../common/UnitInputs';
import type { OrganizationRecord } from '../../dataProvider/types';
import { PlacementFields } from './fields';

const branchKindRequired: Validator = (value: unknown, values: { kind?: string }) =>
  values.kind === 'BRANCH' && !value ? 'chibo.validation.branch_kind_required' : undefined;

// The API accepts letters, digits, dot, dash and underscore in a code.
const codeFormat = regex(/^[\p{L}\p{N}._-]+$/u, 'chibo.validation.code_format');

/**
 * A new organization belongs to its parent's ward: the ward is copied from the chosen parent, so it cannot
 * disagree with it (the API would refuse). Only a ward committee, which has no parent, asks for the ward.
 */
function WardFromParent() {
  const parentId = useWatch({ name: 'parentId' }) as string | undefined;
  const { setValue } = useFormContext();
  const translate = useTranslate();
  const { data: parent } = useGetOne<OrganizationRecord>('organizations', { id: parentId ?? '' }, { enabled: !!parentId });
  useEffect(() => {
    if (parent && parent.id === parentId) setValue('wardId', parent.wardId, { shouldDirty: true });
  }, [parent, parentId, setValue]);
  if (!parent) return null;
  return (
    <Typography variant="caption" color="text.secondary" sx={{ mt: -1, mb: 1 }}>
      {translate('chibo.organization.ward_from_parent')} {parent.ward?.name}
    </Typography>
  );
}

/** Where a new organization sits: its level, the kind of branch, its parent (and through it, its ward). */
function PlacementInputs({ partyGroup }: { partyGroup: boolean }) {
  const kind = (useWatch({ name: 'kind' }) as OrganizationKind | undefined) ?? (partyGroup ? 'PARTY_GROUP' : undefined);
  const parentKinds = kind ? PARENT_KINDS[kind] : [];
  return (
    <>
      {!partyGroup && (
        <Stack direction="row" spacing={2}>
          <SelectInput source="kind" choices={enumChoices('OrganizationKind', ['WARD_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'BRANCH'])} validate={required()} sx={{ width: 240 }} />
          {kind === 'BRANCH' && (
            <SelectInput source="branchKind" choices={enumChoices('BranchKind')} validate={branchKindRequired} sx={{ width: 260 }} />
          )}
        </Stack>
      )}
      {kind === 'WARD_COMMITTEE' ? (
        <ReferencePicker source="wardId" reference="wards" input={{ validate: required(), sx: { width: 480 } }} />
      ) : (
        kind && (
          <>
            <ReferencePicker
              source="parentId"
              reference="organizations"
              filter={{ kind: parentKinds }}
              input={{ validate: required(), sx: { width: 480 } }}
            />
            <WardFromParent />
          </>
        )
      )}
    </>
  );
}

/** The fixed placement of an existing organization, shown read-only: the API keeps the past true by not moving units. */
function FixedPlacement({ partyGroup }: { partyGroup: boolean }) {
  const record = useRecordContext<OrganizationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Stack direction="row" spacing={4} sx={{ mb: 1 }}>
        <PlacementFields level={!partyGroup} />
      </Stack>
      <Alert severity="info" sx={{ mb: 2, maxWidth: 720 }}>
        {translate('chibo.organization.kind_fixed')}
      </Alert>
      {record.kind === 'BRANCH' && (
        <SelectInput source="branchKind" choices={enumChoices('BranchKind')} validate={branchKindRequired} sx={{ width: 260 }} />
      )}
    </>
  );
}

/**
 * Inputs hidden after a change of level keep their values: a ward committee keeps no parent, only a branch
 * keeps a kind of branch, so the API is not sent what the user can no longer see.
 */
export function withoutHiddenPlacement<T extends { kind?: string; parentId?: string | null; branchKind?: string | null }>(data: T): T {
  return {
    ...data,
    ...(data.kind === 'WARD_COMMITTEE' ? { parentId: null } : {}),
    ...(data.kind && data.kind !== 'BRANCH' ? { branchKind: null } : {}),
  };
}

/** The inputs of an organization (or, with partyGroup, of a party group), shared by the create and edit forms. */
export function OrganizationInputs({ mode, partyGroup = false }: { mode: 'create' | 'edit'; partyGroup?: boolean }) {
  return (
    <>
      {mode === 'create' ? <PlacementInputs partyGroup={partyGroup} /> : <FixedPlacement partyGroup={partyGroup} />}
      <UnitInputs codeRules={[codeFormat]} />
      <TextInput source="address" validate={maxLength(300)} sx={{ width: '100%', maxWidth: 720 }} />
      <ReferenceArrayInput
        source="predecessorIds"
        reference="organizations"
        filter={{ includeDissolved: true }}
        sort={{ field: 'name', order: 'ASC' }}
      >
        <AutocompleteArrayInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ width: '100%', maxWidth: 720 }} />
      </ReferenceArrayInput>
      <TextInput source="note" multiline minRows={2} validate={maxLength(5000)} sx={{ width: '100%', maxWidth: 720 }} />
    </>
  );
}
