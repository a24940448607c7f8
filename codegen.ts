// `npm run codegen` entry: the config lives in server/src/graphql/codegen-config.ts so the staleness test shares it.
export { default } from './server/src/graphql/codegen-config.js';
