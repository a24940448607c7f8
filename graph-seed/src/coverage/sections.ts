// Splits a source text into sections (heading, line range, substantive lines) using its document profile.
import { detectHeadings } from './headings.js';
import { substantiveWeight } from './line-kinds.js';
import type { DocumentProfile } from './profiles.js';

export interface Section {
  /** The heading as printed, prefixed with its chapter ("Missie III › Terugblik") when the profile names chapters. */
  heading: string;
  chapter?: string;
  /** 1-based inclusive line range: from the heading to the line before the next heading. */
  startLine: number;
  endLine: number;
  substantiveLines: number;
}

/** Text before the first heading (a cover, an illustration box) is a section of its own. */
export const LEAD_HEADING = '(before the first heading)';

export function splitSections(text: string, profile: DocumentProfile): Section[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop(); // a final newline ends the last line, it is not a line of its own
  const headings = detectHeadings(lines, profile);
  const starts = headings.map((h) => ({ line: h.line, text: h.text }));
  if (starts[0]?.line !== 1) starts.unshift({ line: 1, text: LEAD_HEADING });
  return starts.map((start, k) => {
    const endLine = (starts[k + 1]?.line ?? lines.length + 1) - 1;
    const chapterAt = [...profile.chapters].reverse().find((c) => c.line <= start.line);
    const chapter = chapterAt?.title;
    const substantiveLines = lines
      .slice(start.line - 1, endLine)
      .reduce((sum, line) => sum + substantiveWeight(line, profile.furniture), 0);
    // A chapter's own first section: the chapter alone when it already says the heading ("Randvoorwaarde Governance").
    const opensChapter = chapterAt?.line === start.line && chapter !== undefined && chapter.includes(start.text);
    const heading = !chapter ? start.text : opensChapter ? chapter : `${chapter} › ${start.text}`;
    return { heading, ...(chapter ? { chapter } : {}), startLine: start.line, endLine, substantiveLines };
  });
}
