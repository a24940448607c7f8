// Public entry of @kies/graph-seed: read, validate and locate the curated KIES seed.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSeed } from './read-seed.js';
import { validateSeed, type SourceTexts } from './validate-seed.js';
import type { SeedGraph, SeedIssue } from './seed-types.js';

// The pure part (types and row validation, no file system) is also its own entry: @kies/graph-seed/validation.
export * from './validation.js';
export * from './csv-format.js';
export { readSeed, type ReadSeedOptions } from './read-seed.js';
export { readGraphJson } from './read-json.js';

/** The graph-seed package folder: nodes/, relationships/ and sources/ (copies of the seed texts). */
export const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCES_DIR = join(SEED_DIR, 'sources');

/** Reads the source texts (the documents every quote is checked against). */
export function readSourceTexts(dir = SOURCES_DIR): SourceTexts {
  const texts: SourceTexts = new Map();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    texts.set(name, readFileSync(join(dir, name), 'utf8').split('\n'));
  }
  return texts;
}

/** Reads and validates a seed folder; the graph is only safe to load when issues is empty. */
export function loadSeedFolder(
  seedDir = SEED_DIR,
  sourcesDir = SOURCES_DIR,
): { graph: SeedGraph; issues: SeedIssue[] } {
  const { graph, issues } = readSeed(seedDir, join(seedDir, '..'));
  return { graph, issues: [...issues, ...validateSeed(graph, readSourceTexts(sourcesDir))] };
}
