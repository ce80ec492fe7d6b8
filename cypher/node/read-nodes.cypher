// Finds nodes by id, or a document by any of its symbols (spacing and dash variants folded into `key`).
// Params: $lookups: [{ index: Int, id: String, key: String }]
// Returns: one row per lookup found: { index: Int, node: Map (properties + kind) }
UNWIND $lookups AS lookup
OPTIONAL MATCH (exact:Entity {id: lookup.id})
CALL {
  WITH exact, lookup
  WITH exact, lookup WHERE exact IS NULL
  MATCH (alias:Entity) WHERE lookup.key IN alias.symbolKeys
  RETURN alias AS found LIMIT 1
  UNION
  WITH exact
  WITH exact WHERE exact IS NOT NULL
  RETURN exact AS found
}
RETURN lookup.index AS index, found { .*, kind: [label IN labels(found) WHERE label <> 'Entity'][0] } AS node
