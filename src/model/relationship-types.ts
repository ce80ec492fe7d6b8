import { bool, choice, date, int, PropertySpec, RelationshipTypeSpec, text } from './declare';

/**
 * Every property a relationship may carry, declared once: a name means the same thing on every type that
 * uses it. Each type below names the ones that fit it.
 */
export const RELATIONSHIP_PROPERTIES = {
  date: date({ description: 'When the relation took place (ISO date).', input: 'ISO date: YYYY-MM-DD, YYYY-MM or YYYY.' }),
  from: date({ description: 'Start of a term (ISO date).', input: 'Start of a term.' }),
  to: date({ description: 'End of a term (ISO date); null while it lasts.', input: 'End of a term.' }),
  by: text(200, { description: 'The id of the person who acted.', input: 'The id of the person who acted, e.g. who presented a report.' }),
  role: text(500),
  post: text(200, { description: 'The id of the post a succession is in.' }),
  acting: bool(),
  partTime: bool({ description: 'A post held part-time.' }),
  provision: text(300),
  verb: text(300),
  paragraph: int(1, 1000, { description: 'The number of the paragraph that shows it, where the text numbers its paragraphs.' }),
  paragraphKind: choice(['preambular', 'operative'], { description: 'Whether that paragraph is preambular or operative.' }),
  note: text(1000),
  property: text(100, { description: 'For a claim: the property it is about.' }),
  annotation: bool({ description: 'Always true: a relationship the loader derived from others, not a fact read in a source.' }),
  rule: text(200, { description: 'The rule that derived it.' }),
} as const satisfies Record<string, PropertySpec>;

export type RelationshipPropertyName = keyof typeof RELATIONSHIP_PROPERTIES;

/**
 * Every relationship type of the R2P graph, with the kinds it may connect (the loader and every curation
 * mutation refuse other endpoints). Every hand-written type may also carry a `note`.
 */
export const RELATIONSHIP_TYPES = {
  ISSUED_BY: { from: ['Report', 'Document'], to: ['Person', 'Office', 'Organ', 'Organization'], properties: [], derived: false },
  PRESENTED_AT: { from: ['Report'], to: ['Dialogue'], properties: ['date', 'by'], dateProperty: 'date', derived: false },
  DISCUSSED_AT: { from: ['Report'], to: ['Dialogue'], properties: [], derived: false },
  ADDRESSES: {
    from: ['Report', 'Resolution', 'Document', 'Dialogue', 'Measure', 'Pillar', 'Organ'],
    to: ['Pillar', 'Crime', 'Concept'],
    properties: [],
    derived: false,
  },
  CONCERNS: { from: ['Resolution', 'PresidentialStatement', 'Report', 'Document'], to: ['Country', 'Situation'], properties: [], derived: false },
  ADOPTED_BY: { from: ['Resolution', 'PresidentialStatement'], to: ['Organ'], properties: ['date'], dateProperty: 'date', derived: false },
  TAKES_NOTE_OF: { from: ['Resolution'], to: ['Report', 'Document'], properties: [], derived: false },
  HELD: { from: ['Person'], to: ['Post'], properties: ['from', 'to', 'acting', 'partTime'], dateProperty: 'from', derived: false, key: 'one term of several in one post, e.g. `acting-2020`' },
  SUCCEEDED: { from: ['Person'], to: ['Person'], properties: ['post', 'date'], dateProperty: 'date', derived: false },
  SPOKE_AT: { from: ['Person', 'Organ', 'Organization', 'Country'], to: ['Dialogue'], properties: ['role', 'date'], dateProperty: 'date', derived: false },
  PANELIST_AT: { from: ['Person'], to: ['Dialogue'], properties: ['role'], derived: false },
  BELONGS_TO: { from: ['Measure'], to: ['Pillar'], properties: [], derived: false },
  PART_OF: {
    from: ['Post', 'Organ', 'Office', 'Dialogue', 'Document', 'Instrument', 'Pillar'],
    to: ['Organ', 'Office', 'Organization', 'Event', 'Country', 'Instrument', 'Concept', 'Dialogue'],
    properties: [],
    derived: false,
  },
  INVOLVES: { from: ['Measure'], to: ['Organ', 'Organization', 'Instrument', 'Post', 'Office'], properties: ['role'], derived: false },
  PROPOSED_IN: { from: ['Measure'], to: ['Report', 'Document'], properties: [], derived: false },
  CITES: { from: ['Report', 'Resolution', 'Document'], to: ['Report', 'Resolution', 'Document', 'Instrument'], properties: ['provision'], derived: false },
  BUILDS_ON: {
    from: ['Resolution', 'PresidentialStatement', 'Report'],
    to: ['Resolution', 'PresidentialStatement', 'Report'],
    properties: ['verb'],
    derived: false,
  },
  MERGED_INTO: { from: ['Office'], to: ['Office'], properties: ['date'], dateProperty: 'date', derived: false },
  HEADED_BY: { from: ['Office'], to: ['Post'], properties: [], derived: false },
  ENSHRINED_IN: { from: ['Concept'], to: ['Instrument', 'Resolution'], properties: ['provision'], derived: false },
  SUMMARISES: { from: ['Document'], to: ['Report'], properties: [], derived: false },
  PUBLISHED_BY: { from: ['Document'], to: ['Organization', 'Organ', 'Office'], properties: [], derived: false },
  FEATURES: { from: ['Document'], to: ['Person', 'Dialogue', 'Event'], properties: [], derived: false },
  CREATED_BY: { from: ['Document'], to: ['Person'], properties: ['role'], derived: false },
  CONVENED_BY: { from: ['Dialogue'], to: ['Organ', 'Person'], properties: [], derived: false },
  REFERENCES: {
    from: ['Resolution', 'PresidentialStatement', 'Report', 'Document'],
    to: ['Concept'],
    properties: ['paragraph', 'paragraphKind'],
    derived: false,
    key: 'the paragraph: `op4` for operative paragraph 4, `pp3` for preambular paragraph 3',
  },
  LOCATED_IN: { from: ['Situation'], to: ['Country'], properties: [], derived: false },
  ABOUT: { from: ['Claim'], to: 'any', properties: ['property'], derived: true },
  USES_LANGUAGE_OF: { from: ['Resolution', 'PresidentialStatement'], to: ['Pillar'], properties: ['annotation', 'rule'], derived: true },
} as const satisfies Record<string, RelationshipTypeSpec<string> & { properties: readonly RelationshipPropertyName[] }>;

/** The name of a relationship type: also its Neo4j relationship type. */
export type RelationshipTypeName = keyof typeof RELATIONSHIP_TYPES;
