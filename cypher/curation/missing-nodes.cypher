// Which of the given ids name no node: checks relationship ends, claim subjects and source documents.
// Params: $ids: [String]
// Returns: { missing: [String] }
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
WITH id, n
WHERE n IS NULL
RETURN collect(id) AS missing
