import { Labeled } from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { LabeledRef } from '../../common/RefField';

/** Where an organization sits: its level (and kind of branch) when asked, its parent and its ward. */
export function PlacementFields({ level, branchKind = false }: { level: boolean; branchKind?: boolean }) {
  return (
    <>
      {level && (
        <Labeled source="kind">
          <EnumField source="kind" enumName="OrganizationKind" />
        </Labeled>
      )}
      {branchKind && (
        <Labeled source="branchKind">
          <EnumField source="branchKind" enumName="BranchKind" />
        </Labeled>
      )}
      <LabeledRef source="parent" reference="organizations" emptyText="chibo.common.none" />
      <LabeledRef source="ward" reference="wards" />
    </>
  );
}
