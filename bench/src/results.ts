// Benchmark result rows, the console table, bench/results/<suite>.json and the markdown summary.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fmt, fmtRatio } from './stats.js';

export type Suite = 'load' | 'memory' | 'api' | 'neo4j' | 'explorer' | 'loadtest';

export interface ResultRow {
  suite: Suite;
  /** What was measured ("2-hop neighbourhood", "render 5k, canvas"). */
  case: string;
  /** Dataset or size ("kies", "100k/1M", "5k"). */
  size: string;
  /** The headline figure (p50 for latencies, total for loads, fps for frame rates). */
  value: number;
  unit: 'ms' | 'MB' | 'fps';
  p99?: number;
  rps?: number;
  n?: number;
  /** The floor measured in the same run, same unit, and what it is. */
  floor?: number;
  floorLabel?: string;
  /**
   * value / floor (for fps: floor / value, so above 1 is always "slower than the floor"; for the neo4j suite, whose
   * floor is the embedded figure: embedded / Neo4j, so below 1 means the embedded store is faster).
   */
  ratio?: number;
  /** API only: the same request and response bytes over a bare node:http server (loopback transport + JSON). */
  transport?: number;
  /** API only: value / (floor + transport), i.e. what GraphQL itself adds on top of store work and transport. */
  ratioOverTransport?: number;
  /** A target from issue #7 and whether this run met it. */
  target?: string;
  met?: boolean;
  note?: string;
}

const RESULTS_DIR = new URL('../results/', import.meta.url).pathname;

function cell(row: ResultRow): string[] {
  const unit = row.unit === 'fps' ? ' fps' : ` ${row.unit}`;
  return [
    row.case,
    row.size,
    fmt(row.value, unit),
    row.p99 !== undefined ? fmt(row.p99, unit) : '',
    row.rps !== undefined ? fmt(row.rps) : '',
    row.floor !== undefined ? fmt(row.floor, unit) : '',
    row.ratio !== undefined ? fmtRatio(row.ratio) : '',
    row.transport !== undefined ? fmt(row.transport, unit) : '',
    row.ratioOverTransport !== undefined ? fmtRatio(row.ratioOverTransport) : '',
    // The neo4j suite always shows its note: the direct-call figures and the cold first call live there.
    row.target
      ? `${row.met ? 'met' : 'MISSED'}: ${row.target}`
      : Number.isFinite(row.value) && row.suite !== 'neo4j'
        ? ''
        : (row.note ?? ''),
  ];
}

const HEADERS: Record<Suite, string[]> = {
  load: ['load', 'size', 'time', '', '', 'floor (native batch API)', 'ratio', '', '', 'target'],
  memory: ['memory', 'size', 'server RSS', '', '', 'floor (empty store; store alone)', 'ratio', '', '', 'target'],
  api: [
    'API (GraphQL over HTTP)',
    'size',
    'p50',
    'p99',
    'req/s',
    'floor p50 (direct store call)',
    'ratio p50',
    'HTTP floor p50 (same bytes, bare node:http)',
    'p50 / (direct + HTTP floor)',
    'target',
  ],
  neo4j: [
    'Neo4j vs embedded',
    'size',
    'Neo4j (p50 / time / RSS)',
    'Neo4j p99',
    'Neo4j req/s',
    'embedded (same figure)',
    'embedded / Neo4j',
    '',
    '',
    'note',
  ],
  loadtest: [
    'load test (GraphQL over HTTP, per query kind)',
    'size',
    'p50',
    'p99',
    'req/s',
    'floor p50 (the query alone, one client)',
    'ratio p50',
    '',
    '',
    'target',
  ],
  explorer: [
    'explorer (headless Chromium)',
    'size',
    'time / fps',
    '',
    '',
    'floor (bare Cytoscape)',
    'ratio',
    '',
    '',
    'target',
  ],
};

export function markdownTable(suite: Suite, rows: ResultRow[]): string {
  const headers = HEADERS[suite];
  const keep = headers.map((h, i) => h !== '' || rows.some((r) => cell(r)[i] !== ''));
  const pick = (values: string[]) => values.filter((_, i) => keep[i]);
  const lines = [pick(headers), pick(headers).map(() => '---'), ...rows.map((r) => pick(cell(r)))];
  return lines.map((l) => `| ${l.join(' | ')} |`).join('\n');
}

/** Plain-text table for the terminal (same columns as the markdown). */
export function consoleTable(suite: Suite, rows: ResultRow[]): string {
  const md = markdownTable(suite, rows)
    .split('\n')
    .filter((_, i) => i !== 1)
    .map((l) => l.slice(2, -2).split(' | '));
  const widths = md[0]!.map((_, c) => Math.max(...md.map((r) => r[c]!.length)));
  return md.map((r) => r.map((v, c) => v.padEnd(widths[c]!)).join('  ')).join('\n');
}

function machine() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '?',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

export function writeSuite(suite: Suite, rows: ResultRow[], meta: Record<string, unknown>): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(
    join(RESULTS_DIR, `${suite}.json`),
    `${JSON.stringify({ suite, ...meta, machine: machine(), rows }, null, 2)}\n`,
  );
}

/** SUMMARY.md: one table per suite plus the target checklist; small and stable, so it can be committed. */
/** `neo4j`: the server's version (`CALL dbms.components()`), or why the Neo4j rows did not run. */
export function writeSummary(
  all: Map<Suite, ResultRow[]>,
  meta: { started: string; seconds: number; quick: boolean; notes: string[]; neo4j?: string },
): string {
  const m = machine();
  const parts = [
    '# Benchmark summary',
    '',
    `Run ${meta.started}${meta.quick ? ' (--quick: fewer sizes and iterations)' : ''}, ${Math.round(meta.seconds)} s; ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}.`,
    'Ratios compare each figure with its floor measured in the same run (see README, "Benchmarks"). Raw figures: bench/results/*.json.',
    ...(meta.neo4j ? [meta.neo4j] : []),
  ];
  for (const [suite, rows] of all) if (rows.length > 0) parts.push('', `## ${suite}`, '', markdownTable(suite, rows));
  const targets = [...all.values()].flat().filter((r) => r.target);
  if (targets.length > 0) {
    parts.push('', '## Targets', '');
    for (const r of targets)
      parts.push(`- [${r.met ? 'x' : ' '}] ${r.case} (${r.size}): ${r.target}${r.note ? ` (${r.note})` : ''}`);
  }
  if (meta.notes.length > 0) parts.push('', '## Notes', '', ...meta.notes.map((n) => `- ${n}`));
  const text = `${parts.join('\n')}\n`;
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'SUMMARY.md'), text);
  return text;
}
