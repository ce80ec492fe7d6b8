// Creates nodes of one kind in an empty database, committing every 10,000: the bulk load of a large graph,
// where MERGE's per-row lookup is wasted work. Runs only in an auto-commit transaction (CALL ... IN TRANSACTIONS).
// `$KIND` is replaced by a label from the NodeKind enum (src/graph/fragments.ts) before the query is sent.
// Params: $rows: [{ properties: Map (as the seed loader stores them) }]
// Returns: nothing
UNWIND $rows AS row
CALL {
  WITH row
  CREATE (n:Entity:`$KIND`)
  SET n = row.properties
} IN TRANSACTIONS OF 10000 ROWS
