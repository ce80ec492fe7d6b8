// Deletes a node and the relationships it still has (the caller checked and recorded them).
// Params: $id: String
// Returns: nothing.
MATCH (n:Entity {id: $id})
DETACH DELETE n
