// `npm run codegen` step: rewrites the NodeLabel, RelationshipType and CoverageDimension enums of schema.graphql from the registries.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sdlEnumDifferences, syncSdlEnums } from './sdl-enums.js';

const file = join(import.meta.dirname, '..', 'schema.graphql');
const before = readFileSync(file, 'utf8');
const changes = sdlEnumDifferences(before);
if (changes.length > 0) {
  writeFileSync(file, syncSdlEnums(before));
  console.log(`schema.graphql: enums rewritten from the registries:\n  ${changes.join('\n  ')}`);
}
