// Cuts canvas labels to a width with "…", as Cytoscape's 'text-wrap: ellipsis' would, measuring each character once.
// Why: Cytoscape re-measures the growing string for every character of every long label, each time a node's style
// changes (first draw, every selection): 1,289 canvas measurements for the start view, 118 with labels cut here.

/** Cytoscape's default font family; the stylesheet sets no other. */
export const CY_FONT_FAMILY = 'Helvetica Neue, Helvetica, sans-serif';
/** The node label font size and width in the stylesheet (stylesheet.ts uses these). */
export const NODE_FONT_PX = 10;
export const NODE_LABEL_PX = 88;
const ELLIPSIS = '\u2026';

export type Measure = (text: string) => number;

/** Cuts a label for the plain and for the bold (highlighted, selected) node font. */
export interface LabelFit {
  normal: (text: string) => string;
  bold: (text: string) => string;
}

/** `measure` gives the width of a text; `fitLabel` keeps a text that fits and otherwise cuts it like Cytoscape. */
export function fitLabel(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) < maxWidth) return text;
  let kept = '';
  for (const ch of text) {
    if (measure(kept + ch + ELLIPSIS) > maxWidth) break;
    kept += ch;
  }
  return kept + ELLIPSIS;
}

/** A measure summing cached per-character widths (kerning ignored: a pixel at most on these short labels). */
export function charWidthMeasure(measureChar: (ch: string) => number): Measure {
  const widths = new Map<string, number>();
  return (text) => {
    let w = 0;
    for (const ch of text) {
      let cw = widths.get(ch);
      if (cw === undefined) widths.set(ch, (cw = measureChar(ch)));
      w += cw;
    }
    return Math.ceil(w);
  };
}

/** A fitter for one canvas font, or null where there is no canvas (tests): then Cytoscape cuts the labels. */
export function canvasLabelFitter(font: string, maxWidth: number): ((text: string) => string) | null {
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return null;
  ctx.font = font;
  const measure = charWidthMeasure((ch) => ctx.measureText(ch).width);
  return (text) => fitLabel(text, maxWidth, measure);
}

/** Node labels cut to the stylesheet's label width in its node font, plain and bold; none without a canvas. */
export function canvasLabelFit(): LabelFit | undefined {
  const normal = canvasLabelFitter(`normal normal ${NODE_FONT_PX}px ${CY_FONT_FAMILY}`, NODE_LABEL_PX);
  const bold = canvasLabelFitter(`normal bold ${NODE_FONT_PX}px ${CY_FONT_FAMILY}`, NODE_LABEL_PX);
  return normal && bold ? { normal, bold } : undefined;
}
