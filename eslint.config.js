// ESLint entry point: the config lives in the lint workspace, beside the TypeScript 6 that typescript-eslint needs.
export { default } from './lint/eslint.config.js';
