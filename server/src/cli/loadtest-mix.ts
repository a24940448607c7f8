// The load test's query mix and its per-kind latency record (p50/p99 per query kind, from autocannon's own timings).
import type { Client } from 'autocannon';

/**
 * The mix: what the explorer's views ask. Requests take the entries round robin across all connections, so each
 * entry is an equal share: search and node look-ups are two entries each (2/9 of the load apiece), the
 * neighbourhood, mission matrix, gaps, paths and stats one each (1/9).
 */
export const QUERIES: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'search',
    query: 'query($t: String!) { search(text: $t, first: 20) { score node { id name label } } }',
    variables: { t: 'health' },
  },
  {
    name: 'search-description',
    query: 'query($t: String!) { search(text: $t) { node { id name } } }',
    variables: { t: 'dementie' },
  },
  {
    name: 'node',
    query:
      'query($id: ID!) { node(id: $id) { id name label description provenance { citations { source quote } } relationships(first: 50) { type startNode { id name } endNode { id name } } } }',
    variables: { id: 'ppp-health-ri' },
  },
  {
    name: 'node-mission',
    query: '{ node(id: "mission-iv") { id name target degree relationships(first: 100) { type start end role } } }',
  },
  {
    name: 'neighbourhood',
    query:
      'query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 300) { truncated nodes { id name label } relationships { type start end } } }',
    variables: { id: 'mission-iv' },
  },
  {
    name: 'coverage',
    query: '{ missionCoverage { rows { mission { id name } cells { dimension count members { id name } } } } }',
  },
  { name: 'gaps', query: '{ gaps(minSeverity: MEDIUM) { id kind severity title nodes { id name } } }' },
  {
    name: 'paths',
    query:
      'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 3, limit: 20) { length hops { direction relationship { type } to { id name } } } }',
    variables: { from: 'ppp-health-ri', to: 'mission-iv' },
  },
  { name: 'stats', query: '{ stats { nodes relationships byLabel { label count } } }' },
];

export interface KindFigures {
  kind: string;
  requests: number;
  p50: number;
  p99: number;
  max: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/**
 * Latencies per query kind. autocannon calls a request's onResponse and then, synchronously, emits the client's
 * 'response' event with that request's duration: `answered(kind)` in the first, `timed(ms)` in the second.
 */
export class KindLatencies {
  private readonly byKind = new Map<string, number[]>(QUERIES.map((q) => [q.name, []]));
  private last: string | null = null;

  answered(kind: string): void {
    this.last = kind;
  }

  /** Each connection's first answer (it includes the wait for the server to accept the connection). */
  readonly firstAnswers: number[] = [];

  /** For autocannon's setupClient option. */
  readonly setupClient = (client: Client): void => {
    let answered = false;
    client.on('response', (_status: number, _bytes: number, ms: number) => {
      if (this.last !== null) this.byKind.get(this.last)?.push(ms);
      this.last = null;
      if (!answered) this.firstAnswers.push(ms);
      answered = true;
    });
  };

  /** How many connections were answered at all, and their first answers' p50/p99/max. */
  connections(): { answered: number; p50: number; p99: number; max: number } {
    const sorted = [...this.firstAnswers].sort((a, b) => a - b);
    return {
      answered: sorted.length,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? NaN,
    };
  }

  figures(): KindFigures[] {
    return [...this.byKind].map(([kind, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return {
        kind,
        requests: sorted.length,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        max: sorted.at(-1) ?? NaN,
      };
    });
  }
}
