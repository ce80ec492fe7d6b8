// Other records that cite a node as a source document; a node they cite cannot be deleted.
// Relationships of the node itself do not count: they go with it.
// Params: $id: String, $needle: String (the JSON text `"document":"<id>"` of a stored source)
// Returns: { citing: [String] (up to 5 ids), total: Int }
CALL {
  MATCH (m:Entity)
  WHERE m.id <> $id AND any(source IN m.sources WHERE source CONTAINS $needle)
  RETURN m.id AS citing
  UNION
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.id <> $id AND b.id <> $id AND any(source IN r.sources WHERE source CONTAINS $needle)
  RETURN r.id AS citing
}
RETURN collect(citing)[..5] AS citing, count(citing) AS total
