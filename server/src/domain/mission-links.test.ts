// The linear mission-to-PPP link computation against brute-force path enumeration (what the old Cypher did).
import { describe, expect, it } from 'vitest';
import { missionPppLinks, type ServingEdge } from './mission-links.js';
import { seededRandom } from '../../../bench/src/synthetic-graph.js';

type Kind = 'M' | 'P' | 'I';

function randomGraph(seed: number): { kinds: Map<string, Kind>; edges: ServingEdge[] } {
  const random = seededRandom(seed);
  const kinds = new Map<string, Kind>();
  for (let i = 0; i < 3; i++) kinds.set(`m${i}`, 'M');
  for (let i = 0; i < 6; i++) kinds.set(`p${i}`, 'P');
  for (let i = 0; i < 8; i++) kinds.set(`i${i}`, 'I');
  const ids = [...kinds.keys()];
  const edges: ServingEdge[] = [];
  for (let n = 0; n < 28; n++) {
    // Self-loops and parallel edges on purpose: the engine's paths may use them.
    const a = ids[Math.floor(random() * ids.length)]!;
    const b = ids[Math.floor(random() * ids.length)]!;
    edges.push({
      a,
      b,
      aMission: kinds.get(a) === 'M',
      aPpp: kinds.get(a) === 'P',
      bMission: kinds.get(b) === 'M',
      bPpp: kinds.get(b) === 'P',
    });
  }
  return { kinds, edges };
}

/** Every trail of 1..3 relationships from a mission to a PPP whose inner nodes are inner kinds; intersected per pair. */
function bruteForce(kinds: Map<string, Kind>, edges: ServingEdge[]): Map<string, string[]> {
  const common = new Map<string, Set<string>>();
  const walk = (m: string, at: string, used: Set<number>, inner: string[]) => {
    for (const [index, e] of edges.entries()) {
      if (used.has(index) || (e.a !== at && e.b !== at)) continue;
      const next = e.a === at ? e.b : e.a;
      if (kinds.get(next) === 'P') {
        const key = `${m}>${next}`;
        const seen = common.get(key);
        common.set(key, seen ? new Set([...seen].filter((id) => inner.includes(id))) : new Set(inner));
      }
      if (kinds.get(next) === 'I' && inner.length < 2) walk(m, next, new Set([...used, index]), [...inner, next]);
    }
  };
  for (const [id, kind] of kinds) if (kind === 'M') walk(id, id, new Set(), []);
  return new Map([...common].map(([key, set]) => [key, [...set].sort()]));
}

describe('missionPppLinks', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])('matches path enumeration (graph %i)', (seed) => {
    const { kinds, edges } = randomGraph(seed);
    const { links, truncatedMissionIds } = missionPppLinks(edges);
    expect(truncatedMissionIds).toEqual([]);
    expect(new Map(links.map((l) => [`${l.missionId}>${l.pppId}`, l.commonNodeIds]))).toEqual(bruteForce(kinds, edges));
  });

  it('drops a mission cut short by the work bound instead of reporting half-seen cut nodes', () => {
    const edge = (a: string, b: string, bPpp = false): ServingEdge => ({
      a,
      b,
      aMission: a === 'm',
      aPpp: false,
      bMission: false,
      bPpp,
    });
    const edges = [edge('m', 'i1'), edge('m', 'i2'), edge('i1', 'p', true), edge('i2', 'p', true)];
    expect(missionPppLinks(edges).links).toEqual([{ missionId: 'm', pppId: 'p', commonNodeIds: [] }]);
    expect(missionPppLinks(edges, 1)).toEqual({ links: [], truncatedMissionIds: ['m'] });
  });
});
