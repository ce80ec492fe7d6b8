/**
 * The bad-input corpus: requests a hostile or broken client sends, with the status and error code each must
 * get. `OK` means the request is harmless and answered without error (an injection attempt that finds
 * nothing). Every case is sent over real HTTP by hostile-inputs.test.ts.
 */
export interface HostileCase {
  name: string;
  method?: 'GET' | 'POST';
  /** A GraphQL request sent as JSON, or `raw` bytes with their own headers. */
  graphql?: { query: unknown; variables?: unknown; operationName?: string };
  raw?: string | Buffer;
  search?: string;
  headers?: Record<string, string>;
  status: number | number[];
  code: string | string[];
  /** Text the error message must contain (e.g. which limit was hit). */
  message?: RegExp;
}

const JSON_TYPE = { 'content-type': 'application/json' };

/** `count` levels of `relationships { node { ... } }` under a node. */
function nestedRelationships(count: number): string {
  let inner = 'id';
  for (let i = 0; i < count; i += 1) inner = `relationships { node { ${inner} } }`;
  return `{ node(id: "A/63/677") { ${inner} } }`;
}

/** `count` levels of `ofType` under an introspection type: deep, but every level is one object. */
function nestedOfType(count: number): string {
  let inner = 'name';
  for (let i = 0; i < count; i += 1) inner = `ofType { ${inner} }`;
  return inner;
}

/** Fragments that each spread the previous one twice: 2^levels selections from a small document. */
function fragmentBomb(levels: number): string {
  const fragments = ['fragment F0 on GraphStats { totalNodes }'];
  for (let i = 1; i <= levels; i += 1) fragments.push(`fragment F${i} on GraphStats { ...F${i - 1} ...F${i - 1} }`);
  return `{ stats { ...F${levels} } } ${fragments.join(' ')}`;
}

const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: stats { totalNodes }`).join(' ')} }`;
const INJECTION_ID = `x"}) MATCH (n) DETACH DELETE n //`;
const INJECTION_TEXT = `' OR 1=1 }) WITH 1 AS x MATCH (n) DETACH DELETE n RETURN x //`;
const injectionCursor = Buffer.from(JSON.stringify(['date', "') DETACH DELETE n //", 'x'])).toString('base64url');

