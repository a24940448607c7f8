// Argument parsing and the API's limits: ids, ranges, search text, cursors and lists checked before the store is asked;
// every bad id or argument becomes a GraphQLError with extensions.code BAD_USER_INPUT.
import { GraphQLError } from 'graphql';
import { foldText } from '@kies/schema';

export function badInput(message: string, argument?: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}), ...extra },
  });
}

/** Limits of the API: page sizes, depths and path lengths (also described in schema/schema.graphql). */
export const LIMITS = {
  pageSize: 200,
  searchSize: 100,
  neighbourhoodDepth: 3,
  subgraphNodes: 2000,
  pathLength: 5,
  paths: 200,
  shortestPathLength: 8,
  partners: 50,
  relationshipsPerNode: 200,
} as const;

/** An integer in [min, max], or a BAD_USER_INPUT error naming the argument and the allowed range. */
export function intInRange(
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
  argument: string,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badInput(`${argument} must be between ${min} and ${max}, got ${n}`, argument, { min, max });
  }
  return n;
}

/** Empty lists mean "no filter", like null; GraphQL enums already guarantee the values are known labels/types. */
export const listOrNull = <T>(values: readonly T[] | null | undefined): T[] | null =>
  values && values.length > 0 ? [...new Set(values)] : null;

export function searchText(text: string): string {
  const folded = foldText(text).replace(/\s+/g, ' ').trim();
  if (folded.length === 0) throw badInput('text must contain at least one letter or digit', 'text');
  if (folded.length > 200) throw badInput('text must be at most 200 characters', 'text');
  return folded;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,199}$/;
/** Ids are kebab-case; anything else cannot exist, so say so before asking the store. */
export function checkId(id: string, argument: string): string {
  if (!ID_PATTERN.test(id))
    throw badInput(`"${id}" is not a node id (ids look like mission-iv or ppp-health-ri)`, argument);
  return id;
}

export const unknownId = (id: string, argument: string) => badInput(`no node with id "${id}"`, argument, { id });

export function encodeCursor(id: string): string {
  return Buffer.from(`node:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('node:') || text.length === 5)
    throw badInput(`"${cursor}" is not a cursor from this API`, 'after');
  return text.slice(5);
}
