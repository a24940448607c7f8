// Zoom steps for the graph views: wheel, buttons and keys zoom like a map (about 1.4x per wheel notch).

export type ZoomKind = 'in' | 'out' | 'fit';

/** A zoom request from a button or key; `seq` makes a repeated press a new request. */
export interface ZoomCommand {
  kind: ZoomKind;
  seq: number;
}

/** One button press or key press: the same step as one mouse-wheel notch. */
export const ZOOM_STEP = Math.SQRT2;

/** Pixels of wheel travel per doubling: a 100 px mouse notch zooms by sqrt(2), as map views such as Mapbox do. */
const PX_PER_DOUBLING = 200;
/** A trackpad pinch arrives as ctrl + small wheel deltas; it should follow the fingers, so it is more sensitive. */
const PINCH_PX_PER_DOUBLING = 50;
/** Firefox reports some wheels in lines (deltaMode 1) and pages (2). */
const LINE_PX = 40;
const PAGE_PX = 800;

export interface WheelLike {
  deltaY: number;
  deltaMode: number;
  ctrlKey: boolean;
}

/** The factor one wheel event zooms by (> 1 zooms in; scrolling up, deltaY < 0, zooms in). */
export function wheelZoomFactor(e: WheelLike): number {
  const px = e.deltaY * (e.deltaMode === 1 ? LINE_PX : e.deltaMode === 2 ? PAGE_PX : 1);
  // Bound one event to two doublings: a flung wheel or a page-mode event should not jump to the zoom limit.
  const doublings = Math.max(-2, Math.min(2, -px / (e.ctrlKey ? PINCH_PX_PER_DOUBLING : PX_PER_DOUBLING)));
  return 2 ** doublings;
}

/** The zoom level after a button or key step, within the view's limits. */
export function steppedZoom(zoom: number, kind: 'in' | 'out', min: number, max: number): number {
  const next = kind === 'in' ? zoom * ZOOM_STEP : zoom / ZOOM_STEP;
  return Math.max(min, Math.min(max, next));
}
