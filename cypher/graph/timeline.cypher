// Dated nodes and dated relationships between $from and $to (inclusive; partial dates cover their span), in order.
// Params: $from: String | null, $to: String | null, $nodeKinds: [String] | null, $types: [String] | null,
//         $onlyNodes / $onlyRelationships: Boolean (a kinds filter that names only one side), $first: Int,
//         $nodeDateProperties / $relationshipDateProperties: [String] (the model's date properties)
// Returns: { date, entryKind: 'NODE'|'RELATIONSHIP', dateProperty, node: Map, edge: Map | null, target: Map | null }
CALL {
  MATCH (n:Entity)
  WHERE NOT $onlyRelationships AND ($nodeKinds IS NULL OR any(label IN labels(n) WHERE label IN $nodeKinds))
  UNWIND [p IN $nodeDateProperties WHERE n[p] IS NOT NULL | [p, n[p]]] AS dated
  RETURN dated[1] AS date, 'NODE' AS entryKind, dated[0] AS dateProperty, n AS node, null AS edge, null AS target
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE NOT $onlyNodes AND ($types IS NULL OR type(r) IN $types)
  UNWIND [p IN $relationshipDateProperties WHERE r[p] IS NOT NULL | [p, r[p]]] AS dated
  RETURN dated[1] AS date, 'RELATIONSHIP' AS entryKind, dated[0] AS dateProperty, a AS node,
    { type: type(r), source: a.id, target: b.id, properties: properties(r) } AS edge, b AS target
}
WITH date, entryKind, dateProperty, node, edge, target
WHERE ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to + '~')
RETURN date, entryKind, dateProperty,
  node { .*, sourceText: null, kind: [label IN labels(node) WHERE label <> 'Entity'][0] } AS node,
  edge,
  CASE WHEN target IS NULL THEN null ELSE target { .*, sourceText: null, kind: [label IN labels(target) WHERE label <> 'Entity'][0] } END AS target
ORDER BY date, entryKind, node.id, edge.type, dateProperty
LIMIT $first
