// The concepts a soak run wrote through the API that are in the database.
// Params: $prefix (string, the run's id prefix, e.g. "concept:soak-1a2b-").
// Returns: one row, ids (list of strings).
MATCH (n:Concept)
WHERE n.id STARTS WITH $prefix
RETURN collect(n.id) AS ids
