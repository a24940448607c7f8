// Preload for dependency-cruiser (`node --import ./lint/typescript6.mjs …/depcruise`): it parses TypeScript with the
// compiler API, which the project's TypeScript 7 no longer ships, so `typescript` resolves to this workspace's
// TypeScript 6 instead, for CommonJS requires and ES imports alike.
import Module, { createRequire, register } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const TS_MAIN = require.resolve('typescript');
const TS_DIR = dirname(require.resolve('typescript/package.json'));

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'typescript') return TS_MAIN;
  if (request === 'typescript/package.json') return `${TS_DIR}/package.json`;
  return resolveFilename.call(this, request, ...rest);
};

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === 'typescript') return { url: ${JSON.stringify(pathToFileURL(TS_MAIN).href)}, shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url);
