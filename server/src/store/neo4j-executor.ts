// Neo4j executor on neo4j-driver 6: the same Neo4j 5 Cypher as the embedded engine, run on a Neo4j server
// (single instance, causal cluster, Aura). Reads and writes use managed transactions (executeRead/executeWrite):
// with a neo4j:// routing URI reads go to followers/read replicas, writes to the leader, and transient errors
// (leader switch, deadlock) are retried by the driver. Values cross the boundary at two functions only:
// toNeo4jParams (JS -> Neo4j) and fromNeo4j (Neo4j -> plain JS).
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import type { CypherExecutor, EngineHealth, Row, Statement } from './executor.js';
import { nextTurn } from './loop-turns.js';
import { StoreError } from './executor.js';

/**
 * Converts a driver value to plain JSON-able JS, like the embedded executor's toPlain: Integers become numbers
 * (strings beyond 2^53), temporals ISO-8601 strings, points {srid,x,y[,z]}, nodes/relationships their
 * labels/type and properties. The one place Neo4j values are mapped.
 */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value)
  ) {
    return value.toString();
  }
  // The driver writes a duration of whole days as "P14DT"; ISO-8601 (and Cypher's toString) say "P14D".
  if (neo4j.isDuration(value)) return value.toString().replace(/T$/, '');
  if (value instanceof Date) return value.toISOString();
  if (neo4j.isPoint(value)) {
    const point = { srid: fromNeo4j(value.srid), x: value.x, y: value.y };
    return value.z === undefined ? point : { ...point, z: value.z };
  }
  if (neo4j.isNode(value))
    return { elementId: value.elementId, labels: [...value.labels], properties: fromNeo4j(value.properties) };
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: fromNeo4j(value.properties),
    };
  }
  if (neo4j.isPath(value))
    return {
      start: fromNeo4j(value.start),
      end: fromNeo4j(value.end),
      segments: value.segments.map((s) => fromNeo4j({ ...s })),
    };
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = fromNeo4j(v);
    return out;
  }
  return value;
}

/**
 * Converts parameters for the driver. The driver sends every JS number as a Cypher FLOAT, while the embedded
 * engine treats whole numbers as INTEGER (and Neo4j refuses a float in SKIP/LIMIT). Sending safe whole numbers
 * as Integers gives both engines the same value types.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toNeo4jParams(v);
    return out;
  }
  return value;
}

/** Removes credentials a URI may carry (`neo4j://user:secret@host`) before it goes into a message. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^/@]*@/, '//***@');
}

/** The innermost cause of a driver error as one line ("connect ECONNREFUSED 127.0.0.1:7687"). */
function causeOf(error: unknown): string {
  let current = error as { message?: string; cause?: unknown } | undefined;
  let message = String(current?.message ?? error);
  while (current?.cause && typeof current.cause === 'object') {
    current = current.cause as { message?: string; cause?: unknown };
    if (current.message) message = current.message;
  }
  const causedBy = message.match(/Caused by: (.*)$/s);
  return (causedBy ? causedBy[1]! : message).replace(/\s+/g, ' ').trim();
}

/**
 * The one-paragraph start-up error: which URI, what went wrong, what to check. No stack trace: `npm start`
 * prints only the message.
 */
export function connectErrorMessage(config: Neo4jConfig, error: unknown): string {
  const code = String((error as { code?: string }).code ?? '');
  const uri = redactUri(config.uri);
  const database = config.database ? `database "${config.database}"` : 'the default database';
  const cause = causeOf(error);
  let check: string;
  if (/Unknown scheme|Invalid URL|URL/i.test(cause) && !code) {
    check =
      'Check NEO4J_URI: it must look like neo4j://host:7687 (routing: clusters, Aura as neo4j+s://) or bolt://host:7687 (one server, no routing).';
  } else if (/Unauthorized|AuthenticationRateLimit|CredentialsExpired/.test(code)) {
    check = `Check NEO4J_USER ("${config.user}") and NEO4J_PASSWORD; a new server requires changing the initial password first.`;
  } else if (
    /DatabaseNotFound|DatabaseUnavailable/.test(code) ||
    /database.*(not found|does not exist|unavailable)/i.test(cause)
  ) {
    check = `Check NEO4J_DATABASE ("${config.database ?? ''}"): the database must exist and be online (SHOW DATABASES).`;
  } else if (/Forbidden|AccessMode/.test(code)) {
    check = `Check that user "${config.user}" has read and write access to ${database}.`;
  } else {
    check =
      'Check that the server is running and reachable from here (host, port 7687, firewall), that the scheme fits it ' +
      '(neo4j:// for a cluster or Aura, bolt:// for a single server, +s for TLS as Aura requires), ' +
      'and that NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE are right.';
  }
  // The driver's own messages may end in a full stop ("authentication failure."): one sentence end, not two.
  const sentence = cause.replace(/[.\s]+$/, '');
  return `cannot connect to Neo4j at ${uri} (${database}, user "${config.user}"): ${sentence}. ${check} Unset NEO4J_URI to use the embedded store instead.`;
}

