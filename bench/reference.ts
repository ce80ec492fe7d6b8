import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';

/**
 * The floor of each query: the Cypher statement a Neo4j expert would write by hand for exactly the GraphQL
 * selection of the mix, returning exactly the selected fields, and how its one row becomes the GraphQL `data`.
 * Every statement knows the schema (labels, the `entity_text` index, which property labels each kind) and
 * nothing of R2P's code.
 */
export interface Reference {
  cypher: string;
  /** The GraphQL `data` the API would answer, from the statement's records. */
  data(records: Array<Record<string, unknown>>): unknown;
}

const KIND = "[l IN labels(n) WHERE l <> 'Entity'][0]";
const LABEL = 'coalesce(n.title, n.name, n.text, n.value)';
const kind = (v: string) => KIND.replaceAll('(n)', `(${v})`);
const label = (v: string) => LABEL.replaceAll('n.', `${v}.`);
/** `{ id, kind, label }` of a node, as graph-side selections ask for it. */
const node = (v: string) => `{ id: ${v}.id, kind: ${kind(v)}, label: ${label(v)} }`;

export const REFERENCES: Record<string, Reference> = {
  'lookup by id': {
    cypher: 'MATCH (n:Entity {id: $id}) RETURN n.id AS id, n.title AS title, n.date AS date',
    data: ([row]) => ({ node: { id: row.id, label: row.title, title: row.title, date: row.date } }),
  },
  'filtered list page': {
    cypher: [
      'CALL { MATCH (n:Report) WHERE n.date >= $from RETURN count(n) AS totalCount }',
      'CALL {',
      '  MATCH (n:Report) WHERE n.date >= $from',
      '  WITH n ORDER BY n.date DESC, n.id DESC LIMIT $first',
      '  RETURN collect(n { .id, .title, .date }) AS nodes',
      '}',
      'RETURN totalCount, nodes',
    ].join('\n'),
    data: ([row]) => ({ reports: { totalCount: row.totalCount, nodes: row.nodes } }),
  },
  'nested (reports > dialogues > speakers, pillars)': {
    cypher: [
      'MATCH (r:Report) WITH r ORDER BY r.id LIMIT $first',
      'RETURN r { .id, .title,',
      '  dialogues: COLLECT { MATCH (r)-[:PRESENTED_AT|DISCUSSED_AT]->(d:Dialogue)',
      `    RETURN { node: d { .id, .title, speakers: COLLECT { MATCH (d)<-[:SPOKE_AT]-(s:Entity) RETURN { node: { id: s.id, label: ${label('s')} } } } } } },`,
      '  pillars: COLLECT { MATCH (r)-[:ADDRESSES]->(p:Pillar) RETURN { node: p { .id, .title } } }',
      '} AS report',
    ].join('\n'),
    data: (rows) => ({ reports: { nodes: rows.map((row) => row.report) } }),
  },
  'nested four levels (reports > dialogues > speakers > posts)': {
    cypher: [
      'MATCH (r:Report) WITH r ORDER BY r.id LIMIT $first',
      'RETURN r { .id, .title,',
      '  dialogues: COLLECT { MATCH (r)-[:PRESENTED_AT|DISCUSSED_AT]->(d:Dialogue)',
      '    RETURN { node: d { .id, .title, speakers: COLLECT { MATCH (d)<-[:SPOKE_AT]-(s:Entity)',
      `      RETURN { node: CASE WHEN s:Person`,
      `        THEN { id: s.id, label: s.name, posts: COLLECT { MATCH (s)-[:HELD]->(p:Post) RETURN { node: p { .id, .name } } } }`,
      `        ELSE { id: s.id, label: ${label('s')} } END } } } } },`,
      '  pillars: COLLECT { MATCH (r)-[:ADDRESSES]->(p:Pillar) RETURN { node: p { .id, .title } } }',
      '} AS report',
    ].join('\n'),
    data: (rows) => ({ reports: { nodes: rows.map((row) => row.report) } }),
  },
  'neighbourhood depth 2': {
    cypher: [
      'MATCH (start:Entity {id: $id})',
      'CALL { WITH start MATCH (start)--(m:Entity) WHERE m <> start WITH DISTINCT m LIMIT $limit RETURN collect(m) AS one }',
      'CALL {',
      '  WITH start, one',
      '  UNWIND one AS f',
      '  MATCH (f)--(m:Entity) WHERE m <> start AND NOT m IN one',
      '  WITH DISTINCT m LIMIT $limit',
      '  RETURN collect(m) AS two',
      '}',
      'WITH [start] + one + two AS seen',
      'WITH seen[0..$limit] AS kept, size(seen) > $limit AS truncated',
      'RETURN truncated,',
      `  [n IN kept | ${node('n')}] AS nodes,`,
      '  COLLECT { UNWIND kept AS a MATCH (a)-[r]->(b) WHERE b IN kept RETURN { id: r.id, type: type(r), source: a.id, target: b.id } } AS edges',
    ].join('\n'),
    data: ([row]) => ({ neighbourhood: row }),
  },
  shortestPath: {
    cypher: [
      'MATCH (a:Entity {id: $from}), (b:Entity {id: $to})',
      'MATCH p = shortestPath((a)-[*..6]-(b))',
      `RETURN [n IN nodes(p) | ${node('n')}] AS nodes,`,
      '  [r IN relationships(p) | { id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id }] AS edges',
    ].join('\n'),
    data: ([row]) => ({ shortestPath: row ?? null }),
  },
  'full-text search': {
    cypher: [
      "CALL db.index.fulltext.queryNodes('entity_text', $lucene, {limit: $first}) YIELD node AS n, score",
      `RETURN score, ${node('n')} AS node`,
    ].join('\n'),
    data: (rows) => ({ search: rows }),
  },
};

/**
 * Runs a reference statement through the driver and returns the GraphQL `data` it stands for. One auto-commit
 * statement, as an expert would send a single read: RUN and PULL in one write, one round trip (a managed
 * transaction adds BEGIN and COMMIT, two more writes and a round trip).
 */
export async function runReference(driver: Driver, name: string, params: Record<string, unknown>): Promise<unknown> {
  const reference = REFERENCES[name];
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const { records } = await session.run(reference.cypher, integers(params));
    return reference.data(records.map((record) => record.toObject()));
  } finally {
    await session.close();
  }
}

// Limits must reach Cypher as integers, not floats.
function integers(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]));
}

/**
 * The HTTP floor: a bare `node:http` server that reads `{ query: <mix name>, params }`, runs that reference
 * statement and writes `{ data }` as JSON. What any API over HTTP must pay, and nothing more.
 */
export async function startHttpFloor(driver: Driver): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { query, params } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; params: Record<string, unknown> };
      runReference(driver, query, params).then(
        (data) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ data }));
        },
        (error: Error) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: error.message }] }));
        },
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
