import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { CypherRunner } from '../../src/graph/cypher-runner';
import { StatsRepository } from '../../src/graph/stats.repository';
import { PROJECT_ROOT } from '../../src/paths';
import { runSeed } from '../../src/seed/run';
import { testDriver, testGraph } from '../helpers/db';

const SEED_DIR = path.join(PROJECT_ROOT, 'seed');
const source = { document: 'A/63/677', passage: 'a passage' };

function seedDir(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'r2p-seed-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), JSON.stringify(content));
  return dir;
}

describe('the seed loader', () => {
  let driver: Driver;
  let graph: CypherRunner;

  beforeAll(() => {
    driver = testDriver();
    graph = testGraph(driver);
  });
  afterAll(() => driver.close());

  const totals = async () => {
    const counts = await new StatsRepository(graph).counts();
    const sum = (list: Array<{ count: number }>) => list.reduce((a, b) => a + b.count, 0);
    return { nodes: sum(counts.nodes), relationships: sum(counts.relationships) };
  };

  it('changes nothing on a second run over the same files', async () => {
    const before = await totals();
    const outcome = await runSeed(graph, { dir: SEED_DIR });
    expect(outcome.problems).toEqual([]);
    expect(outcome.written).toBe(true);
    const changed = Object.entries(outcome.counters).filter(([, n]) => n > 0);
    expect(changed).toEqual([]);
    expect(await totals()).toEqual(before);
  });

  it('reports every bad record at once and writes nothing', async () => {
    const before = await totals();
    const dir = seedDir({
      'bad.yaml': {
        nodes: [
          { id: 'person:fresh-valid-person', kind: 'Person', name: 'Valid Person', sources: [source] },
          { id: 'person:bad-date', kind: 'Person', name: 'x', sources: [source] },
          { id: 'A/99/1', kind: 'Report', title: 'Bad date', date: '2009-02-30', symbols: ['A/99/1'], sources: [source] },
          { id: 'person:no-source', kind: 'Person', name: 'No Source', sources: [] },
          { id: 'person:bad-date', kind: 'Person', name: 'Duplicate', sources: [source] },
          { id: 'person:too-long', kind: 'Person', name: 'x'.repeat(201), sources: [source] },
          { id: 'person:unknown-field', kind: 'Person', name: 'x', nickname: 'y', sources: [source] },
        ],
        relationships: [
          { type: 'HELD', from: 'person:fresh-valid-person', to: 'post:does-not-exist', sources: [source] },
          { type: 'NOT_A_TYPE', from: 'person:fresh-valid-person', to: 'person:bad-date', sources: [source] },
        ],
      },
    });
    const outcome = await runSeed(graph, { dir });
    const reasons = outcome.problems.map((p) => `${p.record} ${p.field}: ${p.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^A\/99\/1 date: date must be an existing date/),
        expect.stringMatching(/^person:no-source sources: sources must hold at least one source/),
        expect.stringMatching(/^person:bad-date id: duplicate id/),
        expect.stringMatching(/^person:too-long name: name must be shorter than or equal to 200 characters/),
        expect.stringMatching(/^person:unknown-field nickname: property nickname should not exist/),
        expect.stringMatching(/post:does-not-exist to: no node has the id "post:does-not-exist"/),
        expect.stringMatching(/NOT_A_TYPE.* type: type must be one of the following values/),
      ]),
    );
    expect(outcome.problems.every((p) => p.file === 'bad.yaml')).toBe(true);
    expect(outcome.written).toBe(false);
    expect(await totals()).toEqual(before);
    const [found] = await graph.read("MATCH (n:Entity {id: 'person:fresh-valid-person'}) RETURN count(n) AS n");
    expect(found.n).toBe(0);
  });

  it('reports a YAML syntax error with its file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'r2p-seed-'));
    fs.writeFileSync(path.join(dir, 'broken.yaml'), 'nodes:\n  - id: [unclosed\n');
    const outcome = await runSeed(graph, { dir });
    expect(outcome.problems[0]).toMatchObject({ file: 'broken.yaml', reason: expect.stringMatching(/^YAML/) });
  });

  it('validates without writing with --check', async () => {
    const before = await totals();
    const dir = seedDir({ 'one.yaml': { nodes: [{ id: 'person:check-only', kind: 'Person', name: 'Check Only', sources: [source] }] } });
    const outcome = await runSeed(graph, { dir, check: true });
    expect(outcome).toMatchObject({ problems: [], nodes: 1, written: false });
    expect(await totals()).toEqual(before);
  });

  it('gives every node and relationship of the graph a source', async () => {
    const counts = await new StatsRepository(graph).counts();
    expect(counts.nodesWithoutSource).toBe(0);
    expect(counts.relationshipsWithoutSource).toBe(0);
  });
});
