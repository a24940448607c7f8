// The explorer's Cytoscape instance options, one place for the graph controller and the early start figure.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
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
