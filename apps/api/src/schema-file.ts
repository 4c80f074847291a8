import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema';

/** Writes the API's schema as SDL, sorted so diffs stay small. */
export async function emitSchema(target: string): Promise<void> {
  const schema = await createSchema();
  writeFileSync(target, `${printSchema(lexicographicSortSchema(schema))}\n`);
}
