// Constraints and indexes of the R2P graph. Every statement is IF NOT EXISTS, so the file can be re-run.
// Applied by `npm start`, `npm run seed` and the tests before any data is written.

// Ids are unique across all kinds: every node also carries the :Entity label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT seed_state_id IF NOT EXISTS FOR (n:SeedState) REQUIRE n.id IS UNIQUE;
// The audit trail (:Change, not :Entity): looked up by time and by the node or relationship changed.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.target);

// The model's own constraints and indexes (unique relationship ids per type, the indexed properties of each
// kind, the full-text index over the searchable properties) are made from src/model by
// src/graph/schema-statements.ts, after this file.
