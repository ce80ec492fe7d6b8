// Constraints and indexes of the R2P graph. Every statement is IF NOT EXISTS, so the file can be re-run.
// Applied by `npm start`, `npm run seed` and the tests before any data is written.

// Ids are unique across all kinds: every node also carries the :Entity label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT seed_state_id IF NOT EXISTS FOR (n:SeedState) REQUIRE n.id IS UNIQUE;
// The audit trail (:Change, not :Entity): looked up by time and by the node or relationship changed.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.target);

// Relationship ids are unique per type (one constraint per RelationshipType; test/unit checks the list is complete).
CREATE CONSTRAINT rel_issued_by_id IF NOT EXISTS FOR ()-[r:ISSUED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_presented_at_id IF NOT EXISTS FOR ()-[r:PRESENTED_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_discussed_at_id IF NOT EXISTS FOR ()-[r:DISCUSSED_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_addresses_id IF NOT EXISTS FOR ()-[r:ADDRESSES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_concerns_id IF NOT EXISTS FOR ()-[r:CONCERNS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_adopted_by_id IF NOT EXISTS FOR ()-[r:ADOPTED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_takes_note_of_id IF NOT EXISTS FOR ()-[r:TAKES_NOTE_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_held_id IF NOT EXISTS FOR ()-[r:HELD]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_succeeded_id IF NOT EXISTS FOR ()-[r:SUCCEEDED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_spoke_at_id IF NOT EXISTS FOR ()-[r:SPOKE_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_panelist_at_id IF NOT EXISTS FOR ()-[r:PANELIST_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_belongs_to_id IF NOT EXISTS FOR ()-[r:BELONGS_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_involves_id IF NOT EXISTS FOR ()-[r:INVOLVES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_proposed_in_id IF NOT EXISTS FOR ()-[r:PROPOSED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_cites_id IF NOT EXISTS FOR ()-[r:CITES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_builds_on_id IF NOT EXISTS FOR ()-[r:BUILDS_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_merged_into_id IF NOT EXISTS FOR ()-[r:MERGED_INTO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_headed_by_id IF NOT EXISTS FOR ()-[r:HEADED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_enshrined_in_id IF NOT EXISTS FOR ()-[r:ENSHRINED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_summarises_id IF NOT EXISTS FOR ()-[r:SUMMARISES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_published_by_id IF NOT EXISTS FOR ()-[r:PUBLISHED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_features_id IF NOT EXISTS FOR ()-[r:FEATURES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_created_by_id IF NOT EXISTS FOR ()-[r:CREATED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_convened_by_id IF NOT EXISTS FOR ()-[r:CONVENED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_about_id IF NOT EXISTS FOR ()-[r:ABOUT]-() REQUIRE r.id IS UNIQUE;

// Properties that lists filter or sort on.
CREATE INDEX report_date IF NOT EXISTS FOR (n:Report) ON (n.date);
CREATE INDEX resolution_date IF NOT EXISTS FOR (n:Resolution) ON (n.date);
CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE INDEX document_type IF NOT EXISTS FOR (n:Document) ON (n.documentType);
CREATE INDEX dialogue_start_date IF NOT EXISTS FOR (n:Dialogue) ON (n.startDate);
CREATE INDEX dialogue_format IF NOT EXISTS FOR (n:Dialogue) ON (n.format);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX post_name IF NOT EXISTS FOR (n:Post) ON (n.name);
CREATE INDEX pillar_number IF NOT EXISTS FOR (n:Pillar) ON (n.number);
CREATE INDEX crime_name IF NOT EXISTS FOR (n:Crime) ON (n.name);
CREATE INDEX measure_category IF NOT EXISTS FOR (n:Measure) ON (n.category);
CREATE INDEX organ_name IF NOT EXISTS FOR (n:Organ) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX office_name IF NOT EXISTS FOR (n:Office) ON (n.name);
CREATE INDEX instrument_name IF NOT EXISTS FOR (n:Instrument) ON (n.name);
CREATE INDEX concept_name IF NOT EXISTS FOR (n:Concept) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX instrument_date IF NOT EXISTS FOR (n:Instrument) ON (n.date);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX claim_subject IF NOT EXISTS FOR (n:Claim) ON (n.subject);

// A document by any of its symbols (symbolKeys, folded as src/schema/ids.ts folds them): the keyword analyzer
// keeps each key one term, so a lookup is one exact index hit, never a scan of every node.
CREATE FULLTEXT INDEX entity_symbol IF NOT EXISTS FOR (n:Entity) ON EACH [n.symbolKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};

// Full-text search over titles, names, wording, texts and source passages.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.title, n.name, n.text, n.wording, n.summary, n.description, n.definition, n.acronym, n.sourceText];
