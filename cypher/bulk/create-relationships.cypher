// Creates relationships of one type between nodes already loaded, committing every 10,000 (see create-nodes).
// `$TYPE` is replaced by a type from the RelationshipType enum (src/graph/fragments.ts) before the query is sent.
// Params: $rows: [{ from: String, to: String, properties: Map }]
// Returns: nothing
UNWIND $rows AS row
CALL {
  WITH row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  CREATE (a)-[r:`$TYPE`]->(b)
  SET r = row.properties
} IN TRANSACTIONS OF 10000 ROWS
