// Reads a graph in the export JSON format into a SeedGraph, keeping each item's line for file:line:field errors.
import { parseTree, getNodeValue, type Node as JsonNode, type ParseError, printParseErrorCode } from 'jsonc-parser';
import {
  isNodeLabel,
  isRelationshipType,
  NODE_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
  type NodeLabel,
  type PropertyType,
} from '@kies/schema';
import type { Properties, SeedGraph, SeedIssue } from './seed-types.js';

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

function typeOk(value: unknown, type: PropertyType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'int':
      return Number.isInteger(value);
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
}

function readProperties(
  raw: unknown,
  specs: typeof NODE_PROPERTIES,
  file: string,
  line: number,
  issues: SeedIssue[],
): Properties {
  const properties: Properties = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push({ file, line, field: 'properties', message: 'must be an object' });
    return properties;
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const spec = specs[key];
    if (!spec || spec.derived) issues.push({ file, line, field: key, message: `unknown property "${key}"` });
    else if (value === null) continue;
    else if (!typeOk(value, spec.type)) issues.push({ file, line, field: key, message: `expected ${spec.type}` });
    else properties[key] = value as Properties[string];
  }
  return properties;
}

/** Parses `{"nodes":[...],"relationships":[...]}`; every structural problem becomes an issue, nothing throws. */
export function readGraphJson(text: string, file: string): { graph: SeedGraph; issues: SeedIssue[] } {
  const issues: SeedIssue[] = [];
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const graph: SeedGraph = { nodes: [], relationships: [] };
  for (const error of errors) {
    issues.push({ file, line: lineOf(text, error.offset), field: 'json', message: printParseErrorCode(error.error) });
  }
  if (!root || errors.length > 0) return { graph, issues };
  const member = (node: JsonNode, key: string): JsonNode | undefined =>
    node.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];
  const list = (key: string): JsonNode[] => {
    const value = member(root, key);
    if (!value || value.type !== 'array') {
      issues.push({ file, line: 1, field: key, message: `"${key}" must be an array` });
      return [];
    }
    return value.children ?? [];
  };

  for (const item of list('nodes')) {
    const line = lineOf(text, item.offset);
    const value = getNodeValue(item) as { id?: unknown; labels?: unknown; properties?: unknown };
    if (typeof value?.id !== 'string') {
      issues.push({ file, line, field: 'id', message: 'a node needs a string id' });
      continue;
    }
    const labels: NodeLabel[] = [];
    for (const label of Array.isArray(value.labels) ? value.labels : []) {
      if (typeof label === 'string' && isNodeLabel(label)) labels.push(label);
      else issues.push({ file, line, field: 'labels', message: `unknown label "${String(label)}"` });
    }
    if (labels.length === 0) issues.push({ file, line, field: 'labels', message: 'no label' });
    const properties = readProperties(value.properties ?? {}, NODE_PROPERTIES, file, line, issues);
    graph.nodes.push({ id: value.id, labels, properties: { ...properties, id: value.id }, at: { file, line } });
  }
  for (const item of list('relationships')) {
    const line = lineOf(text, item.offset);
    const value = getNodeValue(item) as { type?: unknown; start?: unknown; end?: unknown; properties?: unknown };
    if (typeof value?.type !== 'string' || !isRelationshipType(value.type)) {
      issues.push({ file, line, field: 'type', message: `unknown relationship type "${String(value?.type)}"` });
      continue;
    }
    if (typeof value.start !== 'string' || typeof value.end !== 'string') {
      issues.push({ file, line, field: 'start', message: 'start and end must be node ids' });
      continue;
    }
    const properties = readProperties(value.properties ?? {}, RELATIONSHIP_PROPERTIES, file, line, issues);
    graph.relationships.push({ type: value.type, start: value.start, end: value.end, properties, at: { file, line } });
  }
  return { graph, issues };
}
