// Finds nodes by id, or a document by any of its symbols (spacing and dash variants folded into `key`).
// Params: $lookups: [{ index: Int, id: String, key: String (symbol key as an entity_symbol index phrase) }],
//         $columns: [String] (the properties to project), $withSources: Boolean
// Returns: one row per lookup found: { index: Int, node: { id, kind, properties: [[name, value]], sources } }
UNWIND $lookups AS lookup
OPTIONAL MATCH (exact:Entity {id: lookup.id})
// The alias lookup runs only for a lookup whose id matched no node.
WITH lookup, exact, COLLECT {
  UNWIND CASE WHEN exact IS NULL THEN [lookup.key] ELSE [] END AS aliasKey
  CALL db.index.fulltext.queryNodes('entity_symbol', aliasKey, {limit: 1}) YIELD node AS alias
  RETURN alias
} AS aliases
WITH lookup, coalesce(exact, aliases[0]) AS found
WHERE found IS NOT NULL
RETURN lookup.index AS index, found { .id, kind: [label IN labels(found) WHERE label <> 'Entity'][0],
  properties: [name IN $columns WHERE found[name] IS NOT NULL | [name, found[name]]],
  sources: CASE WHEN $withSources THEN found.sources END } AS node
