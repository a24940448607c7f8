// A node's audit trail (auditLog), newest first, with an Undo button on each change the viewer may undo.
import { useState } from 'react';
import { useQuery } from '../../core/api/use-query';
import type { Viewer } from '../../core/auth/auth-state';
import { canUndo, changedProperties, propertyChange, type AuditEvent } from '../../core/curation/audit';
import { AuditLogDocument, auditLogVariables, undoChange } from '../../core/curation/curation-loader';
import type { Translate } from '../../core/i18n/i18n';

interface Props {
  nodeId: string;
  viewer: Viewer;
  /** Changes after each write, so the list is read again. */
  version: number;
  t: Translate;
  onUndone: (audit: AuditEvent) => void;
}

export function NodeHistory({ nodeId, viewer, version, t, onUndone }: Props) {
  // Read again after each write (the list stays in view meanwhile).
  const log = useQuery(AuditLogDocument, auditLogVariables(nodeId), { refresh: version });
  const events = log.data?.auditLog ?? null;
  const [undoError, setError] = useState<string | null>(null);
  const error = undoError ?? log.error?.message ?? null;
  const [busy, setBusy] = useState<string | null>(null);

  const undo = async (event: AuditEvent) => {
    setBusy(event.id);
    setError(null);
    try {
      onUndone(await undoChange(event.id));
    } catch (e) {
      setError(`${t('history.failed')} ${(e as Error).message}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="history" data-testid="history" aria-labelledby="history-title">
      <h3 id="history-title">{t('history.title')}</h3>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {events && events.length === 0 && <p className="muted">{t('history.none')}</p>}
      {events && events.length > 0 && (
        <ol className="history-list">
          {events.map((e) => (
            <li key={e.id} data-testid="history-entry" data-action={e.action} data-audit-id={e.id}>
              <div>
                <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time> · <strong>{e.actor}</strong> ·{' '}
                {t(`action.${e.action}`)}
                {e.undoneBy && <span className="tag"> {t('history.undone')}</span>}
                {e.undoes && <span className="muted"> ({t('history.undoes')})</span>}
              </div>
              {e.action === 'UPDATE_NODE' && (
                <ul className="changes">
                  {changedProperties(e).map((key) => {
                    const c = propertyChange(e, key);
                    return (
                      <li key={key}>
                        <code>{key}</code>: <del>{c.before}</del> → <ins>{c.after}</ins>
                      </li>
                    );
                  })}
                </ul>
              )}
              {e.action !== 'UPDATE_NODE' && e.target !== nodeId && <div className="muted">{e.target}</div>}
              {e.provenance.note && <div className="muted note">{e.provenance.note}</div>}
              {canUndo(e, viewer) && (
                <button type="button" disabled={busy !== null} onClick={() => void undo(e)} data-testid="undo">
                  {t('history.undo')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
