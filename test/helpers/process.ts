import { ChildProcess, spawn } from 'node:child_process';
import { API_NODE_ARGS, PROJECT_ROOT } from '../../src/paths';
import { freePort } from '../../src/free-port';

export { freePort };

/** The built API (`dist/src/index.js`, made by the test command) running as a child process. */
export class ApiProcess {
  readonly child: ChildProcess;
  output = '';
  readonly exited: Promise<number | null>;

  constructor(env: Record<string, string>, extraPath?: string) {
    const baseEnv = { ...process.env };
    delete baseEnv.NEO4J_URI;
    this.child = spawn(process.execPath, [...API_NODE_ARGS], {
      cwd: PROJECT_ROOT,
      env: { ...baseEnv, NODE_ENV: 'test', SEED_ON_START: 'true', ...env, ...(extraPath !== undefined ? { PATH: extraPath } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /** Resolves when the output matches, rejects after `ms`. */
  async waitFor(pattern: RegExp, ms = 30_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!pattern.test(this.output)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }
}

/** Polls `url` until it answers `status`, or fails after `ms`. */
export async function waitForStatus(url: string, status: number, ms = 30_000): Promise<Response> {
  const deadline = Date.now() + ms;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status === status) return response;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer ${status} within ${ms} ms (last: ${last})`);
}
