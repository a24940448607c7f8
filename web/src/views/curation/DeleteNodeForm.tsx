// Deletes a node after an explicit confirmation (in the page, not a browser dialog), with the reason as provenance.
import { useState } from 'react';
import type { AuditEvent } from '../../core/curation/audit';
import { deleteNode } from '../../core/curation/curation-loader';
import { emptyProvenance, toProvenanceInput } from '../../core/curation/provenance-input';
import type { Translate } from '../../core/i18n/i18n';
import { GeneralErrors } from './FieldErrors';
import { ProvenanceFields } from './ProvenanceFields';
import { useWrite } from './use-write';

interface Props {
  node: { id: string; name: string };
  relationCount: number;
  t: Translate;
  onDone: (audit: AuditEvent) => void;
  onCancel: () => void;
}

export function DeleteNodeForm({ node, relationCount, t, onDone, onCancel }: Props) {
  const [prov, setProv] = useState(emptyProvenance);
  const { busy, errors, run } = useWrite([]);
  const formId = `delete-${node.id}`;
  const remove = async () => {
    const audit = await run(() => deleteNode(node.id, toProvenanceInput(prov)));
    if (audit) onDone(audit);
  };
  return (
    <form
      className="curation-form danger"
      data-testid="delete-form"
      onSubmit={(e) => {
        e.preventDefault();
        void remove();
      }}
    >
      <p role="alert">{t('edit.deleteConfirm', { name: node.name, count: relationCount })}</p>
      <ProvenanceFields formId={formId} value={prov} errors={errors} t={t} onChange={setProv} />
      <GeneralErrors errors={errors} t={t} />
      <div className="actions">
        <button type="submit" className="danger" disabled={busy} data-testid="delete-confirm">
          {busy ? t('edit.saving') : t('edit.deleteYes')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
