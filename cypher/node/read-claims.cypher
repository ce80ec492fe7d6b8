// The claims about several nodes, the preferred claim of each fact first.
// Params: $ids: [String]
// Returns: { id: String, claims: [Map] }
UNWIND $ids AS id
OPTIONAL MATCH (claim:Claim)-[:ABOUT]->(:Entity {id: id})
WITH id, claim
ORDER BY claim.property, claim.preferred DESC, claim.id
RETURN id, [c IN collect(claim) | c { .* }] AS claims
