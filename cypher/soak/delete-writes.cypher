// Removes every concept a soak run wrote, with its audit entries, of this run and of any run that was
// interrupted before its clean-up.
// Params: none.
// Returns: deleted (integer, concepts and audit entries).
CALL {
  MATCH (n:Concept) WHERE n.id STARTS WITH 'concept:soak-'
  DETACH DELETE n
  RETURN count(*) AS concepts
}
CALL {
  MATCH (c:Change) WHERE c.target STARTS WITH 'concept:soak-'
  DELETE c
  RETURN count(*) AS changes
}
RETURN concepts + changes AS deleted
