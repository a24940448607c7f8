// Path results grouped by target: direct links first, then indirect ones with what they run through; hops with evidence.
import type { GraphModel } from '../core/graph/types';
import { relationName, type Lang, type Translate } from '../core/i18n/i18n';
import { groupPathsByTarget, type PathGroup, type TracedPath } from '../core/paths/paths';
import { namer, type NamedNode } from '../core/texts/node-names';
import { counted } from '../core/texts/sentences';
import { Provenance } from './SourceExcerpt';

interface Props {
  paths: TracedPath[];
  model: GraphModel;
  lang: Lang;
  t: Translate;
  fromName: string;
  onSelect: (id: string) => void;
}

export function PathGroups({ paths, model, lang, t, fromName, onSelect }: Props) {
  const { direct, indirect } = groupPathsByTarget(paths);
  const name = namer([...model.nodes.values(), ...paths.flatMap((p) => p.nodes)], lang);
  const byId = new Map(paths.flatMap((p) => p.nodes).map((n) => [n.id, n]));
  const named = (n: { id: string; name: string }) => name(byId.get(n.id) ?? { ...n, labels: [] });
  const link = (n: NamedNode) => (
    <button type="button" className="link" onClick={() => onSelect(n.id)}>
      {named(n)}
    </button>
  );
  const group = (g: PathGroup) => (
    <li key={g.target.id} data-target={g.target.id}>
      <details>
        <summary>
          {link(g.target)} <span className="muted">{counted(t, 'paths.target', g.paths.length)}</span>
          {!g.direct && g.via.length > 0 && (
            <span className="via">
              {' '}
              · {t('paths.via', { via: '' })}
              {g.via.map((v, i) => (
                <span key={v.id}>
                  {i > 0 ? ', ' : ''}
                  {link(v)}
                </span>
              ))}
            </span>
          )}
        </summary>
        <ol className="path-list">
          {g.paths.map((p, i) => (
            <li key={i}>
              <div className="path-chain">
                {p.nodes.map((n, j) => (
                  <span key={`${n.id}-${j}`}>
                    {j > 0 && <span className="arrow"> ▸ </span>}
                    {link(n)}
                  </span>
                ))}{' '}
                <span className="muted">({counted(t, 'paths.hops', p.length)})</span>
              </div>
              <ul className="hops">
                {p.hops.map((h, k) => (
                  <li key={k}>
                    {named(h.from)}{' '}
                    <code>
                      {h.direction === 'FORWARD'
                        ? `—${relationName(lang, h.relationship.type)}→`
                        : `←${relationName(lang, h.relationship.type)}—`}
                    </code>{' '}
                    {named(h.to)}
                    {h.relationship.provenance && (
                      <Provenance
                        sources={h.relationship.provenance.sources ?? []}
                        quotes={h.relationship.provenance.quotes ?? []}
                        confidence={h.relationship.provenance.confidence ?? null}
                        note={h.relationship.provenance.note ?? null}
                        t={t}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
  return (
    <div className="path-groups" data-testid="path-list">
      {direct.length > 0 && (
        <section data-testid="paths-direct">
          <h3>{t('paths.direct', { count: direct.length, from: fromName })}</h3>
          <ul className="path-targets">{direct.map(group)}</ul>
        </section>
      )}
      {indirect.length > 0 && (
        <section data-testid="paths-indirect">
          <h3>{t('paths.indirect', { count: indirect.length })}</h3>
          <p className="muted">{t('paths.indirectWhy', { from: fromName })}</p>
          <ul className="path-targets">{indirect.map(group)}</ul>
        </section>
      )}
    </div>
  );
}
