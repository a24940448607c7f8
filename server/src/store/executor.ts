// The executor contract: the one place that runs Cypher on an engine (embedded Grafeo or Neo4j).
// Store code builds statements as pure data and hands them here; only executors own sessions and transactions.
import type { FieldIssue } from '../domain/field-issues.js';
import type { Projection } from '../domain/subgraphs.js';

/** A Cypher statement with its parameters. Values always travel as parameters, never inside the text. */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** One result row with plain JS values (numbers, strings, booleans, arrays, maps, ISO strings for temporals). */
export type Row = Record<string, unknown>;

type EngineName = 'embedded' | 'neo4j';

export interface EngineHealth {
  engine: EngineName;
  ok: boolean;
  detail: string;
}

export interface CypherExecutor {
  readonly engine: EngineName;
  /**
   * Whether a unique constraint must get an explicit `CREATE INDEX` beside it. Grafeo's constraints are not
   * index-backed (10k nodes: 23 s without, 0.15 s with); Neo4j's are, and it rejects a second index on the same schema.
   */
  readonly indexBesideConstraint: boolean;
  /** Whether the engine has full-text index DDL (Neo4j: search reads its candidates from one; Grafeo has none). */
  readonly fulltextIndex: boolean;
  /** Runs a read-only statement. */
  read(statement: Statement): Promise<Row[]>;
  /** Runs statements in ONE write transaction: all are applied or none. */
  write(statements: Statement[]): Promise<Row[][]>;
  /** Runs a schema statement (constraints, indexes): outside explicit transactions on both engines. */
  schema(statement: Statement): Promise<void>;
  health(): Promise<EngineHealth>;
  close(): Promise<void>;
  /**
   * Embedded only: nodes and relationships by the engine's own ids, through its native look-ups (no statement to
   * plan or run: docs/decisions/025-neighbourhood-from-adjacency.md). Ids that no longer exist are left out.
   */
  readonly byEngineId?: (
    nodes: readonly number[],
    relationships: readonly number[],
    projection: Projection,
  ) => Promise<EngineRows>;
}

/** Nodes as `{id, labels, properties}`, relationships as `{id, type, properties}` (id: the engine's id). */
export interface EngineRows {
  nodes: Row[];
  relationships: Row[];
}

/** Error raised by the store layer, prefixed with the module like graphology's errors. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly code:
      'NOT_FOUND' | 'CONSTRAINT' | 'INVALID' | 'CONFLICT' | 'FORBIDDEN' | 'UNAVAILABLE' | 'INTERNAL' = 'INTERNAL',
    /** For INVALID: every problem found, so a client can mark each field at once. */
    readonly issues: FieldIssue[] = [],
  ) {
    super(`store: ${message}`);
    this.name = 'StoreError';
  }
}
