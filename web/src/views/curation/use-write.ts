// Runs one curation write for a form: busy flag, and the server's issues spread over the form's fields.
import { useState } from 'react';
import { formErrors, NO_ERRORS, type FormErrors } from '../../core/curation/field-issues';

/** Provenance keys every write form shows (the server names these in its issues). */
const PROVENANCE_KEYS = [
  'provenance',
  'provenance.sources',
  'provenance.quotes',
  'provenance.note',
  'provenance.confidence',
] as const;

export function useWrite(known: readonly string[], aliases: Record<string, string> = {}) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  // A plain function per render (no caller keeps it across renders), so it always reads the form's current fields.
  const run = async <T>(write: () => Promise<T>): Promise<T | null> => {
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
  };
  return { busy, errors, setErrors, run };
}
