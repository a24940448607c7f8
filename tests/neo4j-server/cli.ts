// `npm run neo4j -- --port 7687 [--password secret] [--data DIR]`: a local Neo4j 5.26 LTS until Ctrl-C / SIGTERM.
import { parseArgs } from 'node:util';
import { neo4jUnavailableReason, startNeo4j } from './neo4j-launcher.js';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '7687' }, password: { type: 'string' }, data: { type: 'string' } },
  strict: true,
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`neo4j: --port must be a port number (1-65535), got "${values.port}"`);
  process.exit(2);
}
const missing = neo4jUnavailableReason();
if (missing) {
  console.error(
    `neo4j: cannot start a local Neo4j: ${missing}. Install Java 17 and Maven (apt-get install openjdk-17-jre-headless maven).`,
  );
  process.exit(1);
}

try {
  const neo4j = await startNeo4j({
    port,
    password: values.password,
    dataDir: values.data,
    onLog: (line) => console.error(line),
  });
  console.log(`neo4j: ${neo4j.uri} user ${neo4j.user} password ${neo4j.password}`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  neo4j.child.on('exit', (code) => process.exit(code ?? 1));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
