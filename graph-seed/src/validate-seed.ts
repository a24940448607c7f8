// Semantic checks of a parsed seed: ids, references, directions, provenance and quotes against the source texts.
import {
  CONFIDENCE_VALUES,
  NODE_PROPERTIES,
  isNodeLabel,
  labelSpec,
  relationshipSpec,
  type NodeLabel,
} from '@kies/schema';
import type { Properties, RowPosition, SeedGraph, SeedIssue } from './seed-types.js';

/** The source texts by file name, as lines (index 0 = line 1). */
export type SourceTexts = Map<string, string[]>;

const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SOURCE_PATTERN = /^([^#\s]+)#L(\d+)(?:-L(\d+))?$/;

/** Collapses runs of white space so that a quote may span line breaks of the source. */
export const normaliseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

export interface ValidateOptions {
  /** Nodes already in the store (id -> labels) that relationships may point at (imports onto a live graph). */
  existing?: Map<string, readonly NodeLabel[]>;
  /**
   * Sources outside our texts: with false (imports), a citation of an unknown document is accepted without a
   * quote check; its quote and confidence are still required. The seed itself always uses true.
   */
  requireKnownSources?: boolean;
  /**
   * Curated data (API writes, imports, restores): a fact without sources is accepted when its note says who
   * asserted it (no sources, no quotes, confidence `inferred`, a non-empty note). The seed itself always uses false.
   */
  allowAssertedProvenance?: boolean;
}

function checkProvenance(
  props: Properties,
  at: RowPosition,
  sources: SourceTexts,
  issues: SeedIssue[],
  requireKnown: boolean,
  allowAsserted = false,
): void {
  const push = (field: string, message: string) => issues.push({ file: at.file, line: at.line, field, message });
  const cited = (props.sources as string[] | undefined) ?? [];
  const quotes = (props.quotes as string[] | undefined) ?? [];
  if (allowAsserted && cited.length === 0 && quotes.length === 0) {
    const note = typeof props.note === 'string' ? props.note.trim() : '';
    if (note === '') push('note', 'missing provenance: give sources and quotes, or a note saying who asserted it');
    if (props.confidence !== 'inferred')
      push('confidence', `a fact without sources must have confidence "inferred", got "${String(props.confidence)}"`);
    return;
  }
  if (cited.length === 0) push('sources', 'missing provenance: no source');
  if (quotes.length === 0) push('quotes', 'missing provenance: no quote');
  if (cited.length !== quotes.length)
    push('quotes', `${quotes.length} quotes for ${cited.length} sources (need one each)`);
  const confidence = props.confidence;
  if (confidence === undefined) push('confidence', 'missing provenance: no confidence');
  else if (!(CONFIDENCE_VALUES as readonly unknown[]).includes(confidence)) {
    push('confidence', `must be one of ${CONFIDENCE_VALUES.join(', ')}, got "${String(confidence)}"`);
  } else if (confidence === 'inferred' && !props.note) push('note', 'an inferred row needs a note saying why');

  cited.forEach((source, i) => {
    const match = SOURCE_PATTERN.exec(source);
    if (!match) return push('sources', `"${source}" is not FILE#Lstart-Lend`);
    const [, fileName = '', startText = '', endText] = match;
    const lines = sources.get(fileName);
    if (!lines) return requireKnown ? push('sources', `unknown source file "${fileName}"`) : undefined;
    const start = Number(startText);
    const end = endText === undefined ? start : Number(endText);
    if (start < 1 || end < start || end > lines.length) {
      return push('sources', `line range L${start}-L${end} is outside ${fileName} (1-${lines.length})`);
    }
    const quote = quotes[i];
    if (quote === undefined) return;
    const span = normaliseWhitespace(lines.slice(start - 1, end).join('\n'));
    if (!span.includes(normaliseWhitespace(quote))) {
      push('quotes', `quote ${i + 1} "${quote}" not found at ${source}`);
    }
  });
}

/** The text of a citation's lines (whitespace normalised); null when the file is unknown or the range bad. */
function citedSpan(source: string, sources: SourceTexts): string | null {
  const match = SOURCE_PATTERN.exec(source);
  const lines = match ? sources.get(match[1] ?? '') : undefined;
  if (!match || !lines) return null;
  const start = Number(match[2]);
  const end = match[3] === undefined ? start : Number(match[3]);
  if (start < 1 || end < start || end > lines.length) return null;
  return normaliseWhitespace(lines.slice(start - 1, end).join('\n'));
}

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/**
 * A period (issue 12): years are integers in 1900-2100, start ≤ end, and they come with `periodText`, the words of
 * the text that give them, found verbatim in one of the row's quotes or cited lines and holding each year given.
 */
function checkPeriod(
  props: Properties,
  at: RowPosition,
  sources: SourceTexts,
  issues: SeedIssue[],
  requireKnown: boolean,
): void {
  const push = (field: string, message: string): void => {
    issues.push({ file: at.file, line: at.line, field, message });
  };
  const years: number[] = [];
  for (const field of ['periodStart', 'periodEnd'] as const) {
    const value = props[field];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < FIRST_YEAR || value > LAST_YEAR)
      push(field, `a year is an integer from ${FIRST_YEAR} to ${LAST_YEAR}, got "${String(value)}"`);
    else years.push(value);
  }
  const { periodStart: start, periodEnd: end, periodText: text } = props;
  if (typeof start === 'number' && typeof end === 'number' && start > end)
    push('periodEnd', `the period ends (${end}) before it starts (${start})`);
  if (text === undefined) {
    if (start !== undefined || end !== undefined)
      push('periodText', 'a period needs periodText: the words of the text that give it');
    return;
  }
  if (typeof text !== 'string' || text.trim() === '')
    return push('periodText', 'periodText must be a non-empty string');
  if (start === undefined && end === undefined) push('periodText', 'periodText without periodStart or periodEnd');
  const missing = years.filter((year) => !text.includes(String(year)));
  if (missing.length > 0) push('periodText', `"${text}" does not hold the year ${missing.join(' or ')}`);
  const cited = (props.sources as string[] | undefined) ?? [];
  const quotes = (props.quotes as string[] | undefined) ?? [];
  // Asserted facts (no sources) and citations of documents we do not hold cannot be checked, like their quotes.
  if (cited.length === 0 && quotes.length === 0) return;
  if (!requireKnown && cited.some((source) => citedSpan(source, sources) === null)) return;
  const wanted = normaliseWhitespace(text);
  const spans = [...quotes.map(normaliseWhitespace), ...cited.map((source) => citedSpan(source, sources) ?? '')];
  if (!spans.some((span) => span.includes(wanted)))
    push('periodText', `"${text}" is in none of the row's quotes or cited lines`);
}

/** Returns every problem of the graph; an empty list means it may be loaded. */
export function validateSeed(graph: SeedGraph, sources: SourceTexts, options: ValidateOptions = {}): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const requireKnown = options.requireKnownSources ?? true;
  const nodesById = new Map<string, { labels: readonly NodeLabel[]; at: RowPosition }>();

  for (const node of graph.nodes) {
    const push = (field: string, message: string) =>
      issues.push({ file: node.at.file, line: node.at.line, field, message });
    if (!ID_PATTERN.test(node.id)) push('id', `"${node.id}" is not a kebab-case ASCII id`);
    const previous = nodesById.get(node.id);
    if (previous) push('id', `duplicate id "${node.id}" (first at ${previous.at.file}:${previous.at.line})`);
    else nodesById.set(node.id, node);
    for (const [name, spec] of Object.entries(NODE_PROPERTIES)) {
      if (
        spec.required &&
        name !== 'sources' &&
        name !== 'quotes' &&
        name !== 'confidence' &&
        node.properties[name] === undefined
      ) {
        push(name, `missing required property ${name}`);
      }
    }
    // Labels with a closed list of kinds (Policy: law, strategy, ...) say which kind each node is.
    for (const label of node.labels) {
      // A label outside the model has no spec (writes past GraphQL's enums); the store's whitelist refuses it.
      if (!isNodeLabel(label)) continue;
      const kinds = labelSpec(label).kinds;
      const kind = node.properties.kind;
      if (!kinds) continue;
      if (kind === undefined) push('kind', `a ${label} needs a kind (one of ${kinds.join(', ')})`);
      else if (typeof kind !== 'string' || !kinds.includes(kind))
        push('kind', `"${String(kind)}" is not a kind of ${label} (one of ${kinds.join(', ')})`);
    }
    checkProvenance(node.properties, node.at, sources, issues, requireKnown, options.allowAssertedProvenance);
    checkPeriod(node.properties, node.at, sources, issues, requireKnown);
  }

  const seenRelationships = new Map<string, RowPosition>();
  for (const rel of graph.relationships) {
    const push = (field: string, message: string) =>
      issues.push({ file: rel.at.file, line: rel.at.line, field, message });
    const spec = relationshipSpec(rel.type);
    const stored = (id: string) => {
      const labels = options.existing?.get(id);
      return labels ? { labels, at: rel.at } : undefined;
    };
    const start = nodesById.get(rel.start) ?? stored(rel.start);
    const end = nodesById.get(rel.end) ?? stored(rel.end);
    if (!start) push(':START_ID', `dangling reference: no node "${rel.start}"`);
    if (!end) push(':END_ID', `dangling reference: no node "${rel.end}"`);
    if (start && !start.labels.some((l) => spec.from.includes(l))) {
      push(
        ':START_ID',
        `${rel.type} cannot start at ${start.labels.join(':')} "${rel.start}" (allowed: ${spec.from.join(', ')})`,
      );
    }
    if (end && !end.labels.some((l) => spec.to.includes(l))) {
      push(
        ':END_ID',
        `${rel.type} cannot end at ${end.labels.join(':')} "${rel.end}" (allowed: ${spec.to.join(', ')})`,
      );
    }
    if (rel.start === rel.end) push(':END_ID', 'a relationship from a node to itself');
    // One relationship per (type, start, end): the loader MERGEs on exactly that, so a second row would overwrite the first.
    const key = `${rel.type}|${rel.start}|${rel.end}`;
    const first = seenRelationships.get(key);
    if (first)
      push(
        ':TYPE',
        `duplicate relationship ${rel.start}-[:${rel.type}]->${rel.end} (first at ${first.file}:${first.line}); merge their sources`,
      );
    else seenRelationships.set(key, rel.at);
    checkProvenance(rel.properties, rel.at, sources, issues, requireKnown, options.allowAssertedProvenance);
  }
  return issues;
}
