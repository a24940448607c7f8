// dependency-cruiser: the import rules of the house style (brief, issue 18 item 2); tests/lint/dependencies.test.ts runs it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'server/src/domain/ computes from facts: it never imports the store, GraphQL, HTTP or the driver.',
      severity: 'error',
      from: { path: '^server/src/domain/' },
      to: { path: ['^server/src/(store|graphql|http)/', '^neo4j-driver$', '(^|/)node_modules/neo4j-driver/'] },
    },
    {
      name: 'domain-never-touches-files',
      comment: 'Nothing server/src/domain/ imports, directly or through other modules, reaches the file system.',
      severity: 'error',
      from: { path: '^server/src/domain/' },
      to: { reachable: true, path: '^(node:)?fs(/promises)?$' },
    },
    {
      name: 'store-below-graphql',
      comment: 'The store serves the GraphQL layer, never the other way round.',
      severity: 'error',
      from: { path: '^server/src/store/' },
      to: { path: '^server/src/graphql/' },
    },
    {
      name: 'web-core-without-views',
      comment: 'web/src/core/ holds state and domain logic; screens in web/src/views/ use it, not vice versa.',
      severity: 'error',
      from: { path: '^web/src/core/' },
      to: { path: '^web/src/views/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes load order matter and hides layering mistakes.',
      severity: 'error',
      from: { path: '^(server|web|schema|graph-seed|bench)/src/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing fails at run time.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // TypeScript's parser, version 6: run depcruise with `node --import ./lint/typescript6.mjs` (TypeScript 7 has no API).
    parser: 'tsc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['/generated/', '\\.tsbuild/', '/dist/'] },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'types', 'default'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'],
    },
  },
};
