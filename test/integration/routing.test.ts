import { createDriver } from '../../src/graph/driver';
import { CypherRunner } from '../../src/graph/cypher-runner';
import { testConfig } from '../helpers/test-config';

describe('a neo4j:// routing URI', () => {
  it('routes reads to read transactions and writes to write transactions on the same server', async () => {
    const config = testConfig();
    const uri = config.neo4j.uri.replace('bolt://', 'neo4j://');
    const driver = createDriver({ ...config.neo4j, uri });
    const seen: string[] = [];
    try {
      const graph = new CypherRunner(driver, config.neo4j.database, 10_000, undefined, {
        begin: (mode) => {
          seen.push(mode);
          return () => undefined;
        },
      });
      const [pillars] = await graph.read<{ n: number }>('MATCH (p:Pillar) RETURN count(p) AS n');
      expect(pillars.n).toBe(3);
      const [written] = await graph.write<{ id: string }>("MERGE (p:RoutingProbe {id: 'routing-test'}) RETURN p.id AS id");
      expect(written.id).toBe('routing-test');
      await graph.write("MATCH (p:RoutingProbe {id: 'routing-test'}) DELETE p");
      expect(seen).toEqual(['read', 'write', 'write']);
    } finally {
      await driver.close();
    }
  });
});
