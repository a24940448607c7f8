// Validation rules against abusive queries: nesting depth, alias count and estimated cost (graphql-query-complexity).
import {
  GraphQLError,
  Kind,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

const MAX_DEPTH = 10;
/**
 * Depth allowed below `__schema` / `__type`, counted from the operation like MAX_DEPTH: exactly the depth of
 * graphql-js's getIntrospectionQuery() (typeDepth 9), which GraphiQL, codegen and most tools send. Introspection is
 * measured by its own bound because its depth is all `ofType` links (linear cost); the width that multiplies
 * (fields under fields) is refused by graphql-js's MaxIntrospectionDepthRule, part of the specified rules.
 */
export const MAX_INTROSPECTION_DEPTH = 15;
const MAX_ALIASES = 30;
const MAX_COMPLEXITY = 5000;

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

// A refusal is the client's error: HTTP 400 (Apollo answers 500 for a plugin's error without `http`, and strips
// `http` from the response).
const limitError = (message: string, node?: ASTNode) =>
  new GraphQLError(message, {
    nodes: node ? [node] : undefined,
    extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
  });

/**
 * Rejects selections nested deeper than `max` fields (fragments are followed); selections under `__schema` and
 * `__type` are measured against `maxIntrospection` instead.
 */
function depthLimit(max: number, maxIntrospection = MAX_INTROSPECTION_DEPTH): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
    );
    let introspectionDepth = 0;
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (!('selectionSet' in node) || !node.selectionSet) return depth;
      let deepest = depth;
      for (const selection of node.selectionSet.selections) {
        if (selection.kind === Kind.FIELD && INTROSPECTION_ROOTS.has(selection.name.value)) {
          introspectionDepth = Math.max(introspectionDepth, depthOf(selection, depth + 1, seen));
          deepest = Math.max(deepest, depth + 1);
        } else if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, depthOf(selection, depth + 1, seen));
        else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(selection, depth, seen));
        else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (fragment && !seen.has(name))
            deepest = Math.max(deepest, depthOf(fragment, depth, new Set([...seen, name])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        introspectionDepth = 0;
        const depth = depthOf(operation, 0, new Set());
        if (depth > max)
          context.reportError(limitError(`query depth ${depth} exceeds the maximum of ${max}`, operation));
        if (introspectionDepth > maxIntrospection) {
          context.reportError(
            limitError(
              `introspection depth ${introspectionDepth} exceeds the maximum of ${maxIntrospection}`,
              operation,
            ),
          );
        }
      },
    };
  };
}

/** Rejects documents with more than `max` aliases (a cheap way to multiply expensive fields). */
function aliasLimit(max: number): ValidationRule {
  return (context: ValidationContext) => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === max + 1)
          context.reportError(limitError(`more than ${max} aliases in one query`, node));
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
function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [fieldExtensionsEstimator(), sizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** The field whose size argument multiplies the most, as `search(first: 100000000)`, to say what made a query costly. */
function largestPage(
  document: DocumentNode,
  variables: Record<string, unknown>,
): { text: string; factor: number } | null {
  let largest: { text: string; factor: number } | null = null;
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) {
        if (!SIZE_ARGS.includes(argument.name.value)) continue;
        const { value } = argument;
        const size =
          value.kind === Kind.INT
            ? Number(value.value)
            : value.kind === Kind.VARIABLE
              ? variables[value.name.value]
              : undefined;
        if (typeof size !== 'number') continue;
        const factor = Math.max(1, Math.ceil(size / 10));
        if (!largest || factor > largest.factor)
          largest = { text: `${field.name.value}(${argument.name.value}: ${size})`, factor };
      }
    },
  });
  return largest;
}

function costMessage(cost: number, max: number, document: DocumentNode, variables: Record<string, unknown>): string {
  const page = largestPage(document, variables);
  const why =
    page && page.factor > 1
      ? `; ${page.text} counts what it selects ${page.factor} times (once per 10 items asked for)`
      : '';
  return `query cost ${cost} exceeds the maximum of ${max}${why}: ask for smaller pages (first, limit) or fewer nested fields`;
}

/** Per document, the cost of the last VARIABLE_SETS variable sets asked with it (a map in insertion order). */
const VARIABLE_SETS = 64;

/**
 * A cost depends only on the document, the operation and the variables, and Apollo hands over the same parsed
 * document for the same query text (its document store), so each (document, operation, variables) is walked once:
 * the walk was a tenth of a small query's allocation under load. Documents are weak keys: the cache goes with them.
 */
function costCache() {
  const byDocument = new WeakMap<DocumentNode, Map<string, number>>();
  return (
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
    compute: () => number,
  ): number => {
    const known = byDocument.get(document) ?? byDocument.set(document, new Map()).get(document)!;
    const key = JSON.stringify([operationName ?? null, variables]);
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const cost = compute();
    if (known.size >= VARIABLE_SETS) known.delete(known.keys().next().value!);
    known.set(key, cost);
    return cost;
  };
}

/** Apollo plugin: cost is computed once the operation and its variables are known (validation rules see neither). */
// It uses the schema Apollo hands over, not one built here: under some loaders (vitest) `graphql` resolves to two
// module copies, and schema objects must come from the same copy that graphql-query-complexity walks.
export function complexityPlugin(max = MAX_COMPLEXITY): ApolloServerPlugin<BaseContext> {
  const costs = costCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            const variables = request.variables ?? {};
            const operationName = request.operationName ?? undefined;
            cost = costs(document, operationName, variables, () =>
              operationCost(schema, document, variables, operationName),
            );
          } catch {
            // Variables that do not coerce: Apollo rejects them itself with a precise 400 BAD_USER_INPUT, and such an
            // operation never executes, so skipping the estimate cannot let an expensive query through.
            return;
          }
          if (cost > max) throw limitError(costMessage(cost, max, document, request.variables ?? {}));
        },
      };
    },
  };
}

export const validationRules: ValidationRule[] = [depthLimit(MAX_DEPTH), aliasLimit(MAX_ALIASES)];
