// A navigator: the whole drawing as dots on a small canvas, the visible part framed; click or drag there to move.
import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import type { Translate } from '../../core/i18n/i18n';

const W = 140;
const H = 100;

interface Props {
  cy: Core | null;
  t: Translate;
}

export function Minimap({ cy, t }: Props) {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const frame = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const el = canvas.current;
    const box = frame.current;
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
  }, [cy]);
  return (
    <div className="minimap" data-testid="minimap" title={t('minimap.title')}>
      <canvas ref={canvas} width={W} height={H} aria-label={t('minimap.title')} role="img" />
      <div ref={frame} className="minimap-frame" data-testid="minimap-frame" />
    </div>
  );
}
