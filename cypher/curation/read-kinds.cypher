// The kind of each of several nodes, by id; null for an id no node has.
// Params: $ids: [String]
// Returns: one row per id: { id: String, kind: String | null }
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, [label IN labels(n) WHERE label <> 'Entity'][0] AS kind
