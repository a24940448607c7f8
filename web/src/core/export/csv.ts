// Selection as CSV (RFC 4180); cells that a spreadsheet would run as a formula are defused.
import type { KNode } from '../graph/types';

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' | ') : String(value);
  // =, +, -, @ at the start make Excel/LibreOffice evaluate the cell (CSV injection).
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_COLUMNS = ['id', 'labels', 'name', 'fullName', 'aliases', 'code', 'kind', 'description', 'sources'] as const;

export function nodesToCsv(nodes: KNode[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const n of nodes) rows.push(CSV_COLUMNS.map((c) => csvCell(n[c])).join(','));
  return `${rows.join('\r\n')}\r\n`;
}
