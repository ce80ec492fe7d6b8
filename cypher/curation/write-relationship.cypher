// Replaces every property of a relationship (locked before). `$TYPE` comes from the RelationshipType enum.
// Params: $id: String, $properties: Map (every stored property, timestamps included)
// Returns: { after: Map }
MATCH ()-[r:`$TYPE` {id: $id}]->()
SET r = $properties
RETURN properties(r) AS after
