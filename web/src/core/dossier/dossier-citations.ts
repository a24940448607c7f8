// The dossier's list of citations: every source span and quote it relies on, numbered, grouped by source document.
import type { DossierProvenance, WireCitation } from './dossier-types';

interface CitationEntry extends WireCitation {
  /** Its number in the list; members and path hops refer to it as [n]. */
  n: number;
}

export interface CitationIndex {
  /** Ordered by document, then line. */
  list: CitationEntry[];
  /** Source documents in order, with their citations. */
  byFile: { file: string; entries: CitationEntry[] }[];
  /** The numbers of a fact's citations (ascending, each once). */
  numbers: (provenance: DossierProvenance) => number[];
}

const keyOf = (c: WireCitation) => `${c.source}\u0000${c.quote?.trim() ?? ''}`;

/** Numbers the citations of all given facts: the same span with the same quote is listed once. */
export function citationIndex(provenances: DossierProvenance[]): CitationIndex {
  const unique = new Map<string, WireCitation>();
  for (const p of provenances) for (const c of p.citations) if (!unique.has(keyOf(c))) unique.set(keyOf(c), c);
  const sorted = [...unique.values()].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.startLine ?? 0) - (b.startLine ?? 0) ||
      (a.endLine ?? 0) - (b.endLine ?? 0) ||
      (a.quote ?? '').localeCompare(b.quote ?? ''),
  );
  const list = sorted.map((c, i) => ({ ...c, n: i + 1 }));
  const number = new Map(list.map((c) => [keyOf(c), c.n]));
  const byFile: CitationIndex['byFile'] = [];
  for (const entry of list) {
    const last = byFile.at(-1);
    if (last?.file === entry.file) last.entries.push(entry);
    else byFile.push({ file: entry.file, entries: [entry] });
  }
  return {
    list,
    byFile,
    numbers: (p) =>
      [...new Set(p.citations.map((c) => number.get(keyOf(c))!).filter((n) => n !== undefined))].sort((a, b) => a - b),
  };
}

/** "L6206–6207" or "L12" for a span's lines. */
export function lineSpan(c: Pick<WireCitation, 'startLine' | 'endLine'>): string {
  if (c.startLine == null) return '';
  return c.endLine != null && c.endLine !== c.startLine ? `L${c.startLine}–${c.endLine}` : `L${c.startLine}`;
}
