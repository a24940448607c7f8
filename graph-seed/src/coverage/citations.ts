// Which seed rows cite which lines: provenance ranges of nodes and relationships, and their count per section.
import type { SeedGraph } from '../seed-types.js';

/** One cited line range of one seed row. */
export interface Citation {
  document: string;
  startLine: number;
  endLine: number;
  /** The citing row: "node:<id>" or "rel:<TYPE>:<start>-><end>", so a row citing a section twice counts once. */
  row: string;
  kind: 'node' | 'relationship';
}

const SOURCE = /^([^#\s]+)#L(\d+)(?:-L(\d+))?$/;

/** Every well-formed `FILE#Lstart-Lend` source of every row (the validator reports the malformed ones). */
export function citationsOf(graph: SeedGraph): Citation[] {
  const out: Citation[] = [];
  const add = (sources: unknown, row: string, kind: Citation['kind']) => {
    for (const source of Array.isArray(sources) ? sources : []) {
      const match = SOURCE.exec(String(source));
      if (!match) continue;
      const startLine = Number(match[2]);
      out.push({
        document: match[1],
        startLine,
        endLine: match[3] === undefined ? startLine : Number(match[3]),
        row,
        kind,
      });
    }
  };
  for (const node of graph.nodes) add(node.properties.sources, `node:${node.id}`, 'node');
  for (const rel of graph.relationships)
    add(rel.properties.sources, `rel:${rel.type}:${rel.start}->${rel.end}`, 'relationship');
  return out;
}

/** Nodes and relationships with at least one citation overlapping the line range [startLine, endLine]. */
export function citingRows(
  citations: Citation[],
  document: string,
  startLine: number,
  endLine: number,
): { nodes: number; relationships: number } {
  const rows = new Map<string, Citation['kind']>();
  for (const c of citations) {
    if (c.document === document && c.startLine <= endLine && c.endLine >= startLine) rows.set(c.row, c.kind);
  }
  const kinds = [...rows.values()];
  return {
    nodes: kinds.filter((k) => k === 'node').length,
    relationships: kinds.filter((k) => k === 'relationship').length,
  };
}
