import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/paths';

// The process's logger batches its lines; a batch must still reach stdout soon on a quiet process, and what is
// left must be written when the process exits.
function run(script: string): Promise<{ lines: Array<{ at: number; msg: string }>; code: number | null }> {
  const logging = path.join(PROJECT_ROOT, 'dist/src/logging.js');
  const child = spawn(process.execPath, ['-e', `const { createLogger } = require(${JSON.stringify(logging)}); ${script}`]);
  const started = Date.now();
  const lines: Array<{ at: number; msg: string }> = [];
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop()!;
    for (const part of parts) lines.push({ at: Date.now() - started, msg: JSON.parse(part).msg });
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ lines, code })));
}

describe('the process logger', () => {
  it('writes a line of a quiet process within a second, while the process runs', async () => {
    const { lines } = await run(`const logger = createLogger({ env: 'production' }); logger.info('first'); setTimeout(() => logger.info('last'), 1500);`);
    expect(lines.map((line) => line.msg)).toEqual(['first', 'last']);
    // 'first' must not wait for 'last' (logged 1.5 s later, when the process ends) to be written.
    expect(lines[1].at - lines[0].at).toBeGreaterThan(700);
  });

  it('writes every line logged before process.exit', async () => {
    const { lines, code } = await run(
      `const logger = createLogger({ env: 'production' }); for (let i = 0; i < 3; i += 1) logger.info('line ' + i); process.exit(3);`,
    );
    expect(code).toBe(3);
    expect(lines.map((line) => line.msg)).toEqual(['line 0', 'line 1', 'line 2']);
  });
});
