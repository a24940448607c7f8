// Caches the whole-graph analyses (mission matrix, gap facts) between writes. The embedded store has exactly one
// writer, this process (the database file is locked), so "no write since" means "same answer": each write bumps a
// generation and the cache only answers for the generation it was computed in. Concurrent identical requests share
// one computation. Not used on Neo4j, where other instances may write.
import type { CypherExecutor, EngineHealth, Row, Statement } from './executor.js';

/** Passes everything to the inner executor and counts completed writes (and schema changes). */
export class GenerationExecutor implements CypherExecutor {
  private writes = 0;

  readonly byEngineId: CypherExecutor['byEngineId'];

  constructor(private readonly inner: CypherExecutor) {
    this.byEngineId = inner.byEngineId;
  }

  get engine() {
    return this.inner.engine;
  }

  get indexBesideConstraint() {
    return this.inner.indexBesideConstraint;
  }

  get fulltextIndex() {
    return this.inner.fulltextIndex;
  }

  /** Changes after every write, committed or not. */
  get generation(): number {
    return this.writes;
  }

  read(statement: Statement): Promise<Row[]> {
    return this.inner.read(statement);
  }

  async write(statements: Statement[]): Promise<Row[][]> {
    try {
      return await this.inner.write(statements);
    } finally {
      this.writes++;
    }
  }

  async schema(statement: Statement): Promise<void> {
    try {
      await this.inner.schema(statement);
    } finally {
      this.writes++;
    }
  }

  health(): Promise<EngineHealth> {
    return this.inner.health();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

export class GenerationCache {
  private readonly entries = new Map<
    string,
    { generation: number; value: Promise<unknown>; done?: { value: unknown } }
  >();

  constructor(private readonly generation: () => number) {}

  /** The value computed for `key` in the current generation, computing it (once) if needed. */
  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const generation = this.generation();
    const hit = this.entries.get(key);
    if (hit && hit.generation === generation) return hit.value as Promise<T>;
    const value = compute();
    const entry: { generation: number; value: Promise<unknown>; done?: { value: unknown } } = { generation, value };
    this.entries.set(key, entry);
    value.then(
      (done) => (entry.done = { value: done }),
      () => {
        if (this.entries.get(key)?.value === value) this.entries.delete(key);
      },
    );
    return value;
  }

  /** The value of `key` when it is computed for the current generation already, without starting anything. */
  peek<T>(key: string): T | undefined {
    const settled = this.entries.get(key);
    return settled?.generation === this.generation() && settled.done ? (settled.done.value as T) : undefined;
  }

  /** The value of `key` when it is computed for the current generation already; else starts it and says undefined. */
  ready<T>(key: string, compute: () => Promise<T>): T | undefined {
    const value = this.peek<T>(key);
    if (value === undefined) this.get(key, compute).catch(() => undefined);
    return value;
  }
}
