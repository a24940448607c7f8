// GraphML and GEXF exports of the seeded graph, read back with a strict XML 1.0 parser (saxes: undefined entities and
// forbidden characters are errors, as in libxml2, expat, yEd, Cytoscape desktop and Gephi).
import { describe, expect, it } from 'vitest';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { GEXF_NS, graphToGexf } from '../../server/src/exchange/gexf-export.js';
import { graphToGraphml } from '../../server/src/exchange/graphml-export.js';
import type { GraphData } from '../../server/src/domain/graph-data.js';
import { elements, parseStrictXml } from './strict-xml.js';

const seed = readSeedGraph();
const hostile: GraphData = {
  nodes: [
    {
      id: 'ppp-x',
      labels: ['PPP'],
      properties: {
        name: '<script>alert("x")</script> & "Co"',
        sources: ['a#L1'],
        quotes: ['x < y & z'],
        confidence: 'literal',
      },
    },
    {
      id: 'mission-iv',
      labels: ['Mission'],
      properties: { name: 'Missie IV', amountEur: 1.5, sources: ['a#L2'], quotes: ['q'], confidence: 'literal' },
    },
  ],
  relationships: [
    {
      type: 'ADDRESSES',
      start: 'ppp-x',
      end: 'mission-iv',
      properties: { sources: ['a#L3'], quotes: ["it's"], confidence: 'inferred', note: 'n' },
    },
  ],
};

const attvalues = (node: ReturnType<typeof parseStrictXml>) =>
  Object.fromEntries(elements(node, 'attvalue').map((a) => [a.attributes.for!, a.attributes.value!]));

describe('GEXF export', () => {
  it('parses strictly with every node, edge and provenance attribute', () => {
    const root = parseStrictXml(graphToGexf(seed));
    expect(root).toMatchObject({ name: 'gexf', uri: GEXF_NS, attributes: { version: '1.2' } });
    expect(elements(root, 'node')).toHaveLength(seed.nodes.length);
    expect(elements(root, 'edge')).toHaveLength(seed.relationships.length);
    const aboard = elements(root, 'node').find((n) => n.attributes.id === 'ppp-aboard')!;
    expect(aboard.attributes.label).toBe('ABOARD');
    expect(attvalues(aboard).sources).toMatch(/004_9090d7b3c6790adc\.txt#L\d+/);
    expect(attvalues(aboard).confidence).toMatch(/literal|inferred/);
    // Declared attribute types: numbers as double, so Gephi can size by them.
    const declared = elements(root, 'attribute').filter((a) => a.attributes.id === 'amountEur');
    expect(declared.map((a) => a.attributes.type)).toEqual(['double']);
  });

  it('escapes markup and quotes in names', () => {
    const root = parseStrictXml(graphToGexf(hostile));
    const [x, iv] = elements(root, 'node');
    expect(x!.attributes.label).toBe('<script>alert("x")</script> & "Co"');
    expect(attvalues(iv!).amountEur).toBe('1.5');
    expect(attvalues(elements(root, 'edge')[0]!).quotes).toBe("it's");
  });
});

describe('GraphML export', () => {
  it('parses strictly with every node and edge', () => {
    const root = parseStrictXml(graphToGraphml(seed));
    expect(root).toMatchObject({ name: 'graphml', uri: 'http://graphml.graphdrawing.org/xmlns' });
    expect(elements(root, 'node')).toHaveLength(seed.nodes.length);
    const edges = elements(root, 'edge');
    expect(edges).toHaveLength(seed.relationships.length);
    const types = new Set(edges.map((e) => e.children.find((d) => d.attributes.key === 'e_type')!.text));
    expect(types).toEqual(new Set(seed.relationships.map((r) => r.type)));
  });

  it('escapes markup and keeps the typed attributes', () => {
    const root = parseStrictXml(graphToGraphml(hostile));
    const data = (id: string, key: string) =>
      elements(root, 'node')
        .find((n) => n.attributes.id === id)!
        .children.find((d) => d.attributes.key === key)!.text;
    expect(data('ppp-x', 'n_name')).toBe('<script>alert("x")</script> & "Co"');
    expect(data('mission-iv', 'n_amountEur')).toBe('1.5');
    expect(elements(root, 'key').find((k) => k.attributes.id === 'n_amountEur')!.attributes['attr.type']).toBe(
      'double',
    );
    expect(elements(root, 'edge')[0]!.children.find((d) => d.attributes.key === 'e_quotes')!.text).toBe("it's");
  });

  it('refuses nothing a strict parser would: the seed holds "MT G&Z;", written as G&amp;Z;', () => {
    const xml = graphToGraphml(seed);
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#\d+;)/);
    expect(() => parseStrictXml(xml.replace('G&amp;Z;', 'G&Z;'))).toThrow(/undefined entity/);
  });
});
