// Nodes that share neighbours with a node, ranked by Adamic-Adar (a shared neighbour counts 1/log(its degree),
// so a rare common neighbour says more than a hub such as the General Assembly). Claims are left out.
// Params: $id, $key, $first: Int
// Returns: no row when the node does not exist; else { hits: [{ score, node: Map, shared: [Map], sharedCount }] }
OPTIONAL MATCH (exact:Entity {id: $id})
WITH exact, COLLECT {
  UNWIND CASE WHEN exact IS NULL THEN [$key] ELSE [] END AS aliasKey
  MATCH (alias:Entity) WHERE aliasKey IN alias.symbolKeys
  RETURN alias LIMIT 1
} AS aliases
WITH coalesce(exact, aliases[0]) AS start
WHERE start IS NOT NULL
CALL {
  WITH start
  MATCH (start)--(shared:Entity)--(other:Entity)
  WHERE other <> start AND NOT other:Claim AND NOT shared:Claim
  WITH DISTINCT other, shared
  WITH other, shared, 1.0 / log(toFloat(COUNT { (shared)--() })) AS weight
  ORDER BY weight DESC
  WITH other, collect(shared) AS sharedNodes, sum(weight) AS score
  ORDER BY score DESC, other.id
  LIMIT $first
  RETURN collect({
    score: score,
    node: other { .*, sourceText: null, kind: [label IN labels(other) WHERE label <> 'Entity'][0] },
    shared: [s IN sharedNodes[0..10] | s { .*, sourceText: null, kind: [label IN labels(s) WHERE label <> 'Entity'][0] }],
    sharedCount: size(sharedNodes)
  }) AS hits
}
RETURN hits
