// Edit controls of the details panel, rendered only for editors: edit, add relationship, delete, history.
import { useState } from 'react';
import type { NodeLabel } from '@kies/schema';
import type { Viewer } from '../../core/auth/auth-state';
import type { AuditEvent } from '../../core/curation/audit';
import type { EditableNode } from '../../core/curation/node-form';
import type { GraphModel } from '../../core/graph/types';
import type { Lang, Translate } from '../../core/i18n/i18n';
import { AddRelationshipForm } from './AddRelationshipForm';
import { DeleteNodeForm } from './DeleteNodeForm';
import { EditNodeForm } from './EditNodeForm';
import { NodeHistory } from './NodeHistory';

type Mode = 'none' | 'edit' | 'relate' | 'delete';

interface Props {
  node: EditableNode & { id: string; labels: NodeLabel[]; relationships: unknown[] };
  viewer: Viewer;
  model: GraphModel;
  version: number;
  lang: Lang;
  t: Translate;
  onChanged: (audit: AuditEvent) => void;
}

export function CurationTools({ node, viewer, model, version, lang, t, onChanged }: Props) {
  const [mode, setMode] = useState<Mode>('none');
  const [saved, setSaved] = useState(false);
  const done = (audit: AuditEvent) => {
    setMode('none');
    setSaved(true);
    onChanged(audit);
  };
  const open = (m: Mode) => {
    setSaved(false);
    setMode(m);
  };
  return (
    <section className="curation" data-testid="curation" aria-label={t('edit.title')}>
      {mode === 'none' && (
        <div className="actions">
          <button type="button" onClick={() => open('edit')} data-testid="edit-node">
            {t('edit.edit')}
          </button>
          <button type="button" onClick={() => open('relate')} data-testid="add-relationship">
            {t('edit.addRel')}
          </button>
          <button type="button" className="danger" onClick={() => open('delete')} data-testid="delete-node">
            {t('edit.delete')}
          </button>
          {saved && (
            <span className="muted" role="status" data-testid="saved">
              {t('edit.saved')}
            </span>
          )}
        </div>
      )}
      {mode === 'edit' && <EditNodeForm node={node} t={t} onDone={done} onCancel={() => setMode('none')} />}
      {mode === 'relate' && (
        <AddRelationshipForm
          node={node}
          model={model}
          lang={lang}
          t={t}
          onDone={done}
          onCancel={() => setMode('none')}
        />
      )}
      {mode === 'delete' && (
        <DeleteNodeForm
          node={node}
          relationCount={node.relationships.length}
          t={t}
          onDone={done}
          onCancel={() => setMode('none')}
        />
      )}
      <NodeHistory nodeId={node.id} viewer={viewer} version={version} t={t} onUndone={onChanged} />
    </section>
  );
}
