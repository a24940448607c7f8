// A selection of several nodes, listed by name and kind (sortable); clicking a member shows its details.
import { useMemo, useState } from 'react';
import { useQuery } from '../core/api/use-query';
import { NodesByIdDocument, nodesByIdVariables } from '../core/graph/graph-loader';
import type { GraphModel } from '../core/graph/types';
import { labelName, type Lang, type Translate } from '../core/i18n/i18n';
import { namer, type NamedNode } from '../core/texts/node-names';
import { sortMembers, type MemberSort } from '../core/texts/members';

interface Props {
  selected: string[];
  model: GraphModel;
  lang: Lang;
  t: Translate;
  /** Makes `id` the focus (details) while the selection stays. */
  onFocus: (id: string) => void;
}

export function SelectionList({ selected, model, lang, t, onFocus }: Props) {
  const [sort, setSort] = useState<MemberSort>('name');
  // Members the graph does not hold (organisations of a finding, say) are named by one request. A failure leaves
  // their rows as placeholders; the details panel reports errors.
  const missing = selected.filter((id) => !model.nodes.has(id));
  const query = useQuery(NodesByIdDocument, nodesByIdVariables(missing), { keepData: true });
  const fetched = useMemo(
    () => new Map((query.data?.nodes.edges ?? []).map((e) => [e.node.id, e.node] as const)),
    [query.data],
  );
  const members: NamedNode[] = useMemo(
    () =>
      selected.flatMap((id) => {
        const n = model.nodes.get(id) ?? fetched.get(id);
        return n
          ? [
              {
                id,
                name: n.name,
                nameEn: n.nameEn,
                labels: n.labels,
                label: n.labels[0],
                fullName: n.fullName,
                code: n.code,
              },
            ]
          : [];
      }),
    [selected, model, fetched],
  );
  const name = useMemo(() => namer([...model.nodes.values(), ...members], lang), [model, members, lang]);
  const sorted = sortMembers(
    members,
    sort,
    (n) => name(n),
    (n) => labelName(lang, n.label ?? n.labels[0]),
  );
  const focus = selected[0];
  return (
    <section className="selection-list" aria-labelledby="selection-h" data-testid="selection-list">
      <div className="selection-head">
        <h2 id="selection-h" data-testid="selection-count">
          {t('selection.list', { count: selected.length })}
        </h2>
        <span className="sort">
          <button type="button" aria-pressed={sort === 'name'} onClick={() => setSort('name')}>
            {t('selection.sortName')}
          </button>
          <button type="button" aria-pressed={sort === 'kind'} onClick={() => setSort('kind')}>
            {t('selection.sortKind')}
          </button>
        </span>
      </div>
      <ul>
        {sorted.map((n) => (
          <li key={n.id} className={n.id === focus ? 'focus' : ''}>
            <button type="button" className="link" aria-current={n.id === focus} onClick={() => onFocus(n.id)}>
              {name(n)}
            </button>{' '}
            <span className="tag">{labelName(lang, n.label ?? n.labels[0])}</span>
          </li>
        ))}
        {members.length < selected.length && (
          <li className="muted" aria-busy="true">
            {t('loading')}
          </li>
        )}
      </ul>
    </section>
  );
}
