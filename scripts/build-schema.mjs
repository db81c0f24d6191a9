// Writes payload.schema.json from the same schema definition the validator uses.
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '../lib/payload/json-schema.js';
import { PayloadSchema } from '../lib/payload/schema.js';

const document = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'newsroom-widgets payload, version 1',
  description:
    'One JSON object that feeds every widget. Beyond this shape, the validator (newsroom-widgets validate) also checks: unique ids, source references, http(s) URLs, real calendar dates.',
  ...toJsonSchema(PayloadSchema),
};
writeFileSync(new URL('../payload.schema.json', import.meta.url), JSON.stringify(document, null, 2) + '\n');
console.log('payload.schema.json written');
