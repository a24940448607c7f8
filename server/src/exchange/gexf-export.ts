// GEXF 1.2 export for Gephi; every value escaped by xml-text.ts (strict XML 1.0).
import { CSV_ARRAY_DELIMITER } from '@kies/schema';
import type { GraphData } from '../domain/graph-data.js';
import { attributeTypes, flatProperties, type FlatValue } from './flat-properties.js';
import { xmlAttributes } from './xml-text.js';

export const GEXF_NS = 'http://www.gexf.net/1.2draft';

type Item = {
  attributes: { id: string; label: string; source?: string; target?: string };
  data: Record<string, FlatValue>;
};

function itemLines(tag: 'node' | 'edge', item: Item): string[] {
  const values = Object.entries(item.data).map(
    ([name, value]) => `          <attvalue ${xmlAttributes({ for: name, value: String(value) })}/>`,
  );
  if (values.length === 0) return [`      <${tag} ${xmlAttributes(item.attributes)}/>`];
  return [
    `      <${tag} ${xmlAttributes(item.attributes)}>`,
    '        <attvalues>',
    ...values,
    '        </attvalues>',
    `      </${tag}>`,
  ];
}

function declarations(kind: 'node' | 'edge', items: Item[]): string[] {
  const types = attributeTypes(items.map((i) => i.data));
  if (types.size === 0) return [];
  const lines = [...types].map(
    ([name, type]) => `      <attribute ${xmlAttributes({ id: name, title: name, type })}/>`,
  );
  return [`    <attributes ${xmlAttributes({ class: kind })}>`, ...lines, '    </attributes>'];
}

export function graphToGexf(graph: GraphData): string {
  // The node label Gephi shows is the name; `labels` keeps the model labels (PPP|NGFProject), `type` the edge type.
  const nodes: Item[] = graph.nodes.map((n) => ({
    attributes: { id: n.id, label: String(n.properties.name ?? n.id) },
    data: { ...flatProperties(n.properties), labels: n.labels.join(CSV_ARRAY_DELIMITER) },
  }));
  const edges: Item[] = graph.relationships.map((r, i) => ({
    attributes: { id: `e${i}`, source: r.start, target: r.end, label: r.type },
    data: { ...flatProperties(r.properties), type: r.type },
  }));
  return (
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<gexf ${xmlAttributes({ xmlns: GEXF_NS, version: '1.2' })}>`,
      '  <meta>',
      '    <creator>KIES Explorer</creator>',
      '  </meta>',
      `  <graph ${xmlAttributes({ mode: 'static', defaultedgetype: 'directed' })}>`,
      ...declarations('node', nodes),
      ...declarations('edge', edges),
      '    <nodes>',
      ...nodes.flatMap((n) => itemLines('node', n)),
      '    </nodes>',
      '    <edges>',
      ...edges.flatMap((e) => itemLines('edge', e)),
      '    </edges>',
      '  </graph>',
      '</gexf>',
    ].join('\n') + '\n'
  );
}
