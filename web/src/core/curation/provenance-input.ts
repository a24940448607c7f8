// The provenance part of every write form: source+quote pairs or a note, mapped to the API's ProvenanceInput.
import type { ProvenanceInput } from '../api/generated/operations';

export type { ProvenanceInput };

interface SourceQuote {
  source: string;
  quote: string;
}

export interface ProvenanceDraft {
  pairs: SourceQuote[];
  note: string;
}

export const emptyProvenance = (): ProvenanceDraft => ({ pairs: [{ source: '', quote: '' }], note: '' });

/**
 * Blank rows are dropped; half-filled rows are sent as they are, so the server (which owns the rules) names the
 * missing quote or source. No evidence at all sends `{}` and the server answers with the field to fill in.
 */
export function toProvenanceInput(draft: ProvenanceDraft): ProvenanceInput {
  const pairs = draft.pairs
    .map((p) => ({ source: p.source.trim(), quote: p.quote.trim() }))
    .filter((p) => p.source || p.quote);
  const note = draft.note.trim();
  const input: ProvenanceInput = {};
  if (pairs.length) {
    input.sources = pairs.map((p) => p.source);
    input.quotes = pairs.map((p) => p.quote);
  }
  if (note) input.note = note;
  return input;
}
