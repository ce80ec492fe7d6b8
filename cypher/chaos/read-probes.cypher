// The probe writes of one chaos run that are in the database.
// Params: $run (string).
// Returns: one row, seqs (list of integers).
MATCH (p:ChaosProbe {run: $run})
RETURN collect(p.seq) AS seqs
