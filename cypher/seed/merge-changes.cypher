// Restores audit-trail entries from a dump's changes.yaml; an entry already present is left alone.
// Params: $rows: [Map] ({ id, at, seq, actor, operation, action, target, targetKind, before?, after? })
// Returns: nothing; the caller reads the update counters.
UNWIND $rows AS row
MERGE (c:Change {id: row.id})
WITH c, row
WHERE properties(c) <> row
SET c = row
