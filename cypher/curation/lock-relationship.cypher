// Creates the relationship when it is new and takes its write lock, so that concurrent writes to one id
// queue here. `$TYPE` is replaced by a type from the RelationshipType enum (src/graph/fragments.ts).
// Params: $id: String, $from: String, $to: String, $now: String (ISO timestamp)
// Returns: { created: Boolean, before: Map }, or no row when an end is missing
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:`$TYPE` {id: $id}]->(b)
ON CREATE SET r.createdAt = $now, r._created = true
SET r._lock = true
WITH r, r._created IS NOT NULL AS created
REMOVE r._lock, r._created
RETURN created, properties(r) AS before
