// The nodes within $depth relationships of a start node, found breadth-first (nearest first), cut at $limit
// nodes, with every relationship among them. Each level expands only nodes not seen before and stops after
// $limit new ones (more could never be kept), so the work is bounded by $limit, never by a hub's degree.
// The alias lookup (a document by another of its symbols) runs only when no node has the id: it scans.
// Params: $id, $key (symbol key of $id), $depth: 1-4, $types: [String] | null, $direction: 'OUT'|'IN'|'BOTH', $limit: Int
// Returns: no row when the start node does not exist; else { nodes: [Map], edges: [Map], truncated: Boolean }
OPTIONAL MATCH (exact:Entity {id: $id})
WITH exact, COLLECT {
  UNWIND CASE WHEN exact IS NULL THEN [$key] ELSE [] END AS aliasKey
  MATCH (alias:Entity) WHERE aliasKey IN alias.symbolKeys
  RETURN alias LIMIT 1
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
  RETURN collect({ type: type(r), source: a.id, target: b.id, properties: properties(r) }) AS edges
}
RETURN [n IN kept | n { .*, sourceText: null, kind: [label IN labels(n) WHERE label <> 'Entity'][0] }] AS nodes, edges, truncated
