// Creates or updates nodes of one kind from seed records; a node whose properties already match is left alone.
// `$KIND` is replaced by a label from the NodeKind enum (src/graph/fragments.ts) before the query is sent.
// Params: $rows: [{ id: String, properties: Map }]
// Returns: nothing; the caller reads the update counters.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:`$KIND`
WITH n, row
WHERE properties(n) <> row.properties
SET n = row.properties
