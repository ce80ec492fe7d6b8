// Removes every chaos probe node, of this run and of any run that was interrupted before its clean-up.
// Params: none.
// Returns: deleted (integer).
MATCH (p:ChaosProbe)
DETACH DELETE p
RETURN count(*) AS deleted
