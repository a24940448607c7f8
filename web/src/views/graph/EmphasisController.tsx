// Render-less: sizes nodes by degree or betweenness and colours them by a property, when the user asks for it.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { CONFIDENCE_COLOURS, missionColour, sizeFor, type ColourBy, type SizeBy } from '../../core/cy/emphasis';

interface Props {
  cy: Core | null;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  /** Node id -> confidence and the number of missions it addresses (from the graph model). */
  props: (id: string) => { confidence: string | null; missions: number };
  /** Changes when the drawn elements change: scores are computed again. */
  version: unknown;
}

export function EmphasisController({ cy, sizeBy, colourBy, props, version }: Props): null {
  useEffect(() => {
    if (!cy || (sizeBy === 'kind' && colourBy === 'kind' && cy.nodes('.sized, .tinted').empty())) return;
    const nodes = cy.nodes('[!decor]');
    cy.batch(() => {
      // Only where set: removeClass restyles every element it is called on (a full style pass on first draw).
      if (sizeBy === 'kind') cy.nodes('.sized').removeClass('sized');
      else {
        // Computed once per choice or graph change, on what is loaded (a few ms for the figure's ~200 nodes).
        const scores = new Map<string, number>();
        if (sizeBy === 'degree') nodes.forEach((n) => void scores.set(n.id(), n.degree(false)));
        else {
          const bc = cy.elements('[!decor]').betweennessCentrality({ directed: false });
          nodes.forEach((n) => void scores.set(n.id(), bc.betweenness(n)));
        }
        const max = Math.max(0, ...scores.values());
        nodes.forEach((n) => {
          const size = sizeFor(scores.get(n.id()) ?? 0, max);
          n.data('size', n.hasClass('fig') ? size : size * 2.5);
        });
        nodes.addClass('sized');
      }
      if (colourBy === 'kind') cy.nodes('.tinted').removeClass('tinted');
      else {
        nodes.forEach((n) => {
          const p = props(n.id());
          n.data(
            'tint',
            colourBy === 'confidence'
              ? (CONFIDENCE_COLOURS[p.confidence ?? 'literal'] ?? '#757575')
              : missionColour(p.missions),
          );
        });
        nodes.addClass('tinted');
      }
    });
  }, [cy, sizeBy, colourBy, props, version]);
  return null;
}
