import { SESSION_POLICY } from '@chibo/domain';
import { Authorized, Arg, Ctx, Field, FieldResolver, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Organization } from '../organization/organization.entity';
import { Access } from '../../shared/auth-guard';
import type { Context } from '../../context.type';
import { AppError, ErrorCode } from '../../shared/errors';
import { changePassword, login, logout } from './auth.service';
import { Viewer } from './viewer.type';

@InputType({ description: 'Credentials.' })
class LoginInput {
  @Field({ description: 'Login name.' })
  username!: string;

  @Field({ description: 'Password.' })
  password!: string;
}

@InputType({ description: 'A password change.' })
class ChangePasswordInput {
  @Field({ description: 'The password in use.' })
  currentPassword!: string;

  @Field({ description: `The new password (at least ${SESSION_POLICY.minPasswordLength} characters, not containing the login name).` })
  newPassword!: string;
}

const COOKIE_SECONDS = SESSION_POLICY.absoluteHours * 3600;

@Resolver()
export class AuthResolver {
  @Authorized(Access.PUBLIC)
  @Query(() => Viewer, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() { viewer }: Context): Viewer | null {
    return viewer;
  }

  @Authorized(Access.PUBLIC)
  @Mutation(() => Viewer, { description: 'Signs in and sets the session cookie (HttpOnly, SameSite=Strict). Wrong credentials: UNAUTHENTICATED. After repeated failures of one account from one address, that address waits a growing time: TOO_MANY_REQUESTS with extensions.retryAfterSeconds (seconds). Failures spread over addresses or accounts only slow the answer down, by a few seconds at most.' })
  async login(@Ctx() ctx: Context, @Arg('input', () => LoginInput) input: LoginInput): Promise<Viewer> {
    const { token, viewer } = await login(ctx.em, input.username, input.password, ctx.ip, ctx.sessionToken);
    ctx.setSessionCookie(token, COOKIE_SECONDS);
    return viewer;
  }

  @Authorized(Access.PUBLIC)
  @Mutation(() => Boolean, { description: 'Ends the session.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await logout(ctx.em, ctx.viewer, ctx.sessionToken, ctx.ip);
    ctx.setSessionCookie(null);
    return true;
  }

  @Authorized(Access.SELF)
  @Mutation(() => Boolean, { description: 'Changes the password; every other session ends and this one gets a new id.' })
  async changePassword(@Ctx() ctx: Context, @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput): Promise<boolean> {
    if (!ctx.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Vui lòng đăng nhập.');
    const token = await changePassword(ctx.em, ctx.viewer, input.currentPassword, input.newPassword, ctx.ip);
    ctx.setSessionCookie(token, COOKIE_SECONDS);
    return true;
  }
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization whose subtree the role covers.' })
  organization(@Root() viewer: Viewer, @Ctx() { loaders }: Context): Promise<Organization | null> {
    return loaders.organization().load(Number(viewer.organizationId));
  }
}
