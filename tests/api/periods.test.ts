// Typed periods over the real API on both engines (issue 12): Node.period answers the seed's years as integers with
// their verbatim text, for named nodes and for every node of the seed files that has one; null where none is given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from 'graphql-request';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { describeEachEngine } from '../engines.js';
import { startSeededApp, type SeededApp } from './seeded-app.js';

interface Period {
  start: number | null;
  end: number | null;
  text: string;
}
type PeriodOf = { node: { id: string; period: Period | null } };

const PERIOD_QUERY = gql`
  query Period($id: ID!) {
    node(id: $id) {
      id
      period {
        start
        end
        text
      }
    }
  }
`;

/** The periods the seed files give, by node id (what every engine must answer). */
const expected = new Map<string, Period>(
  readSeedGraph()
    .nodes.filter((n) => typeof n.properties.periodText === 'string')
    .map((n) => [
      n.id,
      {
        start: (n.properties.periodStart as number | undefined) ?? null,
        end: (n.properties.periodEnd as number | undefined) ?? null,
        text: n.properties.periodText as string,
      },
    ]),
);

describe('the seed periods', () => {
  it('cover the named policies and funds (at least 20 nodes)', () => {
    expect(expected.size).toBeGreaterThanOrEqual(20);
    expect(expected.get('policy-kia-gz')).toEqual({ start: 2024, end: 2027, text: '2024-2027' });
  });
});

describeEachEngine('Node.period over HTTP (issue 12)', (engine) => {
  let app: SeededApp;
  beforeAll(async () => {
    app = await startSeededApp(engine);
  });
  afterAll(async () => app?.close());

  const periodOf = async (id: string) => (await app.client.request<PeriodOf>(PERIOD_QUERY, { id })).node.period;

  it('the KIA G&Z 2024-2027 and its predecessor have their strategy periods', async () => {
    expect(await periodOf('policy-kia-gz')).toEqual({ start: 2024, end: 2027, text: '2024-2027' });
    expect(await periodOf('policy-kia-gz-2020-2023')).toEqual({ start: 2020, end: 2023, text: '2020-2023' });
  });

  it('the Nationaal Groeifonds invests between 2021 and 2025; the NDS runs 2021-2030', async () => {
    expect(await periodOf('instrument-nationaal-groeifonds')).toEqual({
      start: 2021,
      end: 2025,
      text: 'tussen 2021 en 2025',
    });
    expect(await periodOf('care-nds')).toEqual({ start: 2021, end: 2030, text: '2021-2030' });
  });

  it('an open period has a start and no end; a node the text gives no period has none', async () => {
    expect(await periodOf('programme-integrale-aanpak-duitsland')).toEqual({
      start: 2015,
      end: null,
      text: 'sinds 2015',
    });
    expect(await periodOf('mission-iv')).toBeNull();
    expect(await periodOf('ppp-health-ri')).toBeNull();
  });

  it('every period of the seed files is answered as stored, years as integers', async () => {
    // One request with an alias per node (fewer than the 30 aliases a query may hold).
    const ids = [...expected.keys()];
    expect(ids.length).toBeLessThanOrEqual(30);
    const query = `{ ${ids.map((id, i) => `n${i}: node(id: ${JSON.stringify(id)}) { period { start end text } }`).join(' ')} }`;
    const data = await app.client.request<Record<string, { period: Period | null }>>(query);
    const answered = new Map(ids.map((id, i) => [id, data[`n${i}`]?.period ?? null]));
    expect(answered).toEqual(expected);
    for (const period of answered.values()) {
      for (const year of [period?.start, period?.end]) if (year != null) expect(Number.isInteger(year)).toBe(true);
    }
  });
});
