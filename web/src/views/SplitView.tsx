// The matrix or the gaps list beside the graph: a cell or a finding selects its members there, the view stays.
import type { GapNode } from '../core/gaps/gaps-loader';
import type { GraphModel } from '../core/graph/types';
import type { Lang, Translate } from '../core/i18n/i18n';
import { deferred } from './deferred';

// The matrix (with d3) and the gaps list: their code loads on first use or in idle time.
const MatrixView = deferred(() => import('./MatrixView').then((m) => m.MatrixView));
const GapsView = deferred(() => import('./GapsView').then((m) => m.GapsView));

interface Props {
  split: 'matrix' | 'gaps';
  model: GraphModel;
  lang: Lang;
  t: Translate;
  onClose: () => void;
  /** Selects the members of a matrix cell. */
  onSelect: (ids: string[]) => void;
  /** Draws and selects the nodes of a finding (they may not be in the graph yet). */
  onShow: (nodes: GapNode[]) => void;
}

export function SplitView({ split, model, lang, t, onClose, onSelect, onShow }: Props) {
  return (
    <section className="split" aria-label={t(`view.${split}`)} data-testid="split">
      <button type="button" className="split-close" onClick={onClose} data-testid="split-close">
        {t('split.close')}
      </button>
      {split === 'matrix' && <MatrixView lang={lang} t={t} onCell={(cell) => onSelect(cell.memberIds)} />}
      {split === 'gaps' && <GapsView model={model} lang={lang} t={t} onShow={onShow} />}
    </section>
  );
}
