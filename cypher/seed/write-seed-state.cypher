// Records which seed files the graph holds, so that `npm start` loads them only when they changed.
// Params: $hash: String (sha-256 of the seed files)
// Returns: nothing.
MERGE (s:SeedState {id: 'seed-state'})
WITH s
WHERE s.hash IS NULL OR s.hash <> $hash
SET s.hash = $hash, s.loadedAt = toString(datetime())
