// The right-hand panel: tabs for details, paths, partners and the table alternative of the graph.
import { useState } from 'react';
import type { Viewer } from '../core/auth/auth-state';
import type { AuditEvent } from '../core/curation/audit';
import type { ApiNode } from '../core/graph/from-api';
import type { GraphModel } from '../core/graph/types';
import type { Lang, Translate } from '../core/i18n/i18n';
import type { TracedPath } from '../core/paths/paths';
import { PANELS, type PanelId, type PathQuery } from '../core/state/view-state';
import { deferred } from './deferred';
import { DetailsPanel } from './DetailsPanel';
import { SelectionList } from './SelectionList';
import { TablePanel } from './TablePanel';

// Not needed for the first view (the table stays in: it is the figure's accessible alternative, one click away).
const CreateNodeForm = deferred(() => import('./curation/CreateNodeForm').then((m) => m.CreateNodeForm));
const DeletedNotice = deferred(() => import('./curation/DeletedNotice').then((m) => m.DeletedNotice));
const PartnersPanel = deferred(() => import('./PartnersPanel').then((m) => m.PartnersPanel));
const PathsPanel = deferred(() => import('./PathsPanel').then((m) => m.PathsPanel));

interface Props {
  panel: PanelId;
  model: GraphModel;
  visible: Set<string>;
  selected: string[];
  path: PathQuery | null;
  missions: { id: string; name: string }[];
  lang: Lang;
  t: Translate;
  onPanel: (p: PanelId) => void;
  onSelect: (id: string) => void;
  /** Makes one member of a multi-node selection the focus, keeping the selection. */
  onFocus: (id: string) => void;
  onExpand: (id: string) => void;
  onPath: (p: PathQuery | null) => void;
  onPathResult: (paths: TracedPath[]) => void;
  onPartnerResult: (nodes: ApiNode[]) => void;
  /** Only for a viewer who may edit; null renders no edit control at all. */
  editor: Viewer | null;
  /** The last deletion, offered for undo until the next change. */
  deleted: AuditEvent | null;
  onCurated: (audit: AuditEvent) => void;
}

export function SidePanel(p: Props) {
  const focus = p.selected[0] ?? null;
  const [creating, setCreating] = useState(false);
  return (
    <aside className="side-panel">
      <div role="tablist" className="panel-tabs">
        {PANELS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={p.panel === id}
            className={p.panel === id ? 'active' : ''}
            onClick={() => p.onPanel(id)}
            data-testid={`panel-${id}`}
          >
            {p.t(`panel.${id}`)}
          </button>
        ))}
      </div>
      {p.selected.length > 1 && (
        <SelectionList selected={p.selected} model={p.model} lang={p.lang} t={p.t} onFocus={p.onFocus} />
      )}
      <div className="panel-body" role="tabpanel">
        {p.panel === 'details' && p.editor && p.deleted && (
          <DeletedNotice audit={p.deleted} t={p.t} onUndone={p.onCurated} />
        )}
        {p.panel === 'details' && p.editor && !creating && (
          <button type="button" className="new-node" onClick={() => setCreating(true)} data-testid="new-node">
            {p.t('edit.newNode')}
          </button>
        )}
        {p.panel === 'details' && p.editor && creating && (
          <CreateNodeForm
            lang={p.lang}
            t={p.t}
            onCancel={() => setCreating(false)}
            onDone={(audit) => {
              setCreating(false);
              p.onCurated(audit);
            }}
          />
        )}
        {p.panel === 'details' && (
          <DetailsPanel
            editor={p.editor}
            model={p.model}
            onCurated={p.onCurated}
            id={focus}
            lang={p.lang}
            t={p.t}
            onSelect={p.onSelect}
            onExpand={p.onExpand}
            onPathFrom={(id) => {
              p.onSelect(id);
              p.onPanel('paths');
            }}
            onPartners={() => p.onPanel('partners')}
          />
        )}
        {p.panel === 'paths' && (
          <PathsPanel
            model={p.model}
            path={p.path}
            selected={focus}
            missions={p.missions}
            lang={p.lang}
            t={p.t}
            onPath={p.onPath}
            onResult={p.onPathResult}
            onSelect={p.onSelect}
          />
        )}
        {p.panel === 'partners' && (
          <PartnersPanel
            id={focus}
            model={p.model}
            lang={p.lang}
            t={p.t}
            onSelect={p.onSelect}
            onResult={p.onPartnerResult}
          />
        )}
        {p.panel === 'table' && (
          <TablePanel
            model={p.model}
            visible={p.visible}
            selected={p.selected}
            lang={p.lang}
            t={p.t}
            onSelect={p.onSelect}
          />
        )}
      </div>
    </aside>
  );
}
