// Gives a node the value its new preferred claim holds, so that the graph holds what it prefers.
// Params: $id: String, $changes: Map (the property and its value, and updatedAt)
// Returns: { before: Map, after: Map }
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
WITH n, properties(n) AS before
SET n += $changes
RETURN before, properties(n) AS after
