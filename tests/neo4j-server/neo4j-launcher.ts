// Starts the local Neo4j of tests/neo4j-server (Neo4j's test harness in a JVM) and hands back its Bolt address.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const MODULE_DIR = resolve(import.meta.dirname);
const CLASSPATH_FILE = join(MODULE_DIR, 'target', 'classpath.txt');
const JAR = join(MODULE_DIR, 'target', 'kies-neo4j-server-1.0.0.jar');
const SOURCES = [join(MODULE_DIR, 'pom.xml'), join(MODULE_DIR, 'src', 'main', 'java', 'kies', 'KiesNeo4jServer.java')];

export interface Neo4jOptions {
  port: number;
  password?: string;
  /** Keep the database in this folder across starts; a temporary folder (deleted on stop) when unset. */
  dataDir?: string;
  /** Turns off Neo4j's lock after failed logins (tests that try wrong passwords share the server with others). */
  noAuthLock?: boolean;
  /** JVM maximum heap, e.g. '1g' (KIES_NEO4J_HEAP, default 1g: fits beside the tests on 2 cores / 24 GiB). */
  heap?: string;
  /** Lines of the JVM's stderr are passed here (Neo4j logs); dropped when unset. */
  onLog?: (line: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  child: ChildProcess;
  /** Stops the DBMS cleanly (closes the JVM's stdin, then SIGTERM after 20 s) and resolves once the JVM exited. */
  stop(): Promise<void>;
}

/** Why the local Neo4j cannot run here (no Java, no Maven), or undefined when it can. */
export function neo4jUnavailableReason(): string | undefined {
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) return 'no Java';
  if (!isBuilt() && spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status !== 0) return 'no Maven';
  if (!isBuilt() && spawnSync('javac', ['-version'], { stdio: 'ignore' }).status !== 0) return 'no JDK (javac)';
  return undefined;
}

function isBuilt(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(JAR)) return false;
  const built = statSync(JAR).mtimeMs;
  return SOURCES.every((file) => statSync(file).mtimeMs < built);
}

/** Builds the module once (the first run downloads Neo4j's jars from Maven Central into ~/.m2). */
function ensureBuilt(): void {
  if (isBuilt()) return;
  const result = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], {
    cwd: MODULE_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0)
    throw new Error(`neo4j-launcher: mvn package failed in ${MODULE_DIR} (exit ${result.status})`);
}

/** The JVM class path of the module (Neo4j's harness, and its import tool, `org.neo4j.cli.AdminTool`). */
export function moduleClasspath(): string {
  ensureBuilt();
  return `${join(MODULE_DIR, 'target', 'classes')}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}

const READY = /^neo4j: (bolt:\/\/\S+) user (\S+) password (\S+)$/m;

export async function startNeo4j(options: Neo4jOptions, timeoutMs = 180_000): Promise<RunningNeo4j> {
  const classpath = moduleClasspath();
  const args = [
    `-Xmx${options.heap ?? process.env.KIES_NEO4J_HEAP ?? '1g'}`,
    '-XX:+UseSerialGC',
    '-cp',
    classpath,
    'kies.KiesNeo4jServer',
    '--port',
    String(options.port),
  ];
  if (options.password) args.push('--password', options.password);
  if (options.dataDir) args.push('--data', resolve(options.dataDir));
  if (options.noAuthLock) args.push('--no-auth-lock');
  // stdin stays a pipe: the server stops when it closes, so a crashed parent never leaves a JVM behind.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | string>((done) => child.on('exit', (code, signal) => done(code ?? signal ?? -1)));
  let stdout = '';
  let stderrTail = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-4000);
    for (const line of chunk.split('\n')) if (line.trim()) options.onLog?.(line);
  });
  const ready = await new Promise<RegExpExecArray>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(
        new Error(
          `neo4j-launcher: Neo4j did not accept Bolt connections on port ${options.port} within ${timeoutMs} ms\n${stderrTail}`,
        ),
      );
    }, timeoutMs);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = READY.exec(stdout);
      if (match) {
        clearTimeout(timer);
        done(match);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`neo4j-launcher: Neo4j exited (${code}) before it was ready\n${stderrTail}`));
    });
  });
  let stopping: Promise<void> | undefined;
  return {
    uri: ready[1]!,
    user: ready[2]!,
    password: ready[3]!,
    child,
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.stdin!.end();
        const timer = setTimeout(() => child.kill('SIGTERM'), 20_000);
        await exited;
        clearTimeout(timer);
      })()),
  };
}
