// Validation rules against abusive queries: nesting depth, alias count and estimated cost (graphql-query-complexity).
import { GraphQLError, Kind, type ASTNode, type DocumentNode, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

export const MAX_DEPTH = 10;
export const MAX_ALIASES = 30;
export const MAX_COMPLEXITY = 5000;

const limitError = (message: string, node?: ASTNode) =>
  new GraphQLError(message, { nodes: node ? [node] : undefined, extensions: { code: 'QUERY_TOO_COMPLEX' } });

/** Rejects selections nested deeper than `max` fields (fragments are followed). */
export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map(context.getDocument().definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])));
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (!('selectionSet' in node) || !node.selectionSet) return depth;
      let deepest = depth;
      for (const selection of node.selectionSet.selections) {
        if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, depthOf(selection, depth + 1, seen));
        else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(selection, depth, seen));
        else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (fragment && !seen.has(name)) deepest = Math.max(deepest, depthOf(fragment, depth, new Set([...seen, name])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation, 0, new Set());
        if (depth > max) context.reportError(limitError(`query depth ${depth} exceeds the maximum of ${max}`, operation));
      },
    };
  };
}

/** Rejects documents with more than `max` aliases (a cheap way to multiply expensive fields). */
export function aliasLimit(max: number): ValidationRule {
  return (context: ValidationContext) => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === max + 1) context.reportError(limitError(`more than ${max} aliases in one query`, node));
      },
    };
  };
}

// A field with a size argument ("first", "limit") costs its children once per ten items it may return, so nested
// pages multiply quickly while the start view's one capped subgraph (graph(limit: 2000)) stays affordable.
const SIZE_ARGS = ['first', 'limit'];
const sizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = SIZE_ARGS.map((a) => args[a]).find((v): v is number => typeof v === 'number');
  if (size === undefined) return undefined;
  return 1 + childComplexity * Math.max(1, Math.ceil(size / 10));
};

/** Estimated cost of an operation (with its variables); the plugin rejects it above MAX_COMPLEXITY. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [fieldExtensionsEstimator(), sizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Apollo plugin: cost is computed once the operation and its variables are known (validation rules see neither). */
// It uses the schema Apollo hands over, not one built here: under some loaders (vitest) `graphql` resolves to two
// module copies, and schema objects must come from the same copy that graphql-query-complexity walks.
export function complexityPlugin(max = MAX_COMPLEXITY): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = operationCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch {
            // Variables that do not coerce: Apollo rejects them itself with a precise 400 BAD_USER_INPUT, and such an
            // operation never executes, so skipping the estimate cannot let an expensive query through.
            return;
          }
          if (cost > max) throw limitError(`query cost ${cost} exceeds the maximum of ${max}`);
        },
      };
    },
  };
}

export const validationRules: ValidationRule[] = [depthLimit(MAX_DEPTH), aliasLimit(MAX_ALIASES)];
