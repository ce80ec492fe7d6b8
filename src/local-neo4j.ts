import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Neo4jTarget } from './config';
import { PROJECT_ROOT } from './paths';

type LocalTarget = Extract<Neo4jTarget, { mode: 'local' }>;

/** Why the local Neo4j could not be started; the message tells the user what to install or set. */
export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

/** A running local Neo4j: either started by this process (owned) or found running and reused. */
export interface LocalNeo4j {
  readonly uri: string;
  readonly owned: boolean;
  readonly pid: number;
  stop(): Promise<void>;
}

type Log = (line: string) => void;

const MODULE_DIR = path.join(PROJECT_ROOT, 'neo4j');
const TARGET_DIR = path.join(MODULE_DIR, 'target');
const CLASSPATH_FILE = path.join(TARGET_DIR, 'classpath.txt');
const STAMP_FILE = path.join(TARGET_DIR, 'r2p-build.stamp');
const MAIN_CLASS = 'org.r2pgraph.neo4j.LocalNeo4j';
const READY_LINE = 'R2P_NEO4J_READY';
const MIN_JAVA = 17;

/** A hash of what the build depends on, so that a changed pom or launcher triggers a rebuild. */
function buildInputsHash(): string {
  const hash = crypto.createHash('sha256');
  const files = [path.join(MODULE_DIR, 'pom.xml')];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(path.join(MODULE_DIR, 'src'));
  for (const file of files) hash.update(file.slice(MODULE_DIR.length)).update(fs.readFileSync(file));
  return hash.digest('hex');
}

function commandVersion(command: string, args: string[]): string | null {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return `${result.stdout}\n${result.stderr}`;
}

