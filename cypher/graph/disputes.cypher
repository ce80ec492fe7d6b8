// Every fact on which sources disagree: the claims about one property of one node, the preferred claim first.
// Params: $fields (only nodeProperties and nodeSources are read), $labelProperty: { kind: the property that labels it }
// Returns: { subject: Map, property: String, claims: [Map] }
MATCH (claim:Claim)-[:ABOUT]->(subject:Entity)
WITH subject, claim
ORDER BY claim.preferred DESC, claim.id
WITH subject, claim.property AS property, collect(claim { .* }) AS claims
RETURN subject { .id, kind: [l IN labels(subject) WHERE l <> 'Entity'][0], label: subject[$labelProperty[[l IN labels(subject) WHERE l <> 'Entity'][0]]],
    properties: CASE WHEN $fields.nodeProperties THEN [k IN keys(subject) WHERE NOT k IN ['sources', 'sourceText', 'symbolKeys'] | [k, subject[k]]] END,
    sources: CASE WHEN $fields.nodeSources THEN subject.sources END } AS subject, property, claims
ORDER BY subject.id, property
