// Takes the write lock of an existing node and reads what a delete or an added source must know about it.
// Its own ABOUT relationship (a claim's link to its subject) belongs to the node and is not counted.
// Params: $id: String
// Returns: no row when no node has the id; else { kinds: [String], before: Map,
//          relationships: [{ type, from, to, properties: Map }], claims: Int (claims about the node) }
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN [label IN labels(n) WHERE label <> 'Entity'] AS kinds,
  properties(n) AS before,
  [(n)-[r]-(m:Entity) WHERE NOT (type(r) = 'ABOUT' AND startNode(r) = n) |
    { type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r) }] AS relationships,
  COUNT { (:Claim)-[:ABOUT]->(n) } AS claims
