// CSV injection: cells a spreadsheet would execute are neutralised (OWASP), and `npm run import` reverses it exactly.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `neo4j-admin`: values as they are, for bulk import. `spreadsheet`: safe to open in Excel, LibreOffice, Sheets. */
export type CsvFlavour = 'neo4j-admin' | 'spreadsheet';
export const CSV_FLAVOURS: readonly CsvFlavour[] = ['spreadsheet', 'neo4j-admin'];

/** The manifest a spreadsheet-flavoured export folder carries, so an import knows to reverse the neutralisation. */
export const CSV_MANIFEST = {
  file: 'kies-export.json',
  spreadsheet: {
    format: 'kies-csv',
    version: 1,
    flavour: 'spreadsheet',
    cells: "text cells starting with = + - @ tab CR or ' carry one extra leading '",
  },
} as const;

// OWASP's list (=, +, -, @, tab, carriage return), plus the quote itself so that the prefix can always be removed
// again: a cell starting with ' is always one that was prefixed.
const TRIGGER = /^[=+\-@\t\r']/;

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Half a UTF-16 surrogate pair cannot be written as UTF-8: it becomes U+FFFD here, on purpose rather than by the encoder. */
export function wellFormed(text: string): string {
  return text.replace(UNPAIRED_SURROGATE, '\uFFFD');
}

/** `'` + the cell when a spreadsheet would read it as a formula (or it starts with `'`); otherwise the cell. */
export function neutraliseCell(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}

/** The inverse of neutraliseCell. */
function restoreCell(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

/** The flavour of an export folder: `spreadsheet` when it carries the manifest, else `neo4j-admin` (as the seed). */
export function csvFolderFlavour(dir: string): CsvFlavour {
  const path = join(dir, CSV_MANIFEST.file);
  if (!existsSync(path)) return 'neo4j-admin';
  let manifest: { format?: unknown; flavour?: unknown };
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as typeof manifest;
  } catch (error) {
    throw new Error(`csv-cells: ${path} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (manifest.format !== 'kies-csv' || !CSV_FLAVOURS.includes(manifest.flavour as CsvFlavour)) {
    throw new Error(`csv-cells: ${path} must be {"format":"kies-csv","flavour":"${CSV_FLAVOURS.join('" or "')}"}`);
  }
  return manifest.flavour as CsvFlavour;
}

/** Reverses neutraliseCell on every text property read from a spreadsheet-flavoured folder (lists: the cell's first item). */
export function restoreProperties(
  properties: Record<string, unknown>,
  textTypes: ReadonlyMap<string, 'string' | 'string[]'>,
): void {
  for (const [name, type] of textTypes) {
    const value = properties[name];
    if (type === 'string' && typeof value === 'string') properties[name] = restoreCell(value);
    else if (type === 'string[]' && Array.isArray(value) && typeof value[0] === 'string')
      properties[name] = [restoreCell(value[0]), ...value.slice(1)];
  }
}
