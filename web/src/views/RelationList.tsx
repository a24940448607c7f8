// The focused node's relations: a filter box, groups by type and direction with counts, sorting, and paging per group.
import { useState } from 'react';
import type { DetailedRelation } from '../core/details/details-loader';
import { relationGroups, type RelationSort } from '../core/details/relation-groups';
import { labelName, relationName, type Lang, type Translate } from '../core/i18n/i18n';
import { displayName, namer } from '../core/texts/node-names';
import type { GraphModel } from '../core/graph/types';
import { Provenance } from './SourceExcerpt';

/** Rows a group shows before "show all": a hub's 100 relations stay one click away without a wall of text. */
const GROUP_PAGE = 20;

interface Props {
  nodeId: string;
  rels: DetailedRelation[];
  /** The node's number of relations (more than `rels` when the API's page cut them). */
  degree: number | null;
  model: GraphModel;
  lang: Lang;
  t: Translate;
  onSelect: (id: string) => void;
}

export function RelationList({ nodeId, rels, degree, model, lang, t, onSelect }: Props) {
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<RelationSort>('name');
  const [open, setOpen] = useState<Set<string>>(new Set());
  const words = (r: DetailedRelation, other: DetailedRelation['startNode']) =>
    [
      relationName(lang, r.type),
      labelName(lang, other.label ?? other.labels[0]),
      other.nameEn ?? '',
      r.role ?? '',
    ].join(' ');
  const groups = relationGroups(
    nodeId,
    rels,
    filter,
    sort,
    words,
    (type) => relationName(lang, type),
    (n) => displayName(n, lang),
  );
  const name = namer([...model.nodes.values(), ...rels.flatMap((r) => [r.startNode, r.endNode])], lang);
  const shown = groups.reduce((sum, g) => sum + g.rows.length, 0);
  return (
    <div className="relations">
      <h3>
        {t('details.relations')} ({filter ? t('details.relationsOf', { shown, count: rels.length }) : rels.length})
      </h3>
      {degree !== null && degree > rels.length && (
        <p className="muted" role="note">
          {t('details.partial', { shown: rels.length, count: degree })}
        </p>
      )}
      <div className="relation-controls">
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder={t('details.filter')}
          aria-label={t('details.filterLabel')}
          data-testid="relation-filter"
        />
        <span className="sort" role="group" aria-label={t('details.sort')}>
          <button type="button" aria-pressed={sort === 'name'} onClick={() => setSort('name')}>
            {t('details.sortName')}
          </button>
          <button type="button" aria-pressed={sort === 'kind'} onClick={() => setSort('kind')}>
            {t('details.sortKind')}
          </button>
        </span>
      </div>
      {filter && shown === 0 && <p className="muted">{t('details.noMatch')}</p>}
      {groups
        .filter((g) => g.rows.length > 0)
        .map((g) => {
          const all = open.has(g.key);
          const rows = all ? g.rows : g.rows.slice(0, GROUP_PAGE);
          const toggle = () =>
            setOpen((prev) => {
              const next = new Set(prev);
              if (all) next.delete(g.key);
              else next.add(g.key);
              return next;
            });
          return (
            <section key={g.key} className="rel-group" data-type={g.type}>
              <h4>
                <span aria-label={t(g.outgoing ? 'details.out' : 'details.in')}>{g.outgoing ? '→' : '←'}</span>{' '}
                {relationName(lang, g.type)}{' '}
                <span className="muted">({filter ? `${g.rows.length}/${g.total}` : g.total})</span>
              </h4>
              <ul>
                {rows.map(({ rel, other }) => (
                  <li key={rel.id}>
                    <button type="button" className="link" onClick={() => onSelect(other.id)}>
                      {name(other)}
                    </button>{' '}
                    <span className="tag">{labelName(lang, other.label ?? other.labels[0])}</span>
                    {rel.role && <span className="role"> ({rel.role})</span>}
                    {rel.provenance && (
                      <Provenance
                        sources={rel.provenance.sources ?? []}
                        quotes={rel.provenance.quotes ?? []}
                        confidence={rel.provenance.confidence ?? null}
                        note={rel.provenance.note ?? null}
                        t={t}
                      />
                    )}
                  </li>
                ))}
              </ul>
              {g.rows.length > GROUP_PAGE && (
                <button type="button" className="link show-all" onClick={toggle}>
                  {all ? t('details.showLess') : t('details.showAll', { count: g.rows.length })}
                </button>
              )}
            </section>
          );
        })}
    </div>
  );
}
