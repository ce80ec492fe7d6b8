// Finds nodes by id, or a document by any of its symbols (spacing and dash variants folded into `key`).
// Params: $lookups: [{ index: Int, id: String, key: String }]
// Returns: one row per lookup found: { index: Int, node: Map (properties + kind) }
UNWIND $lookups AS lookup
OPTIONAL MATCH (exact:Entity {id: lookup.id})
// The alias lookup scans, so it runs only for a lookup whose id matched no node.
WITH lookup, exact, COLLECT {
  UNWIND CASE WHEN exact IS NULL THEN [lookup.key] ELSE [] END AS aliasKey
  CALL db.index.fulltext.queryNodes('entity_symbol', aliasKey, {limit: 1}) YIELD node AS alias
  RETURN alias
} AS aliases
WITH lookup, coalesce(exact, aliases[0]) AS found
WHERE found IS NOT NULL
RETURN lookup.index AS index, found { .*, sourceText: null, kind: [label IN labels(found) WHERE label <> 'Entity'][0] } AS node
