// Which source lines count as substantive text for the coverage report, and how much each one weighs.

/** Characters per counted line: a paragraph stored on one line weighs as many lines as it takes wrapped at this width. */
export const WRAP_WIDTH = 120;

/** Page furniture that every document may contain: page footers, page numbers, table-of-contents leaders. */
const FURNITURE: RegExp[] = [
  /^KENNIS- EN INNOVATIEAGENDA GEZONDHEID & ZORG 2024-2027\s*\|\s*\d+$/, // the KIA's page footer
  /^(pagina|page|p\.)\s*\d+$/i, // "pagina 7" in the brochure's table of contents
  /^\d{1,3}$/, // a bare page number
  /\.{4,}\s*\d*$/, // table-of-contents leader dots
];

export const isPageFurniture = (trimmed: string, extra: readonly RegExp[] = []): boolean =>
  [...FURNITURE, ...extra].some((pattern) => pattern.test(trimmed));

const LETTERS = /\p{L}/gu;

/**
 * Substantive line weight: 0 for blank lines, page furniture and lines with fewer than three letters (figure
 * markers like "II", bullets); otherwise ceil(length / WRAP_WIDTH), so the brochure and web pages (one paragraph
 * per line) weigh the same as the KIA (PDF lines of 40-130 characters, counted as 1 each).
 */
export function substantiveWeight(line: string, extraFurniture: readonly RegExp[] = []): number {
  const trimmed = line.trim();
  if (trimmed === '' || isPageFurniture(trimmed, extraFurniture)) return 0;
  if ((trimmed.match(LETTERS) ?? []).length < 3) return 0;
  return Math.ceil(trimmed.length / WRAP_WIDTH);
}

/** True when a line reads as running prose: long enough and of several words (what a heading must be followed by). */
export const isBodyLine = (trimmed: string): boolean => trimmed.length >= 40 && trimmed.split(/\s+/).length >= 6;
