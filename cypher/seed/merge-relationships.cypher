// Creates or updates relationships of one type between existing nodes; an unchanged one is left alone.
// `$TYPE` is replaced by a type from the RelationshipType enum (src/graph/fragments.ts) before the query is sent.
// Params: $rows: [{ id: String, from: String, to: String, properties: Map }]
// Returns: nothing; the caller reads the update counters.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:`$TYPE` {id: row.id}]->(b)
WITH r, row
WHERE properties(r) <> row.properties
SET r = row.properties
