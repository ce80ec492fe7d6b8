// Full-text search over titles, names, wording, texts and source passages (index entity_text). The index is
// asked for $fetch hits only, best first, so that a common word costs the page, not every match; the caller
// asks again for more when a kinds filter left the page short while the index had more.
// Params: $query: a Lucene query built from escaped user words, $kinds: [String] | null, $first: Int,
//         $fetch: Int (index hits to read, at least $first), $fields (only nodeProperties and nodeSources are read),
//         $labelProperty: { kind: the property that labels it }
// Returns: one row { read: Int (index hits read), hits: [{ score: Float, node: Map }] }, best first
CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $fetch}) YIELD node, score
WITH collect({ node: node, score: score }) AS candidates
CALL {
  WITH candidates
  UNWIND candidates AS candidate
  WITH candidate.node AS node, candidate.score AS score
  WHERE $kinds IS NULL OR any(label IN labels(node) WHERE label IN $kinds)
  WITH node, score
  ORDER BY score DESC, node.id
  LIMIT $first
  RETURN collect({ score: score, node: node { .id, kind: [l IN labels(node) WHERE l <> 'Entity'][0], label: node[$labelProperty[[l IN labels(node) WHERE l <> 'Entity'][0]]],
      properties: CASE WHEN $fields.nodeProperties THEN [k IN keys(node) WHERE NOT k IN ['sources', 'sourceText', 'symbolKeys'] | [k, node[k]]] END,
      sources: CASE WHEN $fields.nodeSources THEN node.sources END } }) AS hits
}
RETURN size(candidates) AS read, hits
