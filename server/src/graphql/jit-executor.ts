// Executes validated operations with graphql-jit (compiled once per document) instead of graphql-js's interpreter.
// Apollo Server 4+ has no executor option; its documented replacement is the `gateway` interface, used here with a
// local schema only (no federation). Apollo still parses, validates (our depth/alias rules) and runs every plugin
// (cost limit included) before this executor sees an operation.
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** Compiled documents kept: the explorer sends a dozen; arbitrary clients cannot grow memory past this. */
const COMPILED_DOCUMENTS = 500;

type Compiled = CompiledQuery | null;

/**
 * graphql-jit's errors have no `extensions` object when the thrown error had none, and Apollo's error formatting
 * reads `extensions.code` (it would mask every such error as an internal one). Rebuilt as graphql-js errors they keep
 * message, path, locations, the original error (formatError maps store errors by it) and its extensions.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((e) => {
    const copy = new GraphQLError(e.message, {
      path: e.path,
      originalError: e.originalError ?? undefined,
      extensions: e.extensions,
    });
    return Object.assign(copy, { locations: e.locations });
  });
  return { ...result, errors };
}

/**
 * A gateway that serves `schema` (built from `sdl`) and executes with compiled queries. Documents graphql-jit cannot compile
 * (it reports errors for some it does not support) run through graphql-js, so behaviour never depends on it.
 */
export function jitGateway(schema: GraphQLSchema, sdl: string): GatewayInterface {
  const compiled = new LRUCache<string, { value: Compiled }>({ max: COMPILED_DOCUMENTS });
  const executor: GatewayExecutor = async (requestContext) => {
    const { document, operation, operationName, queryHash, request, context: contextValue } = requestContext;
    // Variables are coerced by graphql-js first: its errors carry the variable's AST node, which is how Apollo
    // recognises them and answers 400 BAD_USER_INPUT (graphql-jit's own coercion errors would read as a 500).
    const variables = request.variables ?? {};
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors };
    const key = `${queryHash}\u0000${operationName ?? ''}`;
    let entry = compiled.get(key);
    if (!entry) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      entry = { value: isCompiledQuery(result) ? result : null };
      compiled.set(key, entry);
    }
    if (entry.value) return withGraphQLErrors(await entry.value.query(undefined, contextValue, variables));
    return execute({ schema, document, operationName, contextValue, variableValues: variables });
  };
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: sdl });
      return () => {};
    },
    async stop() {},
  };
}
