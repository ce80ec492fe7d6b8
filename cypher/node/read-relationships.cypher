// The relationships of several nodes at once, each filtered by types, direction and the other node's kind.
// Params: $keys: [{ index: Int, id: String, types: [String] | null, direction: 'OUT'|'IN'|'BOTH', kind: String | null }],
//         $relationshipDateProperties, $nodeDateProperties: [String] (the model's; relationships are ordered by date)
// Returns: { index: Int, relationships: [{ type, out: Boolean, properties: Map, node: Map (properties + kind) }] }
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL {
  WITH n, key
  MATCH (n)-[r]-(m:Entity)
  WHERE (key.types IS NULL OR type(r) IN key.types)
    AND (key.direction = 'BOTH' OR (key.direction = 'OUT') = (startNode(r) = n))
    AND (key.kind IS NULL OR key.kind IN labels(m))
  WITH r, m, startNode(r) = n AS out
  ORDER BY head([p IN $relationshipDateProperties WHERE r[p] IS NOT NULL | r[p]] + [p IN $nodeDateProperties WHERE m[p] IS NOT NULL | m[p]] + ['']), m.id, r.id
  RETURN collect({
    type: type(r),
    out: out,
    properties: properties(r),
    node: m { .*, sourceText: null, kind: [label IN labels(m) WHERE label <> 'Entity'][0] }
  }) AS relationships
}
RETURN key.index AS index, relationships
