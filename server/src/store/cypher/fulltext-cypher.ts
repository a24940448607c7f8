// Pure Cypher for search through Neo4j's full-text index (Lucene): the index DDL, the Lucene query, and the backfill of the derived search properties.
import { BASE_LABEL } from '@kies/schema';
import type { Statement } from '../executor.js';

/** The full-text index over the folded names and body text; only engines with full-text DDL create it (Neo4j). */
export const SEARCH_INDEX = 'entity_search';

/**
 * `keyword` keeps each folded property as ONE term, so a `*token*` wildcard is a substring test: exactly what the
 * scan's CONTAINS does (Dutch compounds: "zorg" finds "gezondheidszorg"), where word analyzers would only find
 * word prefixes. Not eventually consistent: a write is searchable when its transaction commits, as on the
 * embedded store.
 */
export function fulltextIndexStatement(): Statement {
  return {
    cypher: `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${BASE_LABEL}) ON EACH [n.searchText, n.searchBody]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'keyword', \`fulltext.eventually_consistent\`: false}}`,
    params: {},
  };
}

/** Lucene's query syntax characters, escaped with a backslash so a token is matched literally. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|<>=]/g;

/**
 * The Lucene query whose hits are a superset of what the ranked scan scores above zero: every token inside the
 * names, or every token inside the body (target and description). Tokens are folded and free of whitespace.
 */
export function luceneQuery(tokens: readonly string[]): string {
  const all = tokens.map((t) => `*${t.replace(LUCENE_SPECIAL, (c) => `\\${c}`)}*`).join(' AND ');
  return `searchText:(${all}) OR searchBody:(${all})`;
}

/**
 * Nodes without their derived search properties: stored before searchBody existed (an older store, either engine)
 * or loaded by `neo4j-admin database import`, which writes the CSV columns only. Read in pages and backfilled.
 */
export function missingSearchPropertiesStatement(limit: number): Statement {
  return {
    cypher: `MATCH (n:${BASE_LABEL}) WHERE n.searchText IS NULL OR n.searchBody IS NULL
RETURN n.id AS id, properties(n) AS properties
LIMIT $limit`,
    params: { limit },
  };
}

export function setSearchPropertiesStatement(
  rows: { id: string; searchText: string; searchBody: string }[],
): Statement {
  return {
    cypher: `UNWIND $rows AS row
MATCH (n:${BASE_LABEL} {id: row.id})
SET n.searchText = row.searchText, n.searchBody = row.searchBody
RETURN count(n) AS count`,
    params: { rows },
  };
}
