// Path tracing: from a node to another node, a mission, or all PPPs; results grouped by target (PathGroups).
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { useQuery } from '../core/api/use-query';
import type { GraphModel } from '../core/graph/types';
import type { Lang, Translate } from '../core/i18n/i18n';
import { PathsDocument, pathVariables, type TracedPath } from '../core/paths/paths';
import type { PathQuery } from '../core/state/view-state';
import { namer } from '../core/texts/node-names';
import { PathGroups } from './PathGroups';
import { SearchBox } from './SearchBox';

interface Props {
  model: GraphModel;
  path: PathQuery | null;
  selected: string | null;
  missions: { id: string; name: string }[];
  lang: Lang;
  t: Translate;
  onPath: (path: PathQuery | null) => void;
  onResult: (paths: TracedPath[]) => void;
  onSelect: (id: string) => void;
}

export function PathsPanel({ model, path, selected, missions, lang, t, onPath, onResult, onSelect }: Props) {
  const [from, setFrom] = useState<string | null>(path?.from ?? selected);
  const [to, setTo] = useState<string>(path?.to ?? missions[0]?.id ?? '');
  // The last result stays in view while the next path loads.
  const query = useQuery(PathsDocument, pathVariables(path), { keepData: true });
  const paths = query.data?.paths ?? null;
  const status = query.loading ? 'loading' : query.error ? 'error' : 'idle';
  const error = query.error?.message ?? '';

  // A new path from the URL or the graph fills the form (the same path in a new object does not).
  const pathFrom = path?.from;
  const pathTo = path?.to;
  useEffect(() => {
    if (pathFrom !== undefined && pathTo !== undefined) {
      setFrom(pathFrom);
      setTo(pathTo);
    }
  }, [pathFrom, pathTo]);

  // An effect event: the latest onResult, without re-reporting the same paths when the app passes a new callback.
  const report = useEffectEvent((found: TracedPath[]) => onResult(found));
  useEffect(() => {
    if (query.data && !query.loading) report(query.data.paths);
  }, [query.data, query.loading]);

  const naming = useMemo(() => namer(model.nodes.values(), lang), [model, lang]);
  const name = (id: string) => {
    const n = model.nodes.get(id);
    return n
      ? naming({ id, name: n.name, nameEn: n.nameEn, labels: n.labels, fullName: n.fullName, code: n.code })
      : id;
  };
  const toName = to.startsWith('label:') ? t('paths.allPpps') : name(to);
  return (
    <section className="paths" aria-labelledby="paths-h">
      <h2 id="paths-h">{t('paths.title')}</h2>
      <div className="field">
        <span>
          {t('paths.from')}: <strong data-testid="path-from">{from ? name(from) : '—'}</strong>
        </span>
        <SearchBox model={model} lang={lang} t={t} onPick={setFrom} placeholder={t('paths.from') + '…'} />
      </div>
      <div className="field">
        <label>
          {t('paths.to')}:{' '}
          <select
            value={missions.some((m) => m.id === to) || to === 'label:PPP' ? to : ''}
            onChange={(e) => setTo(e.target.value)}
            data-testid="path-to"
          >
            {!missions.some((m) => m.id === to) && to !== 'label:PPP' && <option value="">{toName}</option>}
            {missions.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
            <option value="label:PPP">{t('paths.allPpps')}</option>
          </select>
        </label>
        <SearchBox model={model} lang={lang} t={t} onPick={setTo} placeholder={t('paths.to') + '…'} />
      </div>
      <button
        type="button"
        disabled={!from || !to}
        onClick={() => from && to && onPath({ from, to })}
        data-testid="path-trace"
      >
        {t('paths.trace')}
      </button>
      {status === 'loading' && <p aria-busy="true">{t('loading')}</p>}
      {status === 'error' && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {status === 'idle' && paths && paths.length === 0 && <p>{t('paths.none')}</p>}
      {paths && paths.length > 0 && (
        <PathGroups
          paths={paths}
          model={model}
          lang={lang}
          t={t}
          fromName={from ? name(from) : ''}
          onSelect={onSelect}
        />
      )}
    </section>
  );
}
