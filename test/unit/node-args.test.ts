import fs from 'node:fs';
import path from 'node:path';
import { API_NODE_ARGS, PROJECT_ROOT } from '../../src/paths';

// `npm start` and the image cannot import the list, so they spell it out; this keeps the three the same.
describe('how the API process is started', () => {
  it('is the same in npm start, the Docker image and the processes the tests and the soak start', () => {
    const start = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts.start as string;
    expect(start.split('&&').pop()!.trim()).toBe(['node', ...API_NODE_ARGS].join(' '));
    const cmd = /^CMD (.+)$/m.exec(fs.readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8'))![1];
    expect(JSON.parse(cmd)).toEqual(['node', ...API_NODE_ARGS]);
  });
});
