// Deletes one relationship. `$TYPE` comes from the RelationshipType enum.
// Params: $id: String
// Returns: nothing.
MATCH ()-[r:`$TYPE` {id: $id}]->()
DELETE r
