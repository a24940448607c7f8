// The explorer's Cytoscape instance: options, fitting and the painted signal, shared by the graph controller and the
// early start figure.
import cytoscape, { type Collection, type Core, type ElementDefinition } from 'cytoscape';
import { stylesheet } from '../../core/cy/stylesheet';

/**
 * A new instance in `container`. pixelRatio 1 and textureOnViewport keep big graphs smooth (shared/notes); the
 * zoom floor is low enough to fit a hierarchical layout of the whole network (a column of ~700 leaves) in view.
 * Elements given here are laid out as they stand (preset, no fit): the caller fits.
 */
export function createCy(container: HTMLElement, elements: ElementDefinition[] = []): Core {
  return cytoscape({
    container,
    elements,
    style: stylesheet(),
    layout: { name: 'preset', fit: false },
    pixelRatio: 1,
    textureOnViewport: true,
    hideEdgesOnViewport: false,
    minZoom: 0.02,
    maxZoom: 4,
    boxSelectionEnabled: true,
    selectionType: 'single',
  });
}

/** Fits the view to what is shown, as every new picture starts. */
export function fitVisible(cy: Core): void {
  cy.fit(
    cy.elements().filter((e) => e.visible()),
    20,
  );
}

/** Fits the view to `members` (a selection, what a panel lights up), at most at 1.2x so a few nodes keep context. */
export function bringIntoView(cy: Core, members: Collection): void {
  cy.stop(true, true); // a centring animation still running would pull the view back
  cy.fit(members, 60);
  if (cy.zoom() <= 1.2) return;
  const bb = members.boundingBox();
  cy.zoom({ level: 1.2, position: { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 } });
}

/**
 * Calls `then` once the next picture is on screen: Cytoscape drew it, then the browser painted it (an animation
 * frame and a task later; the same test as the bare-Cytoscape floor in bench/browser).
 */
export function afterPainted(cy: Core, then: () => void): void {
  cy.one('render', () => requestAnimationFrame(() => setTimeout(then, 0)));
}
