// Facts (subject and property) whose claims do not have exactly one preferred claim, after a write.
// Params: $facts: [{ subject: String, property: String }]
// Returns: one row per broken fact: { subject: String, property: String, preferred: Int }
UNWIND $facts AS fact
MATCH (c:Claim {subject: fact.subject, property: fact.property})
WITH fact, sum(CASE WHEN c.preferred THEN 1 ELSE 0 END) AS preferred
WHERE preferred <> 1
RETURN fact.subject AS subject, fact.property AS property, preferred
