// SVG export of the drawn graph: the cytoscape-svg extension is loaded on the first export, not with the start view.
import cytoscape, { type Core } from 'cytoscape';

let registered: Promise<void> | null = null;

interface PathRenderer {
  drawRoundPolygonPath: (context: { beginPath?: () => void }, ...rest: unknown[]) => void;
}

export async function cySvg(cy: Core, options: { full: boolean; bg: string }): Promise<string> {
  registered ??= import('cytoscape-svg').then((m) => void cytoscape.use(m.default));
  await registered;
  // Cytoscape draws round polygons (round-tag, round-triangle, round-pentagon, ...) without beginPath(): on the
  // screen it draws them into a fresh Path2D. cytoscape-svg draws straight into canvas2svg, where a missing
  // beginPath() sends the shape's path commands to the previous element, the label before it: the shape is
  // lost and that text gets the fill ("Attempted to apply path command to node text"). Starting a path first,
  // for the export only, draws every shape as it looks on screen.
  const renderer = (cy as unknown as { renderer: () => PathRenderer }).renderer();
  const own = Object.prototype.hasOwnProperty.call(renderer, 'drawRoundPolygonPath');
  const draw = renderer.drawRoundPolygonPath;
  renderer.drawRoundPolygonPath = function (context, ...rest) {
    context.beginPath?.();
    return draw.call(this, context, ...rest);
  };
  try {
    return (cy as unknown as { svg: (o: object) => string }).svg(options);
  } finally {
    if (own) renderer.drawRoundPolygonPath = draw;
    else delete (renderer as Partial<PathRenderer>).drawRoundPolygonPath;
  }
}
