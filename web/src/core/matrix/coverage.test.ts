// The coverage matrix flattened into heatmap cells, zero cells kept.
import { describe, expect, it } from 'vitest';
import { coverageCells } from './coverage';

describe('coverage matrix', () => {
  it('flattens the coverage matrix with zero cells kept', () => {
    const m = { id: 'mission-iv', name: 'IV', nameEn: null };
    const cells = coverageCells({
      dimensions: ['PPP', 'MINISTRY'],
      rows: [{ mission: m, cells: [{ dimension: 'PPP', count: 1, members: [{ id: 'p' }] }] }],
    });
    expect(cells).toEqual([
      { missionId: 'mission-iv', missionName: 'IV', dimension: 'PPP', count: 1, memberIds: ['p'], row: 0, col: 0 },
      { missionId: 'mission-iv', missionName: 'IV', dimension: 'MINISTRY', count: 0, memberIds: [], row: 0, col: 1 },
    ]);
  });
});
