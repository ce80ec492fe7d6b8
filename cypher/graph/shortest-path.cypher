// One shortest path between two nodes (or every shortest path, at most 25), over the given types.
// `$MAX_DEPTH` is replaced by a validated whole number (1-10) before the query is sent: Cypher takes no
// parameter there. `$PATHS` is replaced by shortestPath or allShortestPaths.
// Params: $fromId, $fromKey, $toId, $toKey (symbol keys as index phrases), $types: [String] | null
// $fields: { nodeProperties, nodeSources, edgeProperties, edgeSources: Boolean } (passages only when sources are asked for),
// $labelProperty: { kind: the property that labels it }
// Returns: { found: Boolean (both ends exist), nodes: [Map], edges: [Map] }; empty nodes when no path exists
OPTIONAL MATCH (exactFrom:Entity {id: $fromId})
WITH exactFrom, COLLECT {
  UNWIND CASE WHEN exactFrom IS NULL THEN [$fromKey] ELSE [] END AS aliasKey
  CALL db.index.fulltext.queryNodes('entity_symbol', aliasKey, {limit: 1}) YIELD node AS alias
  RETURN alias
} AS aliasesFrom
WITH coalesce(exactFrom, aliasesFrom[0]) AS a
OPTIONAL MATCH (exactTo:Entity {id: $toId})
WITH a, exactTo, COLLECT {
  UNWIND CASE WHEN exactTo IS NULL THEN [$toKey] ELSE [] END AS aliasKey
  CALL db.index.fulltext.queryNodes('entity_symbol', aliasKey, {limit: 1}) YIELD node AS alias
  RETURN alias
} AS aliasesTo
WITH a, coalesce(exactTo, aliasesTo[0]) AS b
CALL {
  WITH a, b
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = $PATHS((a)-[*..$MAX_DEPTH]-(b))
  WHERE $types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types)
  WITH p LIMIT 25
  UNWIND relationships(p) AS r
  WITH collect(DISTINCT r) AS rels, collect(DISTINCT startNode(r)) + collect(DISTINCT endNode(r)) AS ends
  RETURN rels, ends
}
WITH a, b, rels, CASE WHEN a IS NOT NULL AND a = b THEN [a] ELSE ends END AS ends
UNWIND (CASE WHEN size(ends) = 0 THEN [null] ELSE ends END) AS n
WITH a, b, rels, collect(DISTINCT n) AS nodes
RETURN a IS NOT NULL AND b IS NOT NULL AS found,
  [n IN nodes | n { .id, kind: [l IN labels(n) WHERE l <> 'Entity'][0], label: n[$labelProperty[[l IN labels(n) WHERE l <> 'Entity'][0]]],
    properties: CASE WHEN $fields.nodeProperties THEN [k IN keys(n) WHERE NOT k IN ['sources', 'sourceText', 'symbolKeys'] | [k, n[k]]] END,
    sources: CASE WHEN $fields.nodeSources THEN n.sources END }] AS nodes,
  [r IN rels | { id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,
    properties: CASE WHEN $fields.edgeProperties THEN [k IN keys(r) WHERE NOT k IN ['sources', 'sourceText'] | [k, r[k]]] END,
    sources: CASE WHEN $fields.edgeSources THEN r.sources END }] AS edges
