// Cuts canvas labels to a width with "…", as Cytoscape's 'text-wrap: ellipsis' would, measuring each character once.
// Why: Cytoscape re-measures the growing string for every character of every long label, each time a node's style
// changes (first draw, every selection): 1,289 canvas measurements for the start view, 118 with labels cut here.

/** Cytoscape's default font family; the stylesheet sets no other. */
export const CY_FONT_FAMILY = 'Helvetica Neue, Helvetica, sans-serif';
/** The node label font size and width in the stylesheet (stylesheet.ts uses these). */
export const NODE_FONT_PX = 10;
export const NODE_LABEL_PX = 88;
/** KIES figure names: font and width, so a name stays inside its column (kies-layout COL_W, marker and gap off). */
export const FIG_FONT_PX = 12;
export const FIG_LABEL_PX = 80;
/** Zoomed in, figure names get two lines of more text at half the font: the same room holds twice the width. */
export const FIG_LONG_SCALE = 2;
const ELLIPSIS = '\u2026';

export type Measure = (text: string) => number;

/** Cuts a label for the plain and for the bold (highlighted, selected) node font; `width` defaults to NODE_LABEL_PX. */
export interface LabelFit {
  normal: (text: string, width?: number) => string;
  bold: (text: string, width?: number) => string;
  /** Whether a text fits a width in the figure font (choosing between a name and its abbreviation). */
  fits?: (text: string, width: number) => boolean;
}

/** `measure` gives the width of a text; `fitLabel` keeps a text that fits and otherwise cuts it like Cytoscape. */
export function fitLabel(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) < maxWidth) return text;
  const perChar = charWidths.get(measure);
  let kept = '';
  // Summed widths: one look-up per character instead of measuring each longer prefix again (the same sums, in the
  // same order, so the same cut); long names made this quadratic, ~70 ms of the start view under load.
  let sum = 0;
  for (const ch of text) {
    const width = perChar ? Math.ceil((sum += perChar(ch)) + perChar(ELLIPSIS)) : measure(kept + ch + ELLIPSIS);
    if (width > maxWidth) break;
    kept += ch;
  }
  return kept + ELLIPSIS;
}

/** The per-character width behind a measure made by charWidthMeasure (fitLabel sums them as it goes). */
const charWidths = new WeakMap<Measure, (ch: string) => number>();

/** A measure summing cached per-character widths (kerning ignored: a pixel at most on these short labels). */
export function charWidthMeasure(measureChar: (ch: string) => number): Measure {
  const widths = new Map<string, number>();
  const width = (ch: string) => {
    let cw = widths.get(ch);
    if (cw === undefined) widths.set(ch, (cw = measureChar(ch)));
    return cw;
  };
  const measure: Measure = (text) => {
    let w = 0;
    for (const ch of text) w += width(ch);
    return Math.ceil(w);
  };
  charWidths.set(measure, width);
  return measure;
}

/** A fitter for one canvas font, or null where there is no canvas (tests): then Cytoscape cuts the labels. */
export function canvasMeasure(font: string): Measure | null {
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return null;
  ctx.font = font;
  return charWidthMeasure((ch) => ctx.measureText(ch).width);
}

/**
 * Node labels cut to a width in the node font, plain and bold; none without a canvas. Figure names (FIG_FONT_PX)
 * are measured in the node font scaled, since glyph widths scale with the font size.
 */
export function canvasLabelFit(): LabelFit | undefined {
  const normal = canvasMeasure(`normal normal ${NODE_FONT_PX}px ${CY_FONT_FAMILY}`);
  const bold = canvasMeasure(`normal bold ${NODE_FONT_PX}px ${CY_FONT_FAMILY}`);
  if (!normal || !bold) return undefined;
  return {
    normal: (text, width = NODE_LABEL_PX) => fitLabel(text, width, normal),
    bold: (text, width = NODE_LABEL_PX) => fitLabel(text, width, bold),
    fits: (text, width) => normal(text) < width,
  };
}
