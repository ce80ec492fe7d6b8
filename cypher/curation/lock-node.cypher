// Creates the node when it is new (labelled :Entity only, so the caller can tell) and takes its write lock
// (Neo4j locks a node when a property is written), so that concurrent writes to one id queue here and the
// state returned is the one this transaction changes. Uniqueness itself comes from the entity_id constraint.
// Params: $id: String, $now: String (ISO timestamp)
// Returns: { kinds: [String] (empty for a node this statement created), before: Map (stored properties) }
MERGE (n:Entity {id: $id})
ON CREATE SET n.createdAt = $now
SET n._lock = true
REMOVE n._lock
RETURN [label IN labels(n) WHERE label <> 'Entity'] AS kinds, properties(n) AS before
