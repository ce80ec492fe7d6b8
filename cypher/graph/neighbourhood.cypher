// The nodes within $depth relationships of a start node, found breadth-first (nearest first), cut at $limit
// nodes, with every relationship among them. Each level expands only nodes not seen before and stops after
// $limit new ones (more could never be kept), so the work is bounded by $limit, never by a hub's degree.
// The alias lookup (a document by another of its symbols) runs only when no node has the id, through the
// entity_symbol index.
// Params: $id, $key (symbol key of $id, as an index phrase), $depth: 1-4, $types: [String] | null, $direction: 'OUT'|'IN'|'BOTH', $limit: Int
// $fields: { nodeProperties, nodeSources, edgeProperties, edgeSources: Boolean } (passages only when sources are asked for),
// $labelProperty: { kind: the property that labels it }
// Returns: no row when the start node does not exist; else one row of parallel lists, a column per field (nodeIds,
// nodeKinds, nodeLabels, nodeProperties, nodePassages; edgeIds, edgeTypes, edgeSources, edgeTargets, edgeProperties,
// edgePassages; the unasked parts null) and truncated. Columns, not a map per node and relationship: the maps'
// keys were most of what Neo4j built and the driver decoded (2-3x the time of the whole statement on the seed graph).
OPTIONAL MATCH (exact:Entity {id: $id})
WITH exact, COLLECT {
  UNWIND CASE WHEN exact IS NULL THEN [$key] ELSE [] END AS aliasKey
  CALL db.index.fulltext.queryNodes('entity_symbol', aliasKey, {limit: 1}) YIELD node AS alias
  RETURN alias
} AS aliases
WITH coalesce(exact, aliases[0]) AS start
WHERE start IS NOT NULL
WITH start, [start] AS seen, [start] AS frontier
CALL {
  WITH seen, frontier
  UNWIND CASE WHEN $depth >= 1 THEN frontier ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = f))
    AND NOT m IN seen
  WITH DISTINCT m LIMIT $limit
  RETURN collect(m) AS next
}
WITH start, seen + next AS seen, next AS frontier
CALL {
  WITH seen, frontier
  UNWIND CASE WHEN $depth >= 2 AND size(seen) <= $limit THEN frontier ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = f))
    AND NOT m IN seen
  WITH DISTINCT m LIMIT $limit
  RETURN collect(m) AS next
}
WITH start, seen + next AS seen, next AS frontier
CALL {
  WITH seen, frontier
  UNWIND CASE WHEN $depth >= 3 AND size(seen) <= $limit THEN frontier ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = f))
    AND NOT m IN seen
  WITH DISTINCT m LIMIT $limit
  RETURN collect(m) AS next
}
WITH start, seen + next AS seen, next AS frontier
CALL {
  WITH seen, frontier
  UNWIND CASE WHEN $depth >= 4 AND size(seen) <= $limit THEN frontier ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = f))
    AND NOT m IN seen
  WITH DISTINCT m LIMIT $limit
  RETURN collect(m) AS next
}
WITH seen + next AS seen
WITH seen[0..$limit] AS kept, size(seen) > $limit AS truncated
CALL {
  WITH kept
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN kept AND ($types IS NULL OR type(r) IN $types)
  RETURN collect(r) AS rels, collect(a.id) AS edgeSources, collect(b.id) AS edgeTargets
}
WITH kept, truncated, rels, edgeSources, edgeTargets, [n IN kept | [l IN labels(n) WHERE l <> 'Entity'][0]] AS nodeKinds
RETURN [n IN kept | n.id] AS nodeIds, nodeKinds,
  [i IN range(0, size(kept) - 1) | kept[i][$labelProperty[nodeKinds[i]]]] AS nodeLabels,
  CASE WHEN $fields.nodeProperties THEN [n IN kept | [k IN keys(n) WHERE NOT k IN ['sources', 'sourceText', 'symbolKeys'] | [k, n[k]]]] END AS nodeProperties,
  CASE WHEN $fields.nodeSources THEN [n IN kept | n.sources] END AS nodePassages,
  [r IN rels | r.id] AS edgeIds, [r IN rels | type(r)] AS edgeTypes, edgeSources, edgeTargets,
  CASE WHEN $fields.edgeProperties THEN [r IN rels | [k IN keys(r) WHERE NOT k IN ['sources', 'sourceText'] | [k, r[k]]]] END AS edgeProperties,
  CASE WHEN $fields.edgeSources THEN [r IN rels | r.sources] END AS edgePassages, truncated
