// SVG export: the cytoscape-svg extension is loaded on the first export, not with the start view.
import cytoscape, { type Core } from 'cytoscape';

let registered: Promise<void> | null = null;

export async function cySvg(cy: Core, options: { full: boolean; bg: string }): Promise<string> {
  registered ??= import('cytoscape-svg').then((m) => void cytoscape.use(m.default));
  await registered;
  return (cy as unknown as { svg: (o: object) => string }).svg(options);
}
