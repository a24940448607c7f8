// Runs one curation write for a form: busy flag, and the server's issues spread over the form's fields.
import { useCallback, useState } from 'react';
import { formErrors, NO_ERRORS, type FormErrors } from '../../core/curation/field-issues';

/** Provenance keys every write form shows (the server names these in its issues). */
export const PROVENANCE_KEYS = [
  'provenance',
  'provenance.sources',
  'provenance.quotes',
  'provenance.note',
  'provenance.confidence',
] as const;

export function useWrite(known: readonly string[], aliases: Record<string, string> = {}) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const run = useCallback(
    async <T>(write: () => Promise<T>): Promise<T | null> => {
      setBusy(true);
      setErrors(NO_ERRORS);
      try {
        return await write();
      } catch (error) {
        setErrors(formErrors(error, [...known, ...PROVENANCE_KEYS], aliases));
        return null;
      } finally {
        setBusy(false);
      }
    },
    // The field lists are constants of each form, so the callback never needs to change.
    [],
  );
  return { busy, errors, setErrors, run };
}
