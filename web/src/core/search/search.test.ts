// Local search scoring (abbreviations, full names, aliases; accents and case ignored) and merging server hits.
import { describe, expect, it } from 'vitest';
import { mergeResults, searchLocal } from './search';
import { MINI_NODES } from '../test-fixtures';

describe('search', () => {
  it('ranks exact abbreviations first and matches full names and aliases, ignoring accents and case', () => {
    const r = searchLocal(MINI_NODES, 'aboard');
    expect(r[0]).toMatchObject({ id: 'ppp-aboard', score: 100 });
    expect(searchLocal(MINI_NODES, 'research infra')[0]!.id).toBe('ppp-health-ri');
    expect(searchLocal(MINI_NODES, 'INTEGRAAL')[0]!.id).toBe('care-iza');
    expect(mergeResults(r, [{ id: 'ppp-aboard', name: 'ABOARD', label: 'PPP', detail: null, score: 20 }])).toHaveLength(
      r.length,
    );
  });
});
