// After a node is deleted its panel is gone; this notice keeps the way back (undo) at hand.
import { useState } from 'react';
import type { AuditEvent } from '../../core/curation/audit';
import { undoChange } from '../../core/curation/curation-loader';
import type { Translate } from '../../core/i18n/i18n';

interface Props {
  audit: AuditEvent;
  t: Translate;
  onUndone: (audit: AuditEvent) => void;
}

export function DeletedNotice({ audit, t, onUndone }: Props) {
  const [error, setError] = useState<string | null>(null);
  const undo = async () => {
    try {
      onUndone(await undoChange(audit.id));
    } catch (e) {
      setError(`${t('history.failed')} ${(e as Error).message}`);
    }
  };
  return (
    <div className="notice" role="status" data-testid="deleted-notice">
      {t('edit.deleted', { id: audit.target })}{' '}
      <button type="button" onClick={() => void undo()}>
        {t('history.undo')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
