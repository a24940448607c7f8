// The checks a write must pass against the graph model (required properties, label and type rules, provenance,
// sizes), run on the node or relationship as it would be stored. Pure: the source texts are passed in.
import { CONFIDENCE_VALUES, DERIVED_NODE_PROPERTIES, NODE_PROPERTIES, type NodeLabel } from '@kies/schema';
import { validateSeed, type SeedGraph, type SourceTexts } from '@kies/graph-seed/validation';
import type { FieldIssue } from './field-issues.js';
import type { GraphNode, GraphRelationship, PropertyMap } from './graph-data.js';
import type { ProvenanceInput } from './curation.js';

const PROVENANCE_FIELDS = ['sources', 'quotes', 'confidence', 'note'] as const;

// Size limits: a curator's write is a fact with its evidence, not a document.
const MAX_TEXT = 5000;
const MAX_NAME = 300;
const MAX_LIST = 50;

function lengthIssues(values: Record<string, unknown>, prefix: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(values)) {
    const limit =
      key === 'name' || key === 'fullName' || key === 'nameEn' || key === 'code' || key === 'kind'
        ? MAX_NAME
        : MAX_TEXT;
    const items = Array.isArray(value) ? value : [value];
    if (Array.isArray(value) && value.length > MAX_LIST)
      issues.push({ field: `${prefix}${key}`, message: `at most ${MAX_LIST} items` });
    if (items.some((v) => typeof v === 'string' && v.length > limit))
      issues.push({ field: `${prefix}${key}`, message: `at most ${limit} characters` });
    // eslint-disable-next-line no-control-regex -- finding control characters is this check's purpose
    if (items.some((v) => typeof v === 'string' && /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(v))) {
      issues.push({ field: `${prefix}${key}`, message: 'contains control characters' });
    }
  }
  return issues;
}

/** The provenance properties a write stores: confidence defaults to literal with sources, inferred without. */
export function provenanceProperties(input: ProvenanceInput): PropertyMap {
  const sources = [...(input.sources ?? [])];
  const quotes = [...(input.quotes ?? [])];
  const note = input.note?.trim() || undefined;
  return { sources, quotes, confidence: input.confidence ?? (sources.length > 0 ? 'literal' : 'inferred'), note };
}

/** Adds a write's evidence to what the fact already had (same source and quote twice is kept once). */
export function mergeProvenance(existing: PropertyMap, input: ProvenanceInput, replace: boolean): PropertyMap {
  const incoming = provenanceProperties(input);
  if (replace) return incoming;
  const sources = [...((existing.sources as string[] | undefined) ?? [])];
  const quotes = [...((existing.quotes as string[] | undefined) ?? [])];
  (incoming.sources as string[]).forEach((source, i) => {
    const quote = (incoming.quotes as string[])[i] ?? '';
    if (!sources.some((s, j) => s === source && quotes[j] === quote)) {
      sources.push(source);
      quotes.push(quote);
    }
  });
  const oldNote = typeof existing.note === 'string' ? existing.note : undefined;
  const newNote = incoming.note as string | undefined;
  const note = !newNote ? oldNote : !oldNote ? newNote : oldNote.includes(newNote) ? oldNote : `${oldNote}; ${newNote}`;
  const confidence = input.confidence ?? (sources.length > 0 ? (existing.confidence ?? 'literal') : 'inferred');
  return { sources, quotes, confidence, note };
}

const AT = { file: 'input', line: 1 };

/** Maps a validator field (seed vocabulary) to the GraphQL input path a client sent. */
function inputField(field: string, provenanceFromInput: boolean): string {
  if ((PROVENANCE_FIELDS as readonly string[]).includes(field))
    return provenanceFromInput ? `provenance.${field}` : field;
  if (field === ':START_ID') return 'start';
  if (field === ':END_ID') return 'end';
  if (field === ':TYPE') return 'type';
  return field;
}

function toIssues(graph: SeedGraph, texts: SourceTexts, existing: Map<string, readonly NodeLabel[]>): FieldIssue[] {
  const seen = new Set<string>();
  return validateSeed(graph, texts, { existing, requireKnownSources: false, allowAssertedProvenance: true })
    .map((i) => ({ field: inputField(i.field, true), message: i.message }))
    .filter((i) => !seen.has(`${i.field}|${i.message}`) && seen.add(`${i.field}|${i.message}`));
}

/** Problems with the evidence a write gives (every write needs one, deletions included). */
export function checkWriteProvenance(input: ProvenanceInput, texts: SourceTexts): FieldIssue[] {
  const properties = provenanceProperties(input);
  const issues = lengthIssues(
    { sources: properties.sources, quotes: properties.quotes, note: properties.note },
    'provenance.',
  );
  if (!(CONFIDENCE_VALUES as readonly unknown[]).includes(properties.confidence)) {
    issues.push({ field: 'provenance.confidence', message: `must be one of ${CONFIDENCE_VALUES.join(', ')}` });
  }
  // The validator's provenance rules, run on a stand-in node that carries only this evidence.
  const probe: SeedGraph = {
    nodes: [
      {
        id: 'provenance',
        labels: ['Mission'],
        properties: { id: 'provenance', name: 'provenance', ...clean(properties) },
        at: AT,
      },
    ],
    relationships: [],
  };
  return [...issues, ...toIssues(probe, texts, new Map()).filter((i) => i.field.startsWith('provenance.'))];
}

const clean = (map: PropertyMap) =>
  Object.fromEntries(
    Object.entries(map).filter(([, v]) => v !== undefined && v !== null),
  ) as SeedGraph['nodes'][number]['properties'];

/** Problems with a node as it would be stored (model labels, required properties, provenance, id format). */
export function checkNode(node: GraphNode, texts: SourceTexts): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (node.labels.length === 0) issues.push({ field: 'labels', message: 'a node needs at least one label' });
  for (const name of Object.keys(node.properties)) {
    if (!NODE_PROPERTIES[name] || DERIVED_NODE_PROPERTIES.includes(name))
      issues.push({ field: name, message: `unknown property "${name}"` });
  }
  issues.push(...lengthIssues(node.properties, ''));
  if (node.id.length > 200) issues.push({ field: 'id', message: 'at most 200 characters' });
  const graph: SeedGraph = {
    nodes: [{ id: node.id, labels: node.labels, properties: clean(node.properties), at: AT }],
    relationships: [],
  };
  return [...issues, ...toIssues(graph, texts, new Map())];
}

/** Problems with a relationship as it would be stored, given the labels of its end nodes. */
export function checkRelationship(
  rel: GraphRelationship,
  endLabels: Map<string, readonly NodeLabel[]>,
  texts: SourceTexts,
): FieldIssue[] {
  const issues = lengthIssues(rel.properties, '');
  const graph: SeedGraph = {
    nodes: [],
    relationships: [{ type: rel.type, start: rel.start, end: rel.end, properties: clean(rel.properties), at: AT }],
  };
  return [...issues, ...toIssues(graph, texts, endLabels)];
}
