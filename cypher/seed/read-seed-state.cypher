// The seed files the graph was last loaded from.
// Params: none
// Returns: { hash: String, loadedAt: String } or no row before the first load.
MATCH (s:SeedState {id: 'seed-state'})
RETURN s.hash AS hash, s.loadedAt AS loadedAt
