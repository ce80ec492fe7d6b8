// Takes the write lock of an existing relationship and reads it.
// `$TYPE` is replaced by a type from the RelationshipType enum (src/graph/fragments.ts).
// Params: $id: String
// Returns: no row when none has the id; else { from: String, to: String, before: Map }
MATCH (a:Entity)-[r:`$TYPE` {id: $id}]->(b:Entity)
SET r._lock = true
REMOVE r._lock
RETURN a.id AS from, b.id AS to, properties(r) AS before
