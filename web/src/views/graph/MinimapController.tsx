// Renders nothing: keeps the navigator's thumbnail and frame in step with the graph, and moves the graph from it.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';

export const MINIMAP_W = 140;
export const MINIMAP_H = 100;
const W = MINIMAP_W;
const H = MINIMAP_H;

interface Props {
  cy: Core | null;
  canvas: HTMLCanvasElement | null;
  frame: HTMLDivElement | null;
}

export function MinimapController({ cy, canvas, frame }: Props): null {
  useEffect(() => {
    const el = canvas;
    const box = frame;
    if (!cy || !el || !box) return;
    const ctx = el.getContext('2d');
    if (!ctx) return;
    let scale = 1;
    let ox = 0;
    let oy = 0;
    // The thumbnail is redrawn when elements come, go or are shown/hidden (not per frame); the frame on viewport
    // changes, at most once per animation frame.
    const draw = () => {
      const nodes = cy.nodes(':visible[!decor]');
      ctx.clearRect(0, 0, W, H);
      if (nodes.empty()) return;
      const bb = nodes.boundingBox({ includeLabels: false });
      scale = Math.min((W - 8) / Math.max(bb.w, 1), (H - 8) / Math.max(bb.h, 1));
      ox = (W - bb.w * scale) / 2 - bb.x1 * scale;
      oy = (H - bb.h * scale) / 2 - bb.y1 * scale;
      nodes.forEach((n) => {
        const p = n.position();
        ctx.fillStyle = n.data('color') as string;
        ctx.fillRect(p.x * scale + ox - 1, p.y * scale + oy - 1, 2.5, 2.5);
      });
      place();
    };
    const place = () => {
      const ext = cy.extent();
      const x = Math.max(0, ext.x1 * scale + ox);
      const y = Math.max(0, ext.y1 * scale + oy);
      box.style.transform = `translate(${x}px, ${y}px)`;
      box.style.width = `${Math.max(4, Math.min(W - x, ext.x2 * scale + ox - x))}px`;
      box.style.height = `${Math.max(4, Math.min(H - y, ext.y2 * scale + oy - y))}px`;
    };
    let pending = 0;
    const soon = (fn: () => void) => () => {
      if (pending) return;
      pending = requestAnimationFrame(() => {
        pending = 0;
        fn();
      });
    };
    // Style events come once per element changed: one boolean test each, one redraw a little later.
    let timer = 0;
    const later = () => {
      if (timer) return;
      timer = window.setTimeout(() => {
        timer = 0;
        draw();
      }, 250);
    };
    const onViewport = soon(place);
    cy.on('viewport resize', onViewport);
    cy.on('add remove style', later);
    later();
    // Click or drag in the thumbnail: centre the graph there.
    const move = (e: PointerEvent) => {
      const r = el.getBoundingClientRect();
      const x = (e.clientX - r.left - ox) / scale;
      const y = (e.clientY - r.top - oy) / scale;
      const z = cy.zoom();
      cy.pan({ x: cy.width() / 2 - x * z, y: cy.height() / 2 - y * z });
    };
    const down = (e: PointerEvent) => {
      el.setPointerCapture(e.pointerId);
      move(e);
      el.addEventListener('pointermove', move);
    };
    const up = () => el.removeEventListener('pointermove', move);
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointerup', up);
    return () => {
      cy.off('viewport resize', onViewport);
      cy.off('add remove style', later);
      clearTimeout(timer);
      cancelAnimationFrame(pending);
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointermove', move);
    };
  }, [cy, canvas, frame]);
  return null;
}
