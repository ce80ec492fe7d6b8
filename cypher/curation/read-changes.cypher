// The audit trail, newest first: every change at or after a time, or about one node or relationship.
// Params: $since: String | null (ISO timestamp), $id: String | null, $first: Int
// Returns: { change: Map } per change
MATCH (c:Change)
WHERE ($since IS NULL OR c.at >= $since) AND ($id IS NULL OR c.target = $id)
RETURN c { .* } AS change
ORDER BY c.at DESC, c.seq DESC
LIMIT $first
