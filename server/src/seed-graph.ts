// Reads the curated seed (graph-seed/) as GraphData, refusing to hand out a graph that fails validation.
import { formatIssue, loadSeedFolder, SEED_DIR, SOURCES_DIR } from '@kies/graph-seed';
import type { GraphData } from './domain/graph-data.js';

class SeedValidationError extends Error {
  constructor(readonly issues: string[]) {
    super(`seed: ${issues.length} problem(s) in the seed files:\n${issues.slice(0, 50).join('\n')}`);
    this.name = 'SeedValidationError';
  }
}

export function readSeedGraph(seedDir = SEED_DIR, sourcesDir = SOURCES_DIR): GraphData {
  const { graph, issues } = loadSeedFolder(seedDir, sourcesDir);
  if (issues.length > 0) throw new SeedValidationError(issues.map(formatIssue));
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, labels: n.labels, properties: n.properties })),
    relationships: graph.relationships.map((r) => ({
      type: r.type,
      start: r.start,
      end: r.end,
      properties: r.properties,
    })),
  };
}
