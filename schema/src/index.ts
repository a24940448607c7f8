// Public entry of @kies/schema: the graph model shared by seed, store, API and web.
export * from './graph-model.js';
export * from './coverage-dimensions.js';
