// A sentence whose named nodes are links: clicking one selects it (GapsView, PartnersPanel, PathsPanel).
import type { NamedNode } from '../core/texts/node-names';
import type { Segment } from '../core/texts/sentences';

interface Props {
  segments: Segment[];
  name: (n: NamedNode) => string;
  onSelect: (node: NamedNode) => void;
}

export function NodeText({ segments, name, onSelect }: Props) {
  return (
    <>
      {segments.map((s, i) =>
        typeof s === 'string' ? (
          <span key={i}>{s}</span>
        ) : (
          <button
            key={i}
            type="button"
            className="link node-link"
            data-node-id={s.node.id}
            onClick={() => onSelect(s.node)}
          >
            {name(s.node)}
          </button>
        ),
      )}
    </>
  );
}
