// Legend icons: each Cytoscape node shape as SVG polygon points in a 12 x 12 box (round shapes: rounded joins).

const C = 6;
const ring = (n: number, r = 5.5, start = -90, radii?: number[]) =>
  Array.from({ length: n }, (_, i) => {
    const a = ((start + (360 / n) * i) * Math.PI) / 180;
    const rr = radii ? radii[i % radii.length]! : r;
    return `${(C + rr * Math.cos(a)).toFixed(2)},${(C + rr * Math.sin(a)).toFixed(2)}`;
  }).join(' ');

const POINTS: Record<string, string> = {
  triangle: '6,0.5 11.5,11 0.5,11',
  diamond: '6,0.5 11.5,6 6,11.5 0.5,6',
  rectangle: '1,1 11,1 11,11 1,11',
  pentagon: ring(5),
  hexagon: ring(6, 5.5, 0),
  octagon: ring(8, 5.8, 22.5),
  star: ring(10, 6, -90, [6, 2.6]),
  tag: '0.5,1.5 8,1.5 11.5,6 8,10.5 0.5,10.5',
  vee: '0.5,1 6,5 11.5,1 6,11',
  rhomboid: '3,1.5 11.5,1.5 9,10.5 0.5,10.5',
};

/** Polygon points for a shape, or null for an ellipse (drawn as a circle). */
export function shapePoints(shape: string): string | null {
  if (shape === 'ellipse') return null;
  return POINTS[shape.replace(/^round-/, '')] ?? POINTS.rectangle!;
}

export const isRound = (shape: string) => shape.startsWith('round-');
