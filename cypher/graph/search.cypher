// Full-text search over titles, names, wording, texts and source passages (index entity_text).
// Params: $query: a Lucene query built from escaped user words, $kinds: [String] | null, $first: Int
// Returns: { score: Float, node: Map }, best first
CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
WHERE $kinds IS NULL OR any(label IN labels(node) WHERE label IN $kinds)
RETURN score, node { .*, sourceText: null, kind: [label IN labels(node) WHERE label <> 'Entity'][0] } AS node
ORDER BY score DESC, node.id
LIMIT $first
