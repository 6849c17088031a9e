// `npm run schema:print`: writes schema.graphql from the Pothos schema (never edit it by hand).
import { writeFileSync } from 'node:fs';
import { printSchemaFile } from './schema-file.js';

writeFileSync(new URL('../../schema.graphql', import.meta.url), printSchemaFile());
console.log('schema.graphql written');
