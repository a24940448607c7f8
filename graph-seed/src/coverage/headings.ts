// Finds the headings of a plain-text source (extracted from a PDF or a web page) from the shape of its lines.
import { isBodyLine, isPageFurniture } from './line-kinds.js';
import type { DocumentProfile } from './profiles.js';

/** A heading: its text and the 1-based lines it occupies (a heading may wrap over two lines). */
export interface Heading {
  line: number;
  lastLine: number;
  text: string;
}

const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;
const LIST_ITEM = /^([~•▪\-–*]\s|[a-z]\.?\s|\d+\.?\s|[ivx]+\.\s)/;
const NUMBERED_HEADING = /^\d+(\.\d+)+\.?\s+\p{Lu}/u;
const starts = (s: string, pattern: RegExp) => pattern.test(s.charAt(0));
const UPPER_START = /[\p{Lu}\d‘'“"(]/u;
const LOWER_START = /\p{Ll}/u;
/** First words that open a sentence rather than a title (Dutch and English). */
const OPENS_SENTENCE = /^(De|Het|Een|Wij|We|Onze|Ons|Om|Veel|Zo|Dit|Deze|Met|Door|Als|Ook|The|A|An|Our|This|With)\s/;
/** Last words that leave a sentence unfinished. */
const ENDS_MID_SENTENCE =
  /\s(en|of|de|het|een|van|in|op|aan|bij|voor|met|te|die|dat|zijn|is|and|or|the|a|of|to|for|with|in)\s*$/i;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const isCaps = (s: string) => {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
};

/** True when a single line has the shape of a heading (ignoring its neighbours). */
function headingShaped(t: string, profile: DocumentProfile): boolean {
  if (t === '' || t.length > profile.maxHeadingLength || words(t) > profile.maxHeadingWords) return false;
  if (NUMBERED_HEADING.test(t)) return true;
  if (!starts(t, UPPER_START) || LIST_ITEM.test(t) || SENTENCE_BREAK.test(t)) return false;
  if (/[.,;]$/.test(t) && !/\b[A-Z]\w{0,3}\.$/.test(t)) return false; // a sentence end, unless an abbreviation
  if (/^[IVX]+\.?$/.test(t) || /\),\s/.test(t)) return false; // a table's roman row numbers; a list of names (with affiliation)
  if ((t.match(/\(/g) ?? []).length !== (t.match(/\)/g) ?? []).length) return false; // text running on past the line
  return (t.match(/\p{L}/gu) ?? []).length >= 3;
}

/** An all-caps line after a quoted paragraph names who said it (the brochure's attributions), never a heading. */
function isAttribution(lines: string[], i: number): boolean {
  const t = lines[i].trim();
  if (!isCaps(t)) return false;
  for (let j = i - 1; j >= 0; j--) {
    const p = lines[j].trim();
    if (p === '') continue;
    return /^[“"]/.test(p) || /[”"]$/.test(p) || (isCaps(p) && /,$/.test(p)) || isAttribution(lines, j);
  }
  return false;
}

const prevNonBlank = (lines: string[], i: number) => {
  for (let j = i - 1; j >= 0; j--) if (lines[j].trim() !== '') return lines[j].trim();
  return '';
};

const nextNonBlank = (lines: string[], i: number) => {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].trim() !== '') return lines[j].trim();
  return '';
};

/** Candidate heading at line index i (0-based), possibly wrapping onto the next line; undefined when it is not one. */
function candidateAt(lines: string[], i: number, profile: DocumentProfile): Heading | undefined {
  const raw = lines[i];
  const t = raw.trim();
  if (!headingShaped(t, profile) || isPageFurniture(t, profile.furniture) || isAttribution(lines, i)) return undefined;
  const prevBlank = i === 0 || lines[i - 1].trim() === '';
  const blockStart = profile.blockStartSpace && /^ \S/.test(raw); // the KIA's PDF text blocks start with one space
  if (!prevBlank && !blockStart) return undefined;
  const next = (lines[i + 1] ?? '').trim();
  const after = (lines[i + 2] ?? '').trim();
  // A line that interrupts a paragraph (the text before runs on into lower case after it) is a running header.
  const before = prevNonBlank(lines, i);
  const resumes = nextNonBlank(lines, i);
  if (
    starts(resumes, LOWER_START) &&
    /[\p{Ll},-]$/u.test(before) &&
    !(next !== '' && headingShaped(`${t} ${next}`, profile))
  )
    return undefined;
  if (next === '') return { line: i + 1, lastLine: i + 1, text: t };
  // Followed straight by text, a heading is short and does not read as the first line of a paragraph.
  if (starts(next, UPPER_START) && words(t) <= 6 && !OPENS_SENTENCE.test(t) && !ENDS_MID_SENTENCE.test(t)) {
    return { line: i + 1, lastLine: i + 1, text: t };
  }
  // A heading wrapped over two lines: the second is short, starts in lower case and ends the heading.
  const joined = `${t.replace(/-$/, '')}${t.endsWith('-') ? '' : ' '}${next}`;
  const secondEndsIt = after === '' || starts(after, UPPER_START);
  const joinedReads = !SENTENCE_BREAK.test(next) && !/[.,;]$/.test(next) && !ENDS_MID_SENTENCE.test(joined);
  if (starts(next, LOWER_START) && secondEndsIt && joinedReads && words(joined) <= profile.maxHeadingWords + 3) {
    return { line: i + 1, lastLine: i + 2, text: joined };
  }
  return undefined;
}

/**
 * Headings of a document, in order. Heading-shaped lines at most one blank line apart form one heading (title,
 * subtitle) up to profile.titleRun of them; longer runs are figure labels (the KIA's mission maps) and dropped; a
 * heading with no line of running prose before the next one is dropped (its lines stay with the previous section).
 * Profile overrides then force or suppress headings at given lines.
 */
export function detectHeadings(lines: string[], profile: DocumentProfile): Heading[] {
  const candidates: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (profile.noHeadings.some(([from, to]) => i + 1 >= from && i + 1 <= to)) continue;
    const c = candidateAt(lines, i, profile);
    if (c) {
      candidates.push(c);
      i = c.lastLine - 1;
    }
  }
  // A title and its subtitle (or a figure's labels) stand on consecutive lines or one blank line apart.
  const adjacent = (a: Heading, b: Heading) => b.line - a.lastLine <= 2;
  const merged: Heading[] = [];
  for (let k = 0; k < candidates.length;) {
    let end = k;
    while (end + 1 < candidates.length && adjacent(candidates[end], candidates[end + 1])) end++;
    const run = candidates.slice(k, end + 1);
    const last = run[run.length - 1];
    if (run.length <= profile.titleRun)
      merged.push({ line: run[0].line, lastLine: last.lastLine, text: run.map((h) => h.text).join(' — ') });
    k = end + 1;
  }
  const withBody = merged.filter((h, k) => {
    const stop = (merged[k + 1]?.line ?? lines.length + 1) - 1;
    return lines.slice(h.lastLine, stop).some((l) => isBodyLine(l.trim()));
  });
  const forced = profile.headings.map((o) => ({ line: o.line, lastLine: o.line, text: o.title }));
  const kept = withBody.filter((h) => !profile.notHeadings.includes(h.line) && !forced.some((f) => f.line === h.line));
  return [...kept, ...forced].sort((a, b) => a.line - b.line);
}
