// Nodes that share neighbours with a node, ranked by Adamic-Adar (a shared neighbour counts 1/log(its degree),
// so a rare common neighbour says more than a hub such as the General Assembly). Claims are left out.
// Params: $id, $key (symbol key as an index phrase), $first: Int
// $fields: { nodeProperties, nodeSources, edgeProperties, edgeSources: Boolean } (passages only when sources are asked for),
// $labelProperty: { kind: the property that labels it }
// Returns: no row when the node does not exist; else { hits: [{ score, node: Map, shared: [Map], sharedCount }] }
OPTIONAL MATCH (exact:Entity {id: $id})
WITH exact, COLLECT {
  UNWIND CASE WHEN exact IS NULL THEN [$key] ELSE [] END AS aliasKey
  CALL db.index.fulltext.queryNodes('entity_symbol', aliasKey, {limit: 1}) YIELD node AS alias
  RETURN alias
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
    node: other { .id, kind: [l IN labels(other) WHERE l <> 'Entity'][0], label: other[$labelProperty[[l IN labels(other) WHERE l <> 'Entity'][0]]],
      properties: CASE WHEN $fields.nodeProperties THEN [k IN keys(other) WHERE NOT k IN ['sources', 'sourceText', 'symbolKeys'] | [k, other[k]]] END,
      sources: CASE WHEN $fields.nodeSources THEN other.sources END },
    shared: [s IN sharedNodes[0..10] | s { .id, kind: [l IN labels(s) WHERE l <> 'Entity'][0], label: s[$labelProperty[[l IN labels(s) WHERE l <> 'Entity'][0]]],
      properties: CASE WHEN $fields.nodeProperties THEN [k IN keys(s) WHERE NOT k IN ['sources', 'sourceText', 'symbolKeys'] | [k, s[k]]] END,
      sources: CASE WHEN $fields.nodeSources THEN s.sources END }],
    sharedCount: size(sharedNodes)
  }) AS hits
}
RETURN hits
