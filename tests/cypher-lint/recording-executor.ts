// A decorator that records every distinct statement an executor is asked to run, then passes it on.
// The Cypher lint drives the store through it to collect every statement the project issues, from the
// modules that build them rather than from a hand-kept copy.
import type { CypherExecutor, EngineHealth, Row, Statement } from '../../server/src/store/executor.js';

export type StatementKind = 'read' | 'write' | 'schema';

export interface RecordedStatement {
  kind: StatementKind;
  /** The first statement seen with this text (its parameters show which names the text uses). */
  statement: Statement;
  /** How many times this text was run. */
  runs: number;
}

export class RecordingExecutor implements CypherExecutor {
  private readonly seen = new Map<string, RecordedStatement>();

  constructor(private readonly inner: CypherExecutor) {}

  get engine() {
    return this.inner.engine;
  }

  get indexBesideConstraint() {
    return this.inner.indexBesideConstraint;
  }

  get fulltextIndex() {
    return this.inner.fulltextIndex;
  }

  /** Every distinct statement text recorded so far, in first-seen order. */
  get statements(): RecordedStatement[] {
    return [...this.seen.values()];
  }

  private record(kind: StatementKind, statement: Statement): void {
    const entry = this.seen.get(statement.cypher);
    if (entry) entry.runs += 1;
    else this.seen.set(statement.cypher, { kind, statement, runs: 1 });
  }

  read(statement: Statement): Promise<Row[]> {
    this.record('read', statement);
    return this.inner.read(statement);
  }

  write(statements: Statement[]): Promise<Row[][]> {
    for (const statement of statements) this.record('write', statement);
    return this.inner.write(statements);
  }

  schema(statement: Statement): Promise<void> {
    this.record('schema', statement);
    return this.inner.schema(statement);
  }

  health(): Promise<EngineHealth> {
    return this.inner.health();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
