// Source spans (FILE#Lstart-Lend) and the window of lines shown around them in the details panel.

export interface SourceSpan {
  file: string;
  start: number;
  end: number;
}

export function parseSourceSpan(source: string): SourceSpan | null {
  const m = /^([A-Za-z0-9_.-]+\.txt)#L(\d+)(?:-L(\d+))?$/.exec(source.trim());
  if (!m) return null;
  const start = Number(m[2]);
  const end = m[3] ? Number(m[3]) : start;
  return { file: m[1]!, start: Math.min(start, end), end: Math.max(start, end) };
}

export interface SourceLine {
  number: number;
  text: string;
  cited: boolean;
}

/** The cited lines plus `context` lines on either side (1-based numbers, clipped to the file). */
export function sourceWindow(text: string, span: SourceSpan, context = 6): SourceLine[] {
  const lines = text.split(/\r?\n/);
  const from = Math.max(1, span.start - context);
  const to = Math.min(lines.length, span.end + context);
  const out: SourceLine[] = [];
  for (let n = from; n <= to; n++)
    out.push({ number: n, text: lines[n - 1] ?? '', cited: n >= span.start && n <= span.end });
  return out;
}

/** URL of a source file served with the web app (copied into dist/sources at build time). */
export function sourceUrl(file: string): string {
  return `/sources/${encodeURIComponent(file)}`;
}
