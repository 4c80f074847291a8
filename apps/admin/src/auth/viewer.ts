import type { Capabilities, Organization, Role, Viewer as ApiViewer } from '@chibo/graphql-types';

/**
 * Who is signed in, as the API's `me` and `login` answer it. The fields are exactly the selection in
 * VIEWER_FIELDS, so the type matches what the server sends.
 */

export type { Role };

export type Viewer = Pick<ApiViewer, 'id' | 'username' | 'displayName' | 'role' | 'organizationId'> & {
  /** The organization whose subtree the role covers: the ward committee, or a secretary's branch. */
  organization: Pick<Organization, 'id' | 'name' | 'kind'> | null;
  /**
   * editStructure: create, update, delete the structure; recordMeetings: meetings, attendance, resolutions, plans and
   * tasks of the organizations in scope; readPersonalData: the API answers null for personal fields otherwise;
   * supervise: assigns committee members to attend branch meetings and chooses pilot branches.
   */
  can: Pick<Capabilities, 'editStructure' | 'recordMeetings' | 'readPersonalData' | 'readAudit' | 'supervise'>;
};

export const VIEWER_FIELDS =
  'id username displayName role organizationId organization { id name kind } can { editStructure recordMeetings readPersonalData readAudit supervise }';

/** The branch a branch secretary's panel is fixed to (the API refuses them the rest); none for the other roles. */
export function ownBranchId(viewer: Viewer | null | undefined): string | undefined {
  return viewer?.role === 'BRANCH_SECRETARY' ? viewer.organizationId : undefined;
}
