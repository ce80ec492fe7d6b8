// One shortest path between two nodes (or every shortest path, at most 25), over the given types.
// `$MAX_DEPTH` is replaced by a validated whole number (1-10) before the query is sent: Cypher takes no
// parameter there. `$PATHS` is replaced by shortestPath or allShortestPaths.
// Params: $fromId, $fromKey, $toId, $toKey, $types: [String] | null
// Returns: { found: Boolean (both ends exist), nodes: [Map], edges: [Map] }; empty nodes when no path exists
OPTIONAL MATCH (exactFrom:Entity {id: $fromId})
WITH exactFrom, COLLECT {
  UNWIND CASE WHEN exactFrom IS NULL THEN [$fromKey] ELSE [] END AS aliasKey
  MATCH (alias:Entity) WHERE aliasKey IN alias.symbolKeys
  RETURN alias LIMIT 1
} AS aliasesFrom
WITH coalesce(exactFrom, aliasesFrom[0]) AS a
OPTIONAL MATCH (exactTo:Entity {id: $toId})
WITH a, exactTo, COLLECT {
  UNWIND CASE WHEN exactTo IS NULL THEN [$toKey] ELSE [] END AS aliasKey
  MATCH (alias:Entity) WHERE aliasKey IN alias.symbolKeys
  RETURN alias LIMIT 1
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
  [n IN nodes | n { .*, sourceText: null, kind: [label IN labels(n) WHERE label <> 'Entity'][0] }] AS nodes,
  [r IN rels | { type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r) }] AS edges
