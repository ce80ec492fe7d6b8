// The chaos run's acknowledged write: one probe node, outside the R2P graph (no :Entity label).
// Params: $run (string, the run's id), $seq (integer, the write's number in the run).
// Returns: nothing.
CREATE (:ChaosProbe {run: $run, seq: $seq})
