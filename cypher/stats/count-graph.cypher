// Nodes per kind and relationships per type, and how many of either lack a source (should be 0).
// Params: none
// Returns: { nodes: [{name, count}], relationships: [{name, count}], nodesWithoutSource: Int, relationshipsWithoutSource: Int,
//           disputedFacts: Int (distinct subject and property among claims) }
CALL {
  MATCH (n:Entity)
  UNWIND [label IN labels(n) WHERE label <> 'Entity'] AS kind
  WITH kind, count(*) AS count, sum(CASE WHEN size(coalesce(n.sources, [])) = 0 THEN 1 ELSE 0 END) AS unsourced
  ORDER BY kind
  RETURN collect({name: kind, count: count}) AS nodes, sum(unsourced) AS nodesWithoutSource
}
CALL {
  MATCH (:Entity)-[r]->(:Entity)
  WITH type(r) AS type, count(*) AS count, sum(CASE WHEN size(coalesce(r.sources, [])) = 0 THEN 1 ELSE 0 END) AS unsourced
  ORDER BY type
  RETURN collect({name: type, count: count}) AS relationships, sum(unsourced) AS relationshipsWithoutSource
}
RETURN nodes, relationships, nodesWithoutSource, relationshipsWithoutSource,
  COUNT { MATCH (c:Claim) RETURN DISTINCT c.subject, c.property } AS disputedFacts