export const HOSTILE_CASES: HostileCase[] = [
  // Query shape limits
  { name: 'nesting 20 levels of relationships deep', graphql: { query: nestedRelationships(20) }, status: 400, code: 'QUERY_TOO_COMPLEX', message: /depth limit/ },
  { name: 'three levels of unpaged relationships under a 100-item page', graphql: { query: '{ reports(first: 100) { nodes { relationships { node { relationships { node { relationships { id } } } } } } } }' }, status: 400, code: 'QUERY_TOO_COMPLEX', message: /cost limit is 10000/ },
  { name: 'an alias bomb of 50 aliased fields', graphql: { query: aliases(50) }, status: 400, code: 'QUERY_TOO_COMPLEX', message: /aliases limit/ },
  { name: 'a fragment bomb of 2^20 selections', graphql: { query: fragmentBomb(20) }, status: 400, code: 'QUERY_TOO_COMPLEX', message: /too many selections/ },
  { name: 'a fragment cycle', graphql: { query: '{ stats { ...A } } fragment A on GraphStats { totalNodes ...B } fragment B on GraphStats { totalRelationships ...A }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'thirty directives on one field', graphql: { query: `{ stats { ${Array.from({ length: 30 }, () => 'totalNodes @include(if: true)').join(' ')} } }` }, status: 400, code: 'QUERY_TOO_COMPLEX', message: /directives limit/ },
  { name: 'a document of 5,000 tokens', graphql: { query: `{ stats { ${'totalNodes '.repeat(5000)} } }` }, status: 400, code: 'QUERY_TOO_COMPLEX', message: /token limit is 3000/ },
  { name: 'recursive introspection (types, fields, type, fields, ...)', graphql: { query: '{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }' }, status: 400, code: 'QUERY_TOO_COMPLEX', message: /introspection limit/ },
  { name: 'wide introspection, three times over', graphql: { query: `{ ${['a', 'b', 'c'].map((alias) => `${alias}: __schema { types { fields { args { type { inputFields { type { enumValues { name } } } } } } } }`).join(' ')} }` }, status: 400, code: 'QUERY_TOO_COMPLEX', message: /cost limit/ },
  { name: 'a deep query in an operation named __schema', graphql: { query: `query __schema { __type(name: "Query") { ${nestedOfType(20)} } }` }, status: 400, code: 'QUERY_TOO_COMPLEX', message: /depth limit/ },
  { name: 'a deep query in a fragment named __schema', graphql: { query: `{ __type(name: "Query") { ...__schema } } fragment __schema on __Type { ${nestedOfType(20)} }` }, status: 400, code: 'QUERY_TOO_COMPLEX', message: /depth limit/ },
  { name: 'a deep query under a field aliased __schema', graphql: { query: `{ __schema: __type(name: "Query") { ${nestedOfType(20)} } }` }, status: 400, code: 'QUERY_TOO_COMPLEX', message: /depth limit/ },
  { name: 'first: 1000000 on a list', graphql: { query: '{ reports(first: 1000000) { nodes { id } } }' }, status: 200, code: 'BAD_USER_INPUT', message: /first must be between 1 and 100/ },
  { name: 'first: 1000000 through a variable', graphql: { query: 'query($n: Int) { reports(first: $n) { nodes { id } } }', variables: { n: 1000000 } }, status: 200, code: 'BAD_USER_INPUT', message: /first must be between 1 and 100/ },
  { name: 'limit: 1000000 on a neighbourhood', graphql: { query: '{ neighbourhood(id: "A/63/677", limit: 1000000) { nodes { id } } }' }, status: 200, code: 'BAD_USER_INPUT', message: /limit must be between 1 and 1000/ },
  { name: 'the largest neighbourhood with every source', graphql: { query: '{ neighbourhood(id: "A/63/677", limit: 1000) { nodes { id sources { document passage } } edges { id sources { document passage } } } }' }, status: 200, code: 'OK' },
  { name: 'a related date that is no date', graphql: { query: '{ reports(filter: { related: [{ type: DISCUSSED_AT, date: { eq: "July 2012" } }] }) { totalCount } }' }, status: 200, code: 'BAD_USER_INPUT', message: /eq must be an existing date/ },
  { name: 'first: 101 on a list', graphql: { query: '{ reports(first: 101) { nodes { id } } }' }, status: 200, code: 'BAD_USER_INPUT', message: /first must be between 1 and 100/ },
  { name: 'first: -5 on a list', graphql: { query: '{ reports(first: -5) { nodes { id } } }' }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'first beyond a 32-bit integer', graphql: { query: '{ reports(first: 99999999999) { nodes { id } } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'depth: 1000 on a neighbourhood', graphql: { query: '{ neighbourhood(id: "A/63/677", depth: 1000) { nodes { id } } }' }, status: 200, code: 'BAD_USER_INPUT', message: /depth must be between 1 and 4/ },
  { name: 'maxDepth: 50 on a shortest path', graphql: { query: '{ shortestPath(from: "A/63/677", to: "A/64/864", maxDepth: 50) { nodes { id } } }' }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'search text of 90,000 characters', graphql: { query: 'query($t: String!) { search(text: $t) { node { id } } }', variables: { t: 'a'.repeat(90_000) } }, status: 200, code: 'BAD_USER_INPUT', message: /text must be 1 to 200 characters/ },
  { name: 'a body of 2 MB', graphql: { query: 'query($t: String!) { search(text: $t) { node { id } } }', variables: { t: 'a'.repeat(2_000_000) } }, status: 413, code: 'PAYLOAD_TOO_LARGE' },

  // Broken HTTP requests
  { name: 'a body that is not valid UTF-8', raw: Buffer.concat([Buffer.from('{"query":"{ stats { totalNodes } }","variables":{"t":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}}')]), headers: JSON_TYPE, status: 400, code: 'BAD_REQUEST', message: /UTF-8/ },
  { name: 'a body that is not JSON', raw: '{"query": "{ stats { totalNodes } }"', headers: JSON_TYPE, status: 400, code: 'BAD_REQUEST', message: /not valid JSON/ },
  { name: 'an empty JSON body', raw: '', headers: JSON_TYPE, status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON string instead of an object', raw: '"{ stats { totalNodes } }"', headers: JSON_TYPE, status: 400, code: 'BAD_REQUEST' },
  { name: 'a batch of two operations', raw: JSON.stringify([{ query: '{ stats { totalNodes } }' }, { query: '{ stats { totalNodes } }' }]), headers: JSON_TYPE, status: 400, code: 'BAD_REQUEST', message: /batching/i },
  { name: 'a text/plain POST (CSRF)', raw: JSON.stringify({ query: '{ stats { totalNodes } }' }), headers: { 'content-type': 'text/plain' }, status: 400, code: 'BAD_REQUEST', message: /Cross-Site Request Forgery/ },
  { name: 'a form POST', raw: 'query=%7B%20stats%20%7B%20totalNodes%20%7D%20%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a body marked gzip that is not compressed', raw: JSON.stringify({ query: '{ stats { totalNodes } }' }), headers: { ...JSON_TYPE, 'content-encoding': 'gzip' }, status: 400, code: 'BAD_REQUEST', message: /could not be decompressed/ },
  { name: 'a body in Latin-1', raw: JSON.stringify({ query: '{ stats { totalNodes } }' }), headers: { 'content-type': 'application/json; charset=latin1' }, status: 415, code: 'BAD_REQUEST' },
  { name: 'a GET query without a CSRF-safe header', method: 'GET', search: `?query=${encodeURIComponent('{ stats { totalNodes } }')}`, status: 400, code: 'BAD_REQUEST', message: /Cross-Site Request Forgery/ },
  { name: 'a GET mutation', method: 'GET', search: `?query=${encodeURIComponent('mutation { deleteNode(id: "A/63/677", detach: true) { id } }')}`, headers: { 'apollo-require-preflight': 'true' }, status: 405, code: 'BAD_REQUEST', message: /GET requests only support query operations/ },
  { name: 'a mutation without an API key', graphql: { query: 'mutation { deleteNode(id: "A/63/677", detach: true) { id } }' }, status: 200, code: 'UNAUTHENTICATED' },
  { name: 'a mutation with a forged bearer key', graphql: { query: 'mutation { deleteRelationship(id: "x") { id } }' }, headers: { authorization: "Bearer ' OR 1=1 --" }, status: 200, code: 'UNAUTHENTICATED' },
  { name: 'no query at all', graphql: { query: undefined, variables: {} }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a query that is a number', graphql: { query: 123 }, status: 400, code: 'BAD_REQUEST' },
  { name: 'variables that are a string', graphql: { query: '{ stats { totalNodes } }', variables: 'x' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'an unknown operation name', graphql: { query: 'query A { stats { totalNodes } }', operationName: 'B' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'two operations and no operation name', graphql: { query: 'query A { stats { totalNodes } } query B { stats { totalNodes } }' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a syntax error', graphql: { query: '{ stats { totalNodes }' }, status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an unknown field close to a real one (no suggestion)', graphql: { query: '{ report { id } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a string where an Int variable is declared', graphql: { query: 'query($n: Int) { reports(first: $n) { nodes { id } } }', variables: { n: 'ten' } }, status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an object where an ID is expected', graphql: { query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: { $ne: null } } }, status: 400, code: 'BAD_USER_INPUT' },

  // Injection attempts through every argument that reaches Cypher
  { name: 'Cypher in a node id', graphql: { query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: INJECTION_ID } }, status: 200, code: 'NOT_FOUND' },
  { name: 'Cypher in a list of ids', graphql: { query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: [INJECTION_ID, "' OR '1'='1"] } }, status: 200, code: 'OK' },
  { name: 'Cypher in a neighbourhood start id', graphql: { query: 'query($id: ID!) { neighbourhood(id: $id, depth: 4) { nodes { id } } }', variables: { id: INJECTION_ID } }, status: 200, code: 'NOT_FOUND' },
  { name: 'Cypher in shortest-path ends', graphql: { query: 'query($a: ID!) { shortestPath(from: $a, to: $a) { nodes { id } } }', variables: { a: INJECTION_ID } }, status: 200, code: 'NOT_FOUND' },
  { name: 'Cypher in a related-nodes id', graphql: { query: 'query($id: ID!) { related(id: $id) { node { id } } }', variables: { id: INJECTION_ID } }, status: 200, code: 'NOT_FOUND' },
  { name: 'Cypher and Lucene syntax in search text', graphql: { query: 'query($t: String!) { search(text: $t) { node { id } } }', variables: { t: `${INJECTION_TEXT} AND title:* OR "x~` } }, status: 200, code: 'OK' },
  { name: 'a label in search kinds', graphql: { query: '{ search(text: "genocide", kinds: ["Report` DETACH DELETE n //"]) { node { id } } }' }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a label in timeline kinds', graphql: { query: '{ timeline(kinds: ["Entity) DETACH DELETE (n"]) { date } }' }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'Cypher in a timeline date', graphql: { query: `{ timeline(from: "2012' OR 1=1 //") { date } }` }, status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a relationship type that is not one', graphql: { query: 'query($t: [RelationshipType!]) { neighbourhood(id: "A/63/677", relationshipTypes: $t) { nodes { id } } }', variables: { t: ['CITES]->() DETACH DELETE n //'] } }, status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a relationship type in a relationships filter', graphql: { query: '{ node(id: "A/63/677") { relationships(types: [DELETE]) { id } } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a sort key that is not a field', graphql: { query: 'query($o: ReportOrder) { reports(orderBy: $o) { nodes { id } } }', variables: { o: { field: 'title DETACH DELETE n', direction: 'ASC' } } }, status: 400, code: 'BAD_USER_INPUT' },
  { name: 'Cypher in a text filter', graphql: { query: 'query($t: String) { reports(filter: { title: { contains: $t } }) { nodes { id } } }', variables: { t: INJECTION_TEXT } }, status: 200, code: 'OK' },
  { name: 'Cypher in a related filter id', graphql: { query: 'query($id: ID) { reports(filter: { related: [{ type: DISCUSSED_AT, id: $id }] }) { nodes { id } } }', variables: { id: INJECTION_ID } }, status: 200, code: 'OK' },
  { name: 'a label in a related filter kind', graphql: { query: 'query($k: NodeKind) { reports(filter: { related: [{ type: DISCUSSED_AT, kind: $k }] }) { nodes { id } } }', variables: { k: 'Dialogue) DETACH DELETE (n' } }, status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a cursor that is not base64 JSON', graphql: { query: '{ reports(after: "!!not a cursor!!") { nodes { id } } }' }, status: 200, code: 'BAD_USER_INPUT', message: /not a cursor/ },
  { name: 'a forged cursor carrying Cypher', graphql: { query: `{ reports(after: "${injectionCursor}") { nodes { id } } }` }, status: 200, code: 'OK' },
  { name: 'a NUL byte and right-to-left marks in an id', graphql: { query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: 'report:\u0000\u202e\u{1f4a3}' } }, status: 200, code: 'NOT_FOUND' },
];
