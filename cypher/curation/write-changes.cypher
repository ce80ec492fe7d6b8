// Appends entries to the audit trail in the transaction of the write they describe. (:Change) nodes are
// not :Entity, so searches, statistics and graph queries never see them.
// Params: $changes: [Map] ({ id, at, seq, actor, operation, action, target, targetKind, before?, after? })
// Returns: nothing.
UNWIND $changes AS change
CREATE (c:Change)
SET c = change
