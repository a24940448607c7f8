// Reads the neo4j-admin CSV seed files into a SeedGraph, reporting every malformed cell as file:line:field.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CSV_ARRAY_DELIMITER, isNodeLabel, isRelationshipType, type NodeLabel } from '@kies/schema';
import {
  NODE_HEADER,
  NODE_VALUE_COLUMNS,
  RELATIONSHIP_HEADER,
  RELATIONSHIP_VALUE_COLUMNS,
  headerColumns,
  parseCell,
  type ColumnSpec,
} from './csv-format.js';
import type { Properties, SeedGraph, SeedIssue, SeedNode, SeedRelationship } from './seed-types.js';

interface CsvRecord {
  line: number;
  cells: string[];
}

export interface ReadSeedOptions {
  /**
   * Accept line breaks inside quoted fields (RFC 4180; neo4j-admin's --multiline-fields): imports of exports, whose
   * values may hold any text. Hand-written seed files keep one record per line, so a stray quote is reported at
   * the line where it starts instead of swallowing the records after it.
   */
  multilineFields?: boolean;
}

function readCsv(path: string, displayName: string, issues: SeedIssue[], multiline: boolean): CsvRecord[] {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(readFileSync(path, 'utf8'), {
      info: true,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    issues.push({ file: displayName, line: e.lines ?? 1, field: 'csv', message: e.message });
    return [];
  }
  // csv-parse reports the line a record ends on; our rule is one record per line, so a
  // record whose end line differs from its start spans a newline inside a field.
  let expectedLine = 1;
  return parsed.map(({ record, info }) => {
    const line = multiline ? expectedLine : info.lines;
    if (!multiline && line !== expectedLine) {
      issues.push({
        file: displayName,
        line,
        field: 'csv',
        message: 'a field contains a line break (one record per line)',
      });
    }
    expectedLine = info.lines + 1;
    return { line, cells: record };
  });
}

function readValues(
  record: CsvRecord,
  offset: number,
  columns: ColumnSpec[],
  file: string,
  issues: SeedIssue[],
): Properties {
  const properties: Properties = {};
  columns.forEach((column, i) => {
    const raw = record.cells[offset + i] ?? '';
    try {
      const value = parseCell(raw, column.type);
      if (value !== undefined) properties[column.property] = value;
    } catch (error) {
      issues.push({ file, line: record.line, field: column.property, message: (error as Error).message });
    }
  });
  return properties;
}

/** The file's value columns when its header is the model's (optional columns may be left out); null after an issue. */
function checkHeader(
  records: CsvRecord[],
  full: string[],
  all: ColumnSpec[],
  file: string,
  issues: SeedIssue[],
): ColumnSpec[] | null {
  const header = records[0]?.cells ?? [];
  const columns = headerColumns(header, full.slice(0, full.length - all.length), all);
  if (columns) return columns;
  const optional = all.filter((c) => c.optional).map((c) => c.header);
  issues.push({
    file,
    line: 1,
    field: 'header',
    message: `expected header "${full.join(',')}"${optional.length > 0 ? ` (${optional.join(', ')} may be left out)` : ''}, got "${header.join(',')}"`,
  });
  return null;
}

const csvFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.csv'))
        .sort()
    : [];

/** One CSV file of the seed: its name, its path as shown in issues, its value columns and its well-formed rows. */
interface SeedTable {
  name: string;
  file: string;
  columns: ColumnSpec[];
  /** Rows with as many cells as the header (the others are reported). */
  rows: CsvRecord[];
}

/**
 * The CSV files of a seed folder (nodes/ or relationships/), each checked against the model's header; `keys` is
 * how many cells come before the value columns (id and label, or start, end and type). `checkName` sees each file's
 * name first, so a misnamed file is reported even when its header is wrong too.
 */
function* seedTables(
  dir: string,
  keys: number,
  header: string[],
  valueColumns: ColumnSpec[],
  context: { displayRoot: string; multiline: boolean; issues: SeedIssue[] },
  checkName: (stem: string, file: string) => void,
): Generator<SeedTable> {
  const { issues } = context;
  for (const name of csvFiles(dir)) {
    const path = join(dir, name);
    const file = relative(context.displayRoot, path);
    checkName(name.replace(/\.csv$/, ''), file);
    const records = readCsv(path, file, issues, context.multiline);
    const columns = checkHeader(records, header, valueColumns, file, issues);
    if (!columns) continue;
    const width = keys + columns.length;
    const rows = records.slice(1).filter((record) => {
      if (record.cells.length === width) return true;
      issues.push({
        file,
        line: record.line,
        field: 'csv',
        message: `expected ${width} fields, got ${record.cells.length}`,
      });
      return false;
    });
    yield { name, file, columns, rows };
  }
}

/** Reads nodes/*.csv and relationships/*.csv under seedDir. Issues carry paths relative to `displayRoot`. */
export function readSeed(
  seedDir: string,
  displayRoot = seedDir,
  options: ReadSeedOptions = {},
): { graph: SeedGraph; issues: SeedIssue[] } {
  const multiline = options.multilineFields ?? false;
  const issues: SeedIssue[] = [];
  const nodes: SeedNode[] = [];
  const relationships: SeedRelationship[] = [];

  const context = { displayRoot, multiline, issues };
  const nodeTables = seedTables(join(seedDir, 'nodes'), 2, NODE_HEADER, NODE_VALUE_COLUMNS, context, (label, file) => {
    if (!isNodeLabel(label))
      issues.push({ file, line: 1, field: 'file', message: `"${label}" is not a node label of the model` });
  });
  for (const { name, file, columns, rows } of nodeTables) {
    const fileLabel = name.replace(/\.csv$/, '');
    for (const record of rows) {
      const id = record.cells[0] ?? '';
      // neo4j-admin splits :LABEL on the array delimiter, so multi-label cells use it too (PPP|NGFProject).
      const labelNames = (record.cells[1] ?? '').split(CSV_ARRAY_DELIMITER).filter((l) => l !== '');
      const labels: NodeLabel[] = [];
      for (const label of labelNames) {
        if (isNodeLabel(label)) labels.push(label);
        else issues.push({ file, line: record.line, field: ':LABEL', message: `unknown label "${label}"` });
      }
      if (labelNames.length === 0) issues.push({ file, line: record.line, field: ':LABEL', message: 'no label' });
      else if (labelNames[0] !== fileLabel) {
        issues.push({
          file,
          line: record.line,
          field: ':LABEL',
          message: `primary label "${labelNames[0]}" does not match file ${name}`,
        });
      }
      const properties = readValues(record, 2, columns, file, issues);
      nodes.push({ id, labels, properties: { id, ...properties }, at: { file, line: record.line } });
    }
  }

  const relationshipTables = seedTables(
    join(seedDir, 'relationships'),
    3,
    RELATIONSHIP_HEADER,
    RELATIONSHIP_VALUE_COLUMNS,
    context,
    (type, file) => {
      if (!isRelationshipType(type))
        issues.push({ file, line: 1, field: 'file', message: `"${type}" is not a relationship type of the model` });
    },
  );
  for (const { name, file, columns, rows } of relationshipTables) {
    const fileType = name.replace(/\.csv$/, '');
    for (const record of rows) {
      const [start = '', end = '', type = ''] = record.cells;
      if (!isRelationshipType(type)) {
        issues.push({ file, line: record.line, field: ':TYPE', message: `unknown relationship type "${type}"` });
        continue;
      }
      if (type !== fileType)
        issues.push({ file, line: record.line, field: ':TYPE', message: `type "${type}" does not match file ${name}` });
      const properties = readValues(record, 3, columns, file, issues);
      relationships.push({ type, start, end, properties, at: { file, line: record.line } });
    }
  }
  return { graph: { nodes, relationships }, issues };
}
