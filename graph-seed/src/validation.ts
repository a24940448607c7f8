// Entry of @kies/graph-seed without the file system (`@kies/graph-seed/validation`): the seed's row types and the
// checks of ids, references, directions and provenance, for code that must stay pure (server/src/domain).
export * from './seed-types.js';
export { validateSeed, normaliseWhitespace, type SourceTexts, type ValidateOptions } from './validate-seed.js';
