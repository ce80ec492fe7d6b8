// Every fact on which sources disagree: the claims about one property of one node, the preferred claim first.
// Params: none
// Returns: { subject: Map, property: String, claims: [Map] }
MATCH (claim:Claim)-[:ABOUT]->(subject:Entity)
WITH subject, claim
ORDER BY claim.preferred DESC, claim.id
WITH subject, claim.property AS property, collect(claim { .* }) AS claims
RETURN subject { .*, sourceText: null, kind: [label IN labels(subject) WHERE label <> 'Entity'][0] } AS subject, property, claims
ORDER BY subject.id, property
