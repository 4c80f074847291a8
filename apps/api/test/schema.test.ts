import 'reflect-metadata';
import { type GraphQLField, type GraphQLInputField, isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../src/schema';

describe('the schema analysts read', () => {
  it('describes every type, field, argument and enum value', async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description && type !== schema.getQueryType() && type !== schema.getMutationType()) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown> | GraphQLInputField>) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description && !['id', 'input', 'filter'].includes(arg.name)) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type) && !['Gender', 'SortDirection'].includes(type.name)) {
        for (const value of type.getValues()) if (!value.description && !type.name.endsWith('SortField')) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('offers the same list convention for every entity', async () => {
    const schema = await createSchema();
    const query = schema.getQueryType()!.getFields();
    for (const list of ['wards', 'organizations', 'members', 'memberships', 'positions', 'exemptions', 'specialDuties']) {
      const args = query[list].args.map((a) => a.name);
      expect(args).toEqual(expect.arrayContaining(['filter', 'offset', 'limit']));
      const page = query[list].type.toString().replace('!', '');
      const fields = (schema.getType(page) as { getFields: () => Record<string, unknown> }).getFields();
      expect(Object.keys(fields)).toEqual(expect.arrayContaining(['items', 'total']));
    }
  });
});
