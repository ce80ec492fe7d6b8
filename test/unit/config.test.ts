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

  it('derives the admission bounds from the driver pool and takes overrides', () => {
    expect(loadConfig({}).admission).toEqual({ maxInflight: 12, maxQueue: 48, maxQueueWaitMs: 250, maxEventLoopDelayMs: 20 });
    expect(loadConfig({ MAX_INFLIGHT: '4', MAX_QUEUE_WAIT_MS: '100', MAX_EVENT_LOOP_DELAY_MS: '5' }).admission).toEqual({
      maxInflight: 4,
      maxQueue: 16,
      maxQueueWaitMs: 100,
      maxEventLoopDelayMs: 5,
    });
    expect(() => loadConfig({ MAX_INFLIGHT: '0' })).toThrow(/MAX_INFLIGHT: expected 1-10000/);
  });

  it('rate-limits by default and turns it off with RATE_LIMIT_PER_SECOND=0', () => {
    expect(loadConfig({}).rateLimit).toEqual({ perSecond: 1_000, burst: 50_000 });
    expect(loadConfig({ RATE_LIMIT_PER_SECOND: '0' }).rateLimit.perSecond).toBe(0);
    expect(() => loadConfig({ RATE_LIMIT_BURST: 'lots' })).toThrow(/RATE_LIMIT_BURST/);
  });

  it('accepts addresses, CIDR ranges and the named ranges in TRUST_PROXY, and nothing else', () => {
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', '::1']);
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: "true" is not an address/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });

  it('serves metrics on the API port unless METRICS_PORT names another', () => {
    expect(loadConfig({}).metricsPort).toBeNull();
    expect(loadConfig({ METRICS_PORT: '9464' }).metricsPort).toBe(9464);
    expect(() => loadConfig({ PORT: '4000', METRICS_PORT: '4000' })).toThrow(/METRICS_PORT: must differ from PORT/);
  });

  it('refuses a headers timeout longer than the request timeout', () => {
    expect(loadConfig({}).http).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000 });
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_REQUEST_TIMEOUT_MS: '1000' })).toThrow(/HTTP_HEADERS_TIMEOUT_MS/);
  });
});
