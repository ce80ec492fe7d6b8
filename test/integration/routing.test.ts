import { createDriver } from '../../src/graph/driver';
import { CypherRunner } from '../../src/graph/cypher-runner';
import { testConfig } from '../helpers/test-config';

class RollBack extends Error {}

describe('a neo4j:// routing URI', () => {
  it('routes reads to read transactions and writes to write transactions, leaving the shared graph untouched', async () => {
    const config = testConfig();
    const uri = config.neo4j.uri.replace('bolt://', 'neo4j://');
    const driver = createDriver({ ...config.neo4j, uri });
    const seen: string[] = [];
    try {
      const runner = new CypherRunner(driver, config.neo4j.database, 10_000, undefined, {
        begin: (mode) => {
          seen.push(mode);
          return () => undefined;
        },
      });
      const [pillars] = await runner.read<{ n: number }>('MATCH (p:Pillar) RETURN count(p) AS n');
      expect(pillars.n).toBe(3);
      // A read transaction may not write: the server refuses it, so the routing really chose read access.
      await expect(runner.read('CREATE (p:RoutingProbe) RETURN p')).rejects.toThrow(/read/i);
      // A write transaction may: it creates the node, then rolls back, so nothing reaches the shared graph.
      let created = 0;
      await expect(
        runner.transaction(async (run) => {
          created = (await run<{ n: number }>('CREATE (p:RoutingProbe) RETURN count(p) AS n'))[0].n;
          throw new RollBack();
        }),
      ).rejects.toBeInstanceOf(RollBack);
      expect(created).toBe(1);
      const [left] = await runner.read<{ n: number }>('MATCH (p:RoutingProbe) RETURN count(p) AS n');
      expect(left.n).toBe(0);
      expect(seen).toEqual(['read', 'read', 'write', 'read']);
    } finally {
      await driver.close();
    }
  });
});
