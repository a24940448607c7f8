// Result types of the API tests' requests, from the types generated from the SDL: a test reads the root fields it
// asked for with the schema's field types, so tsc checks every field it reads exists and how it may be null.
import type { Mutation, Query } from '../../server/src/graphql/generated/resolvers-types.js';

/** The answer to a query that selects the root fields K, each expected to be there (a null one fails the read). */
export type Answer<K extends keyof Query> = { [P in K]: NonNullable<Query[P]> };

/** The value a test expects to be there (a found item, a nullable field), with the reason in the failure if not. */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, found nothing`);
  return value;
}

/**
 * The data of any operation, for helpers that send whatever a test writes: every root field of queries and mutations
 * with its schema type (a test reads only the fields its operation selected).
 */
export type AnyAnswer = RootFields<Query> & RootFields<Mutation>;
type RootFields<T> = { [P in Exclude<keyof T, '__typename'>]: NonNullable<T[P]> };

/** What a GraphQL error carries here: the code, and for invalid input the issues per field. */
export interface ErrorExtensions {
  code?: string;
  issues?: { field: string; message: string }[];
  [key: string]: unknown;
}
