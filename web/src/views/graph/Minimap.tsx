// A navigator: the whole drawing as dots on a small canvas, the visible part framed; click or drag there to move.
import { useState } from 'react';
import type { Core } from 'cytoscape';
import type { Translate } from '../../core/i18n/i18n';
import { MINIMAP_H, MINIMAP_W, MinimapController } from './MinimapController';

interface Props {
  cy: Core | null;
  t: Translate;
}

export function Minimap({ cy, t }: Props) {
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  return (
    <div className="minimap" data-testid="minimap" title={t('minimap.title')}>
      <canvas ref={setCanvas} width={MINIMAP_W} height={MINIMAP_H} aria-label={t('minimap.title')} role="img" />
      <div ref={setFrame} className="minimap-frame" data-testid="minimap-frame" />
      <MinimapController cy={cy} canvas={canvas} frame={frame} />
    </div>
  );
}
