// Result types of the API tests' requests, from the types generated from the SDL: a test reads the root fields it
// asked for with the schema's field types, so tsc checks every field it reads exists and how it may be null.
import type { Query } from '../../server/src/graphql/generated/resolvers-types.js';

/** The answer to a query that selects the root fields K, each expected to be there (a null one fails the read). */
export type Answer<K extends keyof Query> = { [P in K]: NonNullable<Query[P]> };

/** The value a test expects to be there (a found item, a nullable field), with the reason in the failure if not. */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, found nothing`);
  return value;
}
