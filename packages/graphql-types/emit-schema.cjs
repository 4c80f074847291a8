// Asks the built API for its schema and writes it beside this file.
const { resolve } = require('node:path');
const { emitSchema } = require('@chibo/api/dist/schema-file.js');

emitSchema(resolve(__dirname, 'schema.graphql')).catch((err) => {
  console.error(err);
  process.exit(1);
});