/** Maps a driver error on a statement to a StoreError (constraint violations get their own code). */
function wrap(error: unknown, statement?: Statement): StoreError {
  if (error instanceof StoreError) return error;
  const code = String((error as { code?: string }).code ?? '');
  const message = String((error as Error).message ?? error).replace(/\s+/g, ' ');
  const first = statement?.cypher.split('\n')[0]?.slice(0, 80);
  const where = first ? ` (in: ${first})` : '';
  if (/ConstraintValidationFailed|ConstraintViolation|Schema\.Constraint/.test(code))
    return new StoreError(`${message}${where}`, 'CONSTRAINT');
  if (/ServiceUnavailable|SessionExpired/.test(code))
    return new StoreError(`Neo4j unavailable: ${message}`, 'UNAVAILABLE');
  return new StoreError(`${code ? `${code}: ` : ''}${message}${where}`, 'INTERNAL');
}

async function runAll(tx: ManagedTransaction, statements: Statement[]): Promise<Row[][]> {
  const results: Row[][] = [];
  for (const statement of statements) {
    try {
      const result = await tx.run(statement.cypher, toNeo4jParams(statement.params) as Record<string, unknown>);
      results.push(result.records.map((record) => fromNeo4j(record.toObject()) as Row));
    } catch (error) {
      // Rethrow the driver error itself so executeWrite can still see (and retry) a transient one.
      (error as { statement?: Statement }).statement ??= statement;
      throw error;
    }
  }
  return results;
}

export class Neo4jExecutor implements CypherExecutor {
  readonly engine = 'neo4j' as const;
  /** Neo4j's unique constraints are index-backed; it rejects a second index on the same label and property. */
  readonly indexBesideConstraint = false;
  readonly fulltextIndex = true;
  private closed = false;

  private constructor(
    private readonly driver: Driver,
    private readonly config: Neo4jConfig,
    private readonly serverAgent: string,
  ) {}

  /** Opens a driver and verifies the server answers (for the configured database); throws one clear paragraph. */
  static async connect(config: Neo4jConfig, options: { connectionTimeoutMs?: number } = {}): Promise<Neo4jExecutor> {
    let driver: Driver | undefined;
    try {
      driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
        connectionTimeout: options.connectionTimeoutMs ?? 15_000,
        maxTransactionRetryTime: 30_000,
        userAgent: 'kies-explorer',
      });
      const info = await driver.getServerInfo({ database: config.database });
      // getServerInfo only proves the server answers; a real read proves credentials and database too.
      const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.executeRead((tx) => tx.run('RETURN 1 AS ok'));
      } finally {
        await session.close();
      }
      return new Neo4jExecutor(driver, config, info.agent ?? 'Neo4j');
    } catch (error) {
      await driver?.close().catch(() => undefined);
      throw new StoreError(connectErrorMessage(config, error), 'UNAVAILABLE');
    }
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    if (this.closed) throw new StoreError('the Neo4j connection is closed', 'UNAVAILABLE');
    return this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  async read(statement: Statement): Promise<Row[]> {
    const session = this.session('READ');
    try {
      const [rows] = await session.executeRead((tx) => runAll(tx, [statement]));
      // The caller resumes in a turn of its own (loop-turns.ts), as on the embedded store.
      await nextTurn();
      return rows ?? [];
    } catch (error) {
      throw wrap(error, statement);
    } finally {
      await session.close();
    }
  }

  /** All statements in ONE managed write transaction: committed together, rolled back together, retried together. */
  async write(statements: Statement[]): Promise<Row[][]> {
    if (statements.length === 0) return [];
    const session = this.session('WRITE');
    try {
      return await session.executeWrite((tx) => runAll(tx, statements));
    } catch (error) {
      throw wrap(error, (error as { statement?: Statement }).statement);
    } finally {
      await session.close();
    }
  }

  /** Schema commands run as auto-commit queries (Neo4j does not mix them with data writes in one transaction). */
  async schema(statement: Statement): Promise<void> {
    const session = this.session('WRITE');
    try {
      await session.run(statement.cypher, toNeo4jParams(statement.params) as Record<string, unknown>);
    } catch (error) {
      throw wrap(error, statement);
    } finally {
      await session.close();
    }
  }

  async health(): Promise<EngineHealth> {
    const target = `${this.serverAgent} at ${redactUri(this.config.uri)}${this.config.database ? ` (database ${this.config.database})` : ''}`;
    try {
      await this.read({ cypher: 'RETURN 1 AS ok', params: {} });
      return { engine: this.engine, ok: true, detail: target };
    } catch (error) {
      return { engine: this.engine, ok: false, detail: `${target}: ${(error as Error).message}` };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }
}
