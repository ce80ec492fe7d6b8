// The nodes within $depth relationships of any of several start nodes, found breadth-first from all of them
// at once (each level expands only nodes not seen before), and every relationship among all the nodes found,
// including relationships between the neighbourhoods of different starts.
// Params: $starts: [{ asked: String, id: String (normalised), key: String (symbol key) }], $depth: 0-4,
//         $types: [String] | null
// Returns: one row { missing: [String] (the asked ids that match no node), nodes: [Map], edges: [Map] };
//          nodes and edges are empty when anything is missing
UNWIND $starts AS wanted
OPTIONAL MATCH (exact:Entity {id: wanted.id})
WITH wanted, exact, COLLECT {
  UNWIND CASE WHEN exact IS NULL THEN [wanted.key] ELSE [] END AS aliasKey
  CALL db.index.fulltext.queryNodes('entity_symbol', aliasKey, {limit: 1}) YIELD node AS alias
  RETURN alias
} AS aliases
WITH wanted, coalesce(exact, aliases[0]) AS start
WITH collect(CASE WHEN start IS NULL THEN wanted.asked END) AS missing, collect(DISTINCT start) AS starts
WITH missing, CASE WHEN size(missing) = 0 THEN starts ELSE [] END AS seen
WITH missing, seen, seen AS frontier
CALL {
  WITH seen, frontier
  UNWIND CASE WHEN $depth >= 1 THEN frontier ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND NOT m IN seen
  RETURN collect(DISTINCT m) AS next
}
WITH missing, seen + next AS seen, next AS frontier
CALL {
  WITH seen, frontier
  UNWIND CASE WHEN $depth >= 2 THEN frontier ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND NOT m IN seen
  RETURN collect(DISTINCT m) AS next
}
WITH missing, seen + next AS seen, next AS frontier
CALL {
  WITH seen, frontier
  UNWIND CASE WHEN $depth >= 3 THEN frontier ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND NOT m IN seen
  RETURN collect(DISTINCT m) AS next
}
WITH missing, seen + next AS seen, next AS frontier
CALL {
  WITH seen, frontier
  UNWIND CASE WHEN $depth >= 4 THEN frontier ELSE [] END AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND NOT m IN seen
  RETURN collect(DISTINCT m) AS next
}
WITH missing, seen + next AS kept
CALL {
  WITH kept
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN kept AND ($types IS NULL OR type(r) IN $types)
  WITH a, r, b ORDER BY r.id
  RETURN collect({ type: type(r), source: a.id, target: b.id, properties: properties(r) }) AS edges
}
RETURN missing, [n IN kept | n { .*, sourceText: null, kind: [label IN labels(n) WHERE label <> 'Entity'][0] }] AS nodes, edges
