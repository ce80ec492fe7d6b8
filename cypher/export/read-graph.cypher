// Every node, and every relationship (or those of some types), for a whole-graph export. Ordered by id so
// that two exports of the same graph are byte for byte the same.
// Params: $types: [String] | null
// Returns: one row { nodes: [Map], edges: [{ type, source, target, properties }] }
CALL {
  MATCH (n:Entity)
  WITH n ORDER BY n.id
  RETURN collect(n { .*, sourceText: null, kind: [label IN labels(n) WHERE label <> 'Entity'][0] }) AS nodes
}
CALL {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  WITH a, r, b ORDER BY r.id
  RETURN collect({ type: type(r), source: a.id, target: b.id, properties: properties(r) }) AS edges
}
RETURN nodes, edges
