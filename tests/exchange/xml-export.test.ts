// GraphML and GEXF exports of the seeded graph, read back with graphology's real parsers (as Gephi/yEd would read them).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { graphToGexf } from '../../server/src/exchange/gexf-export.js';
import { graphToGraphml } from '../../server/src/exchange/graphml-export.js';
import type { GraphData } from '../../server/src/domain/graph-data.js';

const require = createRequire(import.meta.url);
const { MultiDirectedGraph } = require('graphology') as typeof import('graphology');
const gexf = require('graphology-gexf') as typeof import('graphology-gexf');
const graphml = require('graphology-graphml') as { parse: (G: unknown, source: Document | string) => InstanceType<typeof MultiDirectedGraph> };

const seed = readSeedGraph();
const hostile: GraphData = {
  nodes: [
    { id: 'ppp-x', labels: ['PPP'], properties: { name: '<script>alert("x")</script> & "Co"', sources: ['a#L1'], quotes: ['x < y & z'], confidence: 'literal' } },
    { id: 'mission-iv', labels: ['Mission'], properties: { name: 'Missie IV', amountEur: 1.5, sources: ['a#L2'], quotes: ['q'], confidence: 'literal' } },
  ],
  relationships: [{ type: 'ADDRESSES', start: 'ppp-x', end: 'mission-iv', properties: { sources: ['a#L3'], quotes: ["it's"], confidence: 'inferred', note: 'n' } }],
};

describe('GEXF export', () => {
  it('parses back with graphology-gexf with every node, edge and provenance attribute', () => {
    const parsed = gexf.parse(MultiDirectedGraph, graphToGexf(seed));
    expect(parsed.order).toBe(seed.nodes.length);
    expect(parsed.size).toBe(seed.relationships.length);
    const aboard = parsed.getNodeAttributes('ppp-aboard');
    expect(aboard.label).toBe('ABOARD');
    expect(String(aboard.sources)).toMatch(/004_9090d7b3c6790adc\.txt#L\d+/);
    expect(aboard.confidence).toMatch(/literal|inferred/);
  });

  it('escapes markup and quotes in names', () => {
    const parsed = gexf.parse(MultiDirectedGraph, graphToGexf(hostile));
    expect(parsed.getNodeAttributes('ppp-x').label).toBe('<script>alert("x")</script> & "Co"');
    expect(parsed.getNodeAttributes('mission-iv').amountEur).toBe(1.5);
  });
});

describe('GraphML export', () => {
  it('parses back with graphology-graphml with every node and edge', () => {
    const parsed = graphml.parse(MultiDirectedGraph, graphToGraphml(seed));
    expect(parsed.order).toBe(seed.nodes.length);
    expect(parsed.size).toBe(seed.relationships.length);
    const types = new Set(parsed.mapEdges((_e, attrs) => attrs.type));
    expect(types).toEqual(new Set(seed.relationships.map((r) => r.type)));
  });

  it('escapes markup and keeps the typed attributes', () => {
    const parsed = graphml.parse(MultiDirectedGraph, graphToGraphml(hostile));
    expect(parsed.getNodeAttributes('ppp-x').name).toBe('<script>alert("x")</script> & "Co"');
    expect(parsed.getNodeAttributes('mission-iv').amountEur).toBe(1.5);
    expect(parsed.getEdgeAttributes(parsed.edges()[0]!).quotes).toBe("it's");
  });
});
