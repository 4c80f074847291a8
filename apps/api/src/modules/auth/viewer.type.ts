import { type Capabilities, Role } from '@chibo/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { describeEnum } from '../../shared/describe-enum';

describeEnum(Role, 'Role', 'A user’s role, held over a subtree of the organization tree.', {
  ADMINISTRATOR: 'Party office: keeps the structure under their ward committee.',
  COMMITTEE_MEMBER: 'Committee member: reads everything in the ward.', BRANCH_SECRETARY: 'Branch secretary: their own branch.',
  INSPECTOR: 'Inspection committee: reads everything in the ward and the audit log.',
  ANALYST: 'Reads everything but personal fields (phone, birth date, identity number, email, address).',
});

@ObjectType('Capabilities', { description: 'What the signed-in user may do.' })
export class CapabilitiesType implements Capabilities {
  @Field({ description: 'May create, change and delete wards, organizations, members and their dated records.' })
  editStructure!: boolean;

  @Field({ description: 'May record meetings, attendance, resolutions, thematic plans and member tasks of the organizations in scope.' })
  recordMeetings!: boolean;

  @Field({ description: 'Sees members’ personal fields.' })
  readPersonalData!: boolean;

  @Field({ description: 'Reads the audit log.' })
  readAudit!: boolean;

  @Field({ description: 'Assigns committee members to attend branch meetings and chooses pilot branches in scope.' })
  supervise!: boolean;
}

/** The signed-in user as requests see it. */
@ObjectType('Viewer', { description: 'The signed-in user.' })
export class Viewer {
  @Field(() => ID, { description: 'User id.' })
  id!: string;

  @Field({ description: 'Login name.' })
  username!: string;

  @Field({ description: 'Name shown in the panel.' })
  displayName!: string;

  @Field(() => Role, { description: 'Role.' })
  role!: Role;

  @Field(() => ID, { description: 'The organization whose subtree the role covers.' })
  organizationId!: string;

  @Field(() => CapabilitiesType, { description: 'What the role may do.' })
  can!: CapabilitiesType;

  /** Tree path of the scope organization; every read is limited to paths starting with it. */
  scopePath!: string;

  userId!: number;
}
