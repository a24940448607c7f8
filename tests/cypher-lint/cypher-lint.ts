// Lints Cypher with @neo4j-cypher/language-support (offline: Neo4j's own parser and semantic analysis compiled
// to JS) against a DbSchema built from the project's graph model (schema/src/graph-model.ts).
import {
  lintCypherQuery,
  testData,
  type DbSchema,
  type Neo4jFunction,
  type Neo4jProcedure,
  type SymbolTable,
} from '@neo4j-cypher/language-support';
import {
  AUDIT_LABEL,
  AUDIT_PROPERTIES,
  BASE_LABEL,
  NODE_LABELS,
  NODE_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_TYPES,
} from '@kies/schema';
import type { Statement } from '../../server/src/store/executor.js';

/** Cypher versions a statement must be valid in: Neo4j 5.26 and Grafeo speak Cypher 5; 2025.x adds Cypher 25. */
const CYPHER_VERSIONS = ['CYPHER 5', 'CYPHER 25'] as const;

type Registry<T> = Record<string, T>;

// The library ships no function list of its own; its testData.mockSchema is the registry a Neo4j 5 server
// reports (`SHOW FUNCTIONS`, `SHOW PROCEDURES`). We keep only what every server has: built-in functions and
// the db./dbms./tx. procedures (no APOC, no GDS), so a call to a plugin or a misspelt function is an error.
function builtIns<T>(registry: Registry<T> | undefined, keep: (name: string, value: T) => boolean): Registry<T> {
  return Object.fromEntries(Object.entries(registry ?? {}).filter(([name, value]) => keep(name, value)));
}
const FUNCTIONS = Object.fromEntries(
  CYPHER_VERSIONS.map((v) => [v, builtIns<Neo4jFunction>(testData.mockSchema.functions?.[v], (_, fn) => fn.isBuiltIn)]),
);
const PROCEDURES = Object.fromEntries(
  CYPHER_VERSIONS.map((v) => [
    v,
    builtIns<Neo4jProcedure>(testData.mockSchema.procedures?.[v], (name) => /^(db|dbms|tx)\./.test(name)),
  ]),
);

/** The graph model as the linter's database schema; parameters are the statement's own. */
function modelDbSchema(parameters: Record<string, unknown>, version: (typeof CYPHER_VERSIONS)[number]): DbSchema {
  return {
    labels: [BASE_LABEL, ...NODE_LABELS, AUDIT_LABEL],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    propertyKeys: [
      ...new Set([
        ...Object.keys(NODE_PROPERTIES),
        ...Object.keys(RELATIONSHIP_PROPERTIES),
        ...Object.keys(AUDIT_PROPERTIES),
      ]),
    ],
    functions: FUNCTIONS,
    procedures: PROCEDURES,
    // Declaring the parameters the statement is really given turns "$x is not defined" into a real finding:
    // a statement that uses a parameter its builder does not pass.
    parameters: { ...parameters },
    defaultLanguage: version,
  };
}

export interface LintProblem {
  version: string;
  severity: 'error' | 'warning';
  message: string;
  /** The offending text. */
  at: string;
}

/** Warnings that are failures for us: a label, type or property key outside the graph model. */
const MODEL_WARNING = /is not present in the database/;

/**
 * The library attributes `row.start` inside a pattern map (`MATCH (a {id: row.start})`) to the pattern's node `a`
 * and warns that `start` is not a property key. A property warning counts only when the text really reads
 * `variable.key` with that variable a node or relationship.
 */
function isNodeOrRelationshipAccess(cypher: string, offset: number, symbols: SymbolTable): boolean {
  const owner = /([A-Za-z_][A-Za-z0-9_]*|`[^`]+`)\s*\.\s*$/.exec(cypher.slice(0, offset))?.[1]?.replace(/`/g, '');
  if (!owner) return true;
  const symbol = symbols.find((s) => s.variable === owner);
  return !symbol || (symbol.types.length > 0 && symbol.types.every((t) => t === 'Node' || t === 'Relationship'));
}

/** Every problem: error-severity diagnostics, and warnings naming a label, type or property not in the model. */
export function lintStatement(statement: Statement): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const version of CYPHER_VERSIONS) {
    const { diagnostics, symbolTables } = lintCypherQuery(statement.cypher, modelDbSchema(statement.params, version));
    const symbols = symbolTables.flat();
    for (const d of diagnostics) {
      const error = d.severity === 1;
      const message = typeof d.message === 'string' ? d.message : d.message.value;
      if (!error && !MODEL_WARNING.test(message)) continue;
      const propertyWarning = !error && !/^(Label|Relationship type) /.test(message);
      if (propertyWarning && !isNodeOrRelationshipAccess(statement.cypher, d.offsets.start, symbols)) continue;
      problems.push({
        version,
        severity: error ? 'error' : 'warning',
        message,
        at: statement.cypher.slice(d.offsets.start, Math.max(d.offsets.end, d.offsets.start + 1)),
      });
    }
  }
  return problems;
}

export function formatProblems(statement: Statement, problems: LintProblem[]): string {
  return [
    `${statement.cypher}`,
    ...problems.map((p) => `  ${p.version} ${p.severity}: ${p.message} (at "${p.at}")`),
  ].join('\n');
}
