import { resolve } from 'node:path';
import { emitSchema } from '../schema-file';

const target = resolve(process.argv[2] ?? 'schema.graphql');
emitSchema(target)
  .then(() => console.log(`schema written to ${target}`))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
