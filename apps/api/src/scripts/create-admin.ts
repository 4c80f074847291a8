#!/usr/bin/env node
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { passwordProblems, Role } from '@chibo/domain';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { User } from '../modules/auth/user.entity';
import { createUser, randomPassword } from '../modules/auth/users';
import { Organization } from '../modules/organization/organization.entity';

const HELP = `Usage: npm run create-admin -- --username NAME --organization-id ID [--name "Display name"] [--role ROLE]
Creates a user (an ADMINISTRATOR by default) scoped to the organization's subtree, usually the ward committee.
The password is read from the environment variable NEW_PASSWORD, or generated and printed once.`;

async function main() {
  const { values } = parseArgs({ options: { username: { type: 'string' }, 'organization-id': { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help || !values.username || !values['organization-id']) {
    console.log(HELP);
    process.exit(values.help ? 0 : 2);
  }
  const role = (values.role ?? Role.ADMINISTRATOR) as Role;
  if (!Object.values(Role).includes(role)) throw new Error(`--role must be one of ${Object.values(Role).join(', ')}`);
  const generated = !process.env.NEW_PASSWORD;
  const password = process.env.NEW_PASSWORD ?? randomPassword();
  const problems = passwordProblems(password, values.username);
  if (problems.length) throw new Error(problems.join(' '));
  const orm = await openDatabase(loadConfig());
  try {
    const em = orm.em.fork();
    const organization = await em.findOne(Organization, { id: Number(values['organization-id']) });
    if (!organization) throw new Error(`No organization with id ${values['organization-id']}`);
    if (await em.findOne(User, { username: values.username.trim().toLowerCase() })) throw new Error('That user name is taken.');
    await createUser(em, { username: values.username, displayName: values.name ?? values.username, role, organization, password });
    console.log(`Created ${role} "${values.username}" for ${organization.name}.`);
    if (generated) console.log(`Password (shown once): ${password}`);
  } finally {
    await orm.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
