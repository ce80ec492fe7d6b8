// Dated nodes and dated relationships between $from and $to (inclusive; partial dates cover their span), in order.
// Params: $from: String | null, $to: String | null, $nodeKinds: [String] | null, $types: [String] | null,
//         $onlyNodes / $onlyRelationships: Boolean (a kinds filter that names only one side), $first: Int,
//         $nodeDateProperties / $relationshipDateProperties: [String] (the model's date properties),
//         $fields: { nodeProperties, nodeSources, edgeProperties, edgeSources: Boolean } (passages only when sources are asked for),
//         $labelProperty: { kind: the property that labels it }
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
    r AS edge, b AS target
}
WITH date, entryKind, dateProperty, node, edge, target
WHERE ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to + '~')
WITH date, entryKind, dateProperty, node, edge, target
ORDER BY date, entryKind, node.id, type(edge), dateProperty
LIMIT $first
RETURN date, entryKind, dateProperty,
  node { .id, kind: [l IN labels(node) WHERE l <> 'Entity'][0], label: node[$labelProperty[[l IN labels(node) WHERE l <> 'Entity'][0]]],
    properties: CASE WHEN $fields.nodeProperties THEN [k IN keys(node) WHERE NOT k IN ['sources', 'sourceText', 'symbolKeys'] | [k, node[k]]] END,
    sources: CASE WHEN $fields.nodeSources THEN node.sources END } AS node,
  CASE WHEN edge IS NULL THEN null ELSE { id: edge.id, type: type(edge), source: node.id, target: target.id,
    properties: CASE WHEN $fields.edgeProperties THEN [k IN keys(edge) WHERE NOT k IN ['sources', 'sourceText'] | [k, edge[k]]] END,
    sources: CASE WHEN $fields.edgeSources THEN edge.sources END } END AS edge,
  CASE WHEN target IS NULL THEN null ELSE target { .id, kind: [l IN labels(target) WHERE l <> 'Entity'][0], label: target[$labelProperty[[l IN labels(target) WHERE l <> 'Entity'][0]]],
    properties: CASE WHEN $fields.nodeProperties THEN [k IN keys(target) WHERE NOT k IN ['sources', 'sourceText', 'symbolKeys'] | [k, target[k]]] END,
    sources: CASE WHEN $fields.nodeSources THEN target.sources END } END AS target
