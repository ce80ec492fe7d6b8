import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('uses the local Neo4j on 127.0.0.1:7687 and port 4000 when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.mode).toBe('local');
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687');
  });

  it('rejects PORT=abc naming the variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
  });

  it('rejects a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: expected 0-65535/);
  });

  it('rejects a NEO4J_URI with an unknown scheme', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(/NEO4J_URI/);
  });

  it('accepts neo4j+s routing URIs and never starts a local Neo4j for them', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'neo4j' });
    expect(config.neo4j).toMatchObject({ mode: 'remote', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j' });
  });

  it('requires NEO4J_PASSWORD with NEO4J_URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD/);
  });

  it('rejects a memory size that Neo4j would not understand', () => {
    expect(() => loadConfig({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP/);
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});