/** Checks that a Java 17+ runtime is on PATH (JAVA_HOME is honoured through PATH by the usual installs). */
export function checkJava(javaCommand = 'java'): void {
  const output = commandVersion(javaCommand, ['-version']);
  if (output === null) {
    throw new LocalNeo4jError(
      `Java ${MIN_JAVA}+ was not found on PATH. The local Neo4j needs it: install a JDK ${MIN_JAVA} or newer ` +
        `(for example "apt-get install openjdk-17-jdk-headless") and Maven ("apt-get install maven"), ` +
        'or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use a Neo4j server you run yourself.',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : 0;
  if (major < MIN_JAVA) {
    throw new LocalNeo4jError(
      `Java ${major || 'of unknown version'} was found, but the local Neo4j needs Java ${MIN_JAVA} or newer. ` +
        'Install a newer JDK or set NEO4J_URI to use a Neo4j server you run yourself.',
    );
  }
}

/** Checks that Maven is on PATH; only the first start needs it. */
export function checkMaven(mavenCommand = 'mvn'): void {
  if (commandVersion(mavenCommand, ['--version']) === null) {
    throw new LocalNeo4jError(
      'Maven was not found on PATH. The first start of the local Neo4j uses it to download Neo4j 5.26 from ' +
        'Maven Central: install Maven ("apt-get install maven"), or set NEO4J_URI to use a Neo4j server you run yourself.',
    );
  }
}

function isBuilt(): boolean {
  return (
    fs.existsSync(CLASSPATH_FILE) &&
    fs.existsSync(STAMP_FILE) &&
    fs.readFileSync(STAMP_FILE, 'utf8') === buildInputsHash()
  );
}

/**
 * Builds the launcher and resolves Neo4j's jars with Maven, once; later starts find the stamp and stay offline.
 */
export async function ensureBuilt(log: Log, mavenCommand = 'mvn'): Promise<void> {
  if (isBuilt()) return;
  checkMaven(mavenCommand);
  log('Building the local Neo4j (first start: Maven downloads Neo4j 5.26 and its libraries, about 120 MB)...');
  const startedAt = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(mavenCommand, ['-B', '-f', path.join(MODULE_DIR, 'pom.xml'), 'package'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let downloads = 0;
    const tail: string[] = [];
    let pending = '';
    const onData = (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        const downloaded = /^\[INFO\] Downloaded from [^:]+: .*\/([^/]+) \(/.exec(line);
        if (downloaded) {
          downloads += 1;
          if (downloads % 25 === 1) log(`  maven: ${downloads} files downloaded so far (now ${downloaded[1]})`);
        } else if (/^\[(INFO|ERROR)\] (BUILD|Total time)/.test(line)) {
          log(`  maven: ${line.replace(/^\[INFO\] /, '')}${downloads ? ` (${downloads} files downloaded)` : ''}`);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => reject(new LocalNeo4jError(`Could not run Maven: ${error.message}`)));
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new LocalNeo4jError(`Maven failed to build the local Neo4j (exit ${code}). Last lines:\n${tail.join('\n')}`));
    });
  });
  fs.writeFileSync(STAMP_FILE, buildInputsHash());
  log(`Local Neo4j built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function isPortOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface PidFile {
  pid: number;
  port: number;
}

function readPidFile(file: string): PidFile | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as PidFile;
    return Number.isInteger(parsed.pid) && Number.isInteger(parsed.port) ? parsed : null;
  } catch {
    return null;
  }
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the local Neo4j for `target`, or reuses the one this project already runs on that port and data directory.
 */
export async function startLocalNeo4j(target: LocalTarget, log: Log): Promise<LocalNeo4j> {
  fs.mkdirSync(target.dataDir, { recursive: true });
  const pidFile = path.join(target.dataDir, 'r2p-neo4j.json');
  const running = readPidFile(pidFile);
  if (running && running.port === target.boltPort && isAlive(running.pid) && (await isPortOpen(target.boltPort))) {
    log(`Reusing the local Neo4j already running (pid ${running.pid}) on bolt://127.0.0.1:${target.boltPort}.`);
    return { uri: target.uri, owned: false, pid: running.pid, stop: async () => undefined };
  }
  if (await isPortOpen(target.boltPort)) {
    throw new LocalNeo4jError(
      `Port ${target.boltPort} (the local Neo4j's Bolt port) is already in use by another program. ` +
        'Stop that program, choose another port with NEO4J_BOLT_PORT, or set NEO4J_URI to use that server.',
    );
  }

  checkJava();
  await ensureBuilt(log);

  const classpath = [path.join(TARGET_DIR, 'classes'), fs.readFileSync(CLASSPATH_FILE, 'utf8').trim()].join(path.delimiter);
  const logFile = path.join(target.dataDir, 'neo4j.log');
  const logStream = fs.createWriteStream(logFile, { flags: 'a' });
  log(`Starting the local Neo4j on bolt://127.0.0.1:${target.boltPort} (data ${path.relative(PROJECT_ROOT, target.dataDir)}, log ${path.relative(PROJECT_ROOT, logFile)})...`);
  const startedAt = Date.now();
  const child = spawn(
    'java',
    [
      `-Xms${target.heap}`,
      `-Xmx${target.heap}`,
      '-XX:+UseSerialGC',
      '-XX:+ExitOnOutOfMemoryError',
      `-Dr2p.home=${target.dataDir}`,
      `-Dr2p.boltPort=${target.boltPort}`,
      `-Dr2p.pageCache=${target.pageCache}`,
      `-Dr2p.password=${target.password}`,
      '-cp',
      classpath,
      MAIN_CLASS,
    ],
    // stdin stays a pipe: the JVM stops when it closes, so it dies with this process.
    { stdio: ['pipe', 'pipe', 'pipe'], cwd: target.dataDir },
  );
  child.stdout!.pipe(logStream, { end: false });
  child.stderr!.pipe(logStream, { end: false });

  await new Promise<void>((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalNeo4jError(`The local Neo4j did not start within 180 s; see ${logFile}.`));
    }, 180_000);
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      if (buffered.includes(READY_LINE)) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : '';
      reject(new LocalNeo4jError(`The local Neo4j exited during start (code ${code}); see ${logFile}:\n${tail}`));
    });
  });
  child.removeAllListeners('exit');
  fs.writeFileSync(pidFile, JSON.stringify({ pid: child.pid, port: target.boltPort }));
  log(`Local Neo4j ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (pid ${child.pid}).`);

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      child.stdin!.end();
      if (!(await waitForExit(child, 30_000))) {
        child.kill('SIGTERM');
        if (!(await waitForExit(child, 10_000))) child.kill('SIGKILL');
      }
      logStream.end();
      if (readPidFile(pidFile)?.pid === child.pid) fs.rmSync(pidFile, { force: true });
    })();
    return stopping;
  };
  return { uri: target.uri, owned: true, pid: child.pid!, stop };
}
