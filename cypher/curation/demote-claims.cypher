// When a claim becomes the preferred one, the other claims about the same fact stop being preferred.
// Params: $id: String (the new preferred claim), $subject: String, $property: String, $now: String
// Returns: one row per claim demoted: { id: String, before: Map, after: Map }
MATCH (o:Claim {subject: $subject, property: $property})
WHERE o.id <> $id AND o.preferred = true
SET o._lock = true
REMOVE o._lock
WITH o, properties(o) AS before
SET o.preferred = false, o.updatedAt = $now
RETURN o.id AS id, before, properties(o) AS after
