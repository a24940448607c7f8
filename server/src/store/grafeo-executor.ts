// Embedded executor on @grafeo-db/js: runs the same Neo4j 5 Cypher in-process, persisted under a data directory.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import type * as Grafeo from '@grafeo-db/js';
import type { CypherExecutor, EngineHealth, EngineRows, Row, Statement } from './executor.js';
import type { Projection } from '../domain/subgraphs.js';
import { StoreError } from './executor.js';
import { SerialQueue } from './serial-queue.js';
import { nextTurn } from './loop-turns.js';

// @grafeo-db/js is CommonJS with a native addon; createRequire keeps ESM interop predictable.
const require = createRequire(import.meta.url);
const { GrafeoDB } = require('@grafeo-db/js') as typeof Grafeo;
type Database = InstanceType<typeof GrafeoDB>;

/** Converts engine values to plain JSON-able JS at one place (bigints past 2^53 become strings, dates ISO strings). */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/** True when `value` is already plain JSON-able JS (no bigint, Date, undefined or class instance anywhere inside). */
function isPlain(value: unknown): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return true;
    case 'object':
      if (Array.isArray(value)) return value.every(isPlain);
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      for (const key in value) if (!isPlain((value as Record<string, unknown>)[key])) return false;
      return true;
    default:
      return false;
  }
}

// Most rows are plain already: checking them allocates nothing, where copying every row and map under load made
// garbage for the collector on the one JS thread (issue 15 item 5's load-test profile).
const plainRows = (rows: Record<string, unknown>[]): Row[] =>
  rows.map((row) => (isPlain(row) ? row : toPlain(row)) as Row);

/** Every property of a node or edge, or the given keys alone (missing ones left out, as in a whole row). */
function pick(
  entity: { get(key: string): unknown; properties(): object },
  keys: readonly string[] | null,
): Record<string, unknown> {
  if (keys === null) return toPlain(entity.properties()) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = entity.get(key);
    if (value !== null && value !== undefined) out[key] = toPlain(value);
  }
  return out;
}

// Grafeo allows one write transaction at a time per database, and a second concurrent one would fail with a
// conflict: writes go through a SerialQueue, which keeps every acknowledged write applied in order.

export class GrafeoExecutor implements CypherExecutor {
  readonly engine = 'embedded' as const;
  readonly indexBesideConstraint = true;
  readonly fulltextIndex = false;
  private readonly queue = new SerialQueue();
  private closed = false;

  private constructor(
    private readonly db: Database,
    readonly location: string,
  ) {}

  /** Opens (or creates) the database file at `path`; `null` keeps it in memory (tests). */
  static open(path: string | null): GrafeoExecutor {
    if (path === null) return new GrafeoExecutor(GrafeoDB.create(), 'memory');
    mkdirSync(dirname(path), { recursive: true });
    try {
      const db = existsSync(path) ? GrafeoDB.open(path) : GrafeoDB.create(path);
      return new GrafeoExecutor(db, path);
    } catch (error) {
      throw new StoreError(`cannot open the embedded database at ${path}: ${(error as Error).message}`, 'UNAVAILABLE');
    }
  }

  async read(statement: Statement): Promise<Row[]> {
    this.assertOpen();
    try {
      const result = await this.db.executeCypher(statement.cypher, statement.params);
      // The rows are converted, and the caller resumes, in a turn of their own (loop-turns.ts).
      await nextTurn();
      return plainRows(result.toArray());
    } catch (error) {
      throw wrap(error, statement);
    }
  }

  /** Values as a read returns them (toPlain); the look-ups are synchronous, ~5-10 µs each with the properties. */
  readonly byEngineId = async (
    nodes: readonly number[],
    relationships: readonly number[],
    projection: Projection,
  ): Promise<EngineRows> => {
    this.assertOpen();
    // These look-ups run on the JS thread: with a projection only the asked properties cross the binding (a whole
    // KIES node, with its description and citations, cost ~10x a name).
    const nodeRows: Row[] = [];
    for (const id of nodes) {
      const node = this.db.getNode(id);
      if (node)
        nodeRows.push({
          id: toPlain(node.get('id')),
          labels: node.labels,
          properties: pick(node, projection.node),
        });
    }
    const relationshipRows: Row[] = [];
    for (const id of relationships) {
      const edge = this.db.getEdge(id);
      if (edge) relationshipRows.push({ id, type: edge.edgeType, properties: pick(edge, projection.relationship) });
    }
    return { nodes: nodeRows, relationships: relationshipRows };
  };

  write(statements: Statement[]): Promise<Row[][]> {
    this.assertOpen();
    return this.queue.run(async () => {
      const tx = this.db.beginTransaction();
      const results: Row[][] = [];
      try {
        for (const statement of statements) {
          try {
            const result = await tx.executeCypher(statement.cypher, statement.params);
            results.push(plainRows(result.toArray()));
          } catch (error) {
            throw wrap(error, statement);
          }
        }
        tx.commit();
        return results;
      } catch (error) {
        if (tx.isActive) tx.rollback();
        throw error;
      }
    });
  }

  schema(statement: Statement): Promise<void> {
    this.assertOpen();
    return this.queue.run(async () => {
      try {
        await this.db.executeCypher(statement.cypher, statement.params);
      } catch (error) {
        throw wrap(error, statement);
      }
    });
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.read({ cypher: 'RETURN 1 AS ok', params: {} });
      return { engine: this.engine, ok: true, detail: `embedded Grafeo (${this.location})` };
    } catch (error) {
      return { engine: this.engine, ok: false, detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Let queued writes finish so nothing acknowledged is lost on shutdown.
    await this.queue.run(async () => undefined);
    this.closed = true;
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('the embedded database is closed', 'UNAVAILABLE');
  }
}

function wrap(error: unknown, statement: Statement): StoreError {
  const message = (error as Error).message ?? String(error);
  const code = /constraint/i.test(message) ? 'CONSTRAINT' : 'INTERNAL';
  const first = statement.cypher.split('\n')[0]?.slice(0, 80);
  return new StoreError(`${message} (in: ${first})`, code);
}
