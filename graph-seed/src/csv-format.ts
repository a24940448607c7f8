// The neo4j-admin CSV headers of the seed files, and value (de)serialisation for their typed columns.
import { CSV_ARRAY_DELIMITER, NODE_PROPERTIES, RELATIONSHIP_PROPERTIES, type PropertyType } from '@kies/schema';

const typed = (name: string, type: PropertyType): string => (type === 'string' ? name : `${name}:${type}`);

export interface ColumnSpec {
  header: string;
  property: string;
  type: PropertyType;
  /** A file may leave this column out of its header (PropertySpec.optionalColumn). */
  optional: boolean;
}

const columns = (props: typeof NODE_PROPERTIES): ColumnSpec[] =>
  Object.entries(props)
    .filter(([name, spec]) => name !== 'id' && !spec.derived)
    .map(([property, spec]) => ({
      header: typed(property, spec.type),
      property,
      type: spec.type,
      optional: spec.optionalColumn ?? false,
    }));

/** Value columns of node files (every model property but id), in model order. */
export const NODE_VALUE_COLUMNS = columns(NODE_PROPERTIES);
/** Value columns of relationship files, in model order. */
export const RELATIONSHIP_VALUE_COLUMNS = columns(RELATIONSHIP_PROPERTIES);

/** Full header of a node file (exports write it; a seed file may leave out the optional columns). */
export const NODE_HEADER: string[] = ['id:ID', ':LABEL', ...NODE_VALUE_COLUMNS.map((c) => c.header)];
/** Full header of a relationship file. */
export const RELATIONSHIP_HEADER: string[] = [
  ':START_ID',
  ':END_ID',
  ':TYPE',
  ...RELATIONSHIP_VALUE_COLUMNS.map((c) => c.header),
];

/**
 * The value columns of a file whose header is `header`: the model's columns in model order after the `fixed` ones,
 * where optional columns may be left out. Null when the header is not of that shape.
 */
export function headerColumns(
  header: readonly string[],
  fixed: readonly string[],
  all: ColumnSpec[],
): ColumnSpec[] | null {
  const present = all.filter((c) => !c.optional || header.includes(c.header));
  const expected = [...fixed, ...present.map((c) => c.header)];
  return header.join(',') === expected.join(',') ? present : null;
}

/** Parses one typed cell; undefined for an empty cell; throws a message for a bad value. */
export function parseCell(raw: string, type: PropertyType): string | number | boolean | string[] | undefined {
  if (raw === '') return undefined;
  switch (type) {
    case 'string':
      return raw;
    case 'string[]':
      return raw.split(CSV_ARRAY_DELIMITER);
    case 'int':
      if (!/^-?\d+$/.test(raw)) throw new Error(`expected an integer, got "${raw}"`);
      return Number(raw);
    case 'float': {
      const value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value)) throw new Error(`expected a number, got "${raw}"`);
      return value;
    }
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') throw new Error(`expected true or false, got "${raw}"`);
      return raw === 'true';
  }
}

/** Serialises a property value to its CSV cell (the inverse of parseCell). */
export function formatCell(value: unknown, type: PropertyType): string {
  if (value === undefined || value === null) return '';
  if (type === 'string[]') {
    const list = value as string[];
    const bad = list.find((item) => item.includes(CSV_ARRAY_DELIMITER));
    if (bad !== undefined) throw new Error(`csv-format: array item contains "${CSV_ARRAY_DELIMITER}": ${bad}`);
    return list.join(CSV_ARRAY_DELIMITER);
  }
  return String(value);
}
