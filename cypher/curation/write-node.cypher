// Replaces every property of a node (locked by lock-node) and gives it its kind label.
// `$KIND` is replaced by a label from the NodeKind enum (src/graph/fragments.ts) before the query is sent.
// Params: $id: String, $properties: Map (every stored property, timestamps included)
// Returns: { after: Map }
MATCH (n:Entity {id: $id})
SET n = $properties
SET n:`$KIND`
RETURN properties(n) AS after
