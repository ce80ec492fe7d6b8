// The preferred claims about some nodes, with what each must agree with (the seed loader checks the same):
// the subject's properties, and the relationships that start at it.
// Params: $ids: [String]
// Returns: one row per preferred claim: { claim: { id, property, value }, kind: String, subject: Map,
//          relationships: [{ type, to, properties: Map }] }
UNWIND $ids AS id
MATCH (claim:Claim {subject: id, preferred: true})
MATCH (s:Entity {id: id})
RETURN claim { .id, .property, .value } AS claim,
  [label IN labels(s) WHERE label <> 'Entity'][0] AS kind,
  properties(s) AS subject,
  [(s)-[r]->(m:Entity) | { type: type(r), to: m.id, properties: properties(r) }] AS relationships
