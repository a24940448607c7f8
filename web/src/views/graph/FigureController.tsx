// Render-less: hover draws a node's relations and names it in full, zoom swaps figure labels, arrow keys pan, resize.
import { useEffect } from 'react';
import type { Core, EventObject } from 'cytoscape';
import { routeOf } from './route';

/** From this zoom on, figure names give way to two lines of more text (6 px font drawn at 9.6 px or more). */
const LOD_ZOOM = 1.6;
/** One arrow key press pans this many screen pixels (a tenth of a 1440 px window's graph area, or so). */
const PAN_STEP = 90;
const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

interface Props {
  cy: Core | null;
  /** The element whose title shows the hovered node's full name (not Cytoscape's container: it redraws on changes). */
  titleHost: HTMLElement | null;
}

export function FigureController({ cy, titleHost }: Props): null {
  useEffect(() => {
    if (!cy) return;
    let long = false;
    // Only when the zoom crosses the threshold: one batch restyles the figure nodes, nothing runs per frame.
    const onZoom = () => {
      const want = cy.zoom() >= LOD_ZOOM;
      if (want === long) return;
      long = want;
      cy.batch(() => cy.nodes('.fig').toggleClass('lod', long));
    };
    const onAdd = (e: EventObject) => long && e.target.hasClass('fig') && e.target.addClass('lod');
    const onOver = (e: EventObject) => {
      const node = e.target;
      if (node.data('decor')) return;
      routeOf(node).edges().addClass('hov');
      if (titleHost) titleHost.title = node.data('title') ?? '';
    };
    const onOut = () => {
      cy.edges('.hov').removeClass('hov');
      if (titleHost) titleHost.removeAttribute('title');
    };
    const onKey = (e: KeyboardEvent) => {
      const step = ARROWS[e.key];
      const target = e.target as HTMLElement;
      if (
        !step ||
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        target.closest('input, select, textarea, [contenteditable], [role="listbox"], [role="grid"], [role="tablist"]')
      )
        return;
      e.preventDefault();
      cy.stop(true, true);
      cy.animate({ panBy: { x: step[0] * PAN_STEP, y: step[1] * PAN_STEP } }, { duration: 120 });
    };
    // The container changes size when the matrix or gaps open beside it: Cytoscape must know its new size.
    // Only on a real change: a resize redraws the whole figure, and the observer also reports the size it starts with.
    const resized = titleHost
      ? new ResizeObserver(([entry]) => {
          const box = entry!.contentRect;
          if (Math.round(box.width) !== cy.width() || Math.round(box.height) !== cy.height()) cy.resize();
        })
      : null;
    if (titleHost) resized!.observe(titleHost);
    onZoom();
    cy.on('zoom', onZoom);
    cy.on('add', 'node', onAdd);
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    // Leaving the canvas straight from a node sends Cytoscape no mouseout.
    titleHost?.addEventListener('mouseleave', onOut);
    window.addEventListener('keydown', onKey);
    return () => {
      cy.off('zoom', onZoom);
      cy.off('add', 'node', onAdd);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
      titleHost?.removeEventListener('mouseleave', onOut);
      window.removeEventListener('keydown', onKey);
      resized?.disconnect();
    };
  }, [cy, titleHost]);
  return null;
}
