// The visible graph as a table: the screen-reader (and keyboard) alternative to the canvas.
import { primaryLabel } from '../core/graph/graph-model';
import type { GraphModel } from '../core/graph/types';
import { labelName, type Lang, type Translate } from '../core/i18n/i18n';
import { displayName } from '../core/texts/node-names';

interface Props {
  model: GraphModel;
  visible: Set<string>;
  selected: string[];
  lang: Lang;
  t: Translate;
  onSelect: (id: string) => void;
}

export function TablePanel({ model, visible, selected, lang, t, onSelect }: Props) {
  const degree = new Map<string, number>();
  for (const e of model.edges.values()) {
    if (visible.has(e.source) && visible.has(e.target)) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
  }
  const rows = [...model.nodes.values()]
    .filter((n) => visible.has(n.id))
    .map((n) => ({ ...n, shown: displayName(n, lang) }))
    .sort((a, b) => a.shown.localeCompare(b.shown, lang));
  return (
    <table className="node-table">
      <caption>{t('table.caption', { count: rows.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.name')}</th>
          <th scope="col">{t('table.type')}</th>
          <th scope="col">{t('table.relations')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((n) => (
          <tr key={n.id} aria-selected={selected.includes(n.id)}>
            <th scope="row">
              <button type="button" className="link" onClick={() => onSelect(n.id)}>
                {n.shown}
              </button>
            </th>
            <td>{labelName(lang, primaryLabel(n))}</td>
            <td>{degree.get(n.id) ?? 0}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
