// The whole graph for `npm run dump`, read in one statement so that the dump is one consistent snapshot:
// every node, every relationship except the derived ones (the seed loader makes those again: ABOUT from each
// claim's subject, and so on), and the audit trail.
// Params: $derivedTypes: [String]
// Returns: one row { nodes: [{ kind, properties }] by id, relationships: [{ type, from, to, properties }] by id,
//          changes: [Map] oldest first }
CALL {
  MATCH (n:Entity)
  WITH n ORDER BY n.id
  RETURN collect({ kind: [label IN labels(n) WHERE label <> 'Entity'][0], properties: properties(n) }) AS nodes
}
CALL {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE NOT type(r) IN $derivedTypes
  WITH a, r, b ORDER BY r.id
  RETURN collect({ type: type(r), from: a.id, to: b.id, properties: properties(r) }) AS relationships
}
CALL {
  MATCH (c:Change)
  WITH c ORDER BY c.at, c.seq, c.id
  RETURN collect(properties(c)) AS changes
}
RETURN nodes, relationships, changes
