// Makes a claim's ABOUT relationship match its subject, property and sources, as the seed loader builds it.
// Params: $id: String (the claim), $subject: String, $properties: Map (id, property, sources, sourceText)
// Returns: nothing.
MATCH (c:Claim {id: $id})
OPTIONAL MATCH (c)-[old:ABOUT]->()
DELETE old
WITH DISTINCT c
MATCH (s:Entity {id: $subject})
CREATE (c)-[r:ABOUT]->(s)
SET r = $properties
