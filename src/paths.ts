import fs from 'node:fs';
import path from 'node:path';

function findRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

/** The repository root, the same from `src/` under ts-jest and from `dist/src/` after a build. */
export const PROJECT_ROOT = findRoot(__dirname);

/**
 * How the API process is started (`npm start`, the Docker image, the tests and the soak that run it as a process
 * of its own). A young generation of 4 MiB semi-spaces instead of V8's 16: on the 1M graph, 200 four-level
 * nested queries and 300 depth-2 neighbourhoods 16 at a time peaked at 233-235 MiB of RSS instead of 254-261 MiB,
 * with the same CPU (8.0-8.4 s against 8.0-8.2 s).
 */
export const API_NODE_ARGS: readonly string[] = ['--max-semi-space-size=4', 'dist/src/index.js'];
