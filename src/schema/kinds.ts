import { registerEnumType } from 'type-graphql';

/** Every kind of node in the graph; each is also the node's Neo4j label. The closed list Cypher labels come from. */
export enum NodeKind {
  Report = 'Report',
  Resolution = 'Resolution',
  Document = 'Document',
  Dialogue = 'Dialogue',
  Person = 'Person',
  Post = 'Post',
  Pillar = 'Pillar',
  Crime = 'Crime',
  Measure = 'Measure',
  Organ = 'Organ',
  Organization = 'Organization',
  Office = 'Office',
  Instrument = 'Instrument',
  Concept = 'Concept',
  Event = 'Event',
  Country = 'Country',
  Claim = 'Claim',
}

/** Every relationship type; the closed list Cypher relationship types come from. */
export enum RelationshipType {
  ISSUED_BY = 'ISSUED_BY',
  PRESENTED_AT = 'PRESENTED_AT',
  DISCUSSED_AT = 'DISCUSSED_AT',
  ADDRESSES = 'ADDRESSES',
  CONCERNS = 'CONCERNS',
  ADOPTED_BY = 'ADOPTED_BY',
  TAKES_NOTE_OF = 'TAKES_NOTE_OF',
  HELD = 'HELD',
  SUCCEEDED = 'SUCCEEDED',
  SPOKE_AT = 'SPOKE_AT',
  PANELIST_AT = 'PANELIST_AT',
  BELONGS_TO = 'BELONGS_TO',
  PART_OF = 'PART_OF',
  INVOLVES = 'INVOLVES',
  PROPOSED_IN = 'PROPOSED_IN',
  CITES = 'CITES',
  BUILDS_ON = 'BUILDS_ON',
  MERGED_INTO = 'MERGED_INTO',
  HEADED_BY = 'HEADED_BY',
  ENSHRINED_IN = 'ENSHRINED_IN',
  SUMMARISES = 'SUMMARISES',
  PUBLISHED_BY = 'PUBLISHED_BY',
  FEATURES = 'FEATURES',
  CREATED_BY = 'CREATED_BY',
  CONVENED_BY = 'CONVENED_BY',
  ABOUT = 'ABOUT',
}

/** Which way a traversal follows relationships from the node it starts at. */
export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}

registerEnumType(NodeKind, { name: 'NodeKind', description: 'The kinds of node in the R2P graph.' });
registerEnumType(RelationshipType, { name: 'RelationshipType', description: 'The types of relationship in the R2P graph.' });
registerEnumType(Direction, { name: 'Direction', description: 'OUT follows relationships from the node, IN towards it.' });

/** The label every node carries besides its kind, so that ids are unique across kinds. */
export const ENTITY_LABEL = 'Entity';

/** Kinds whose ids are UN document symbols rather than `kind:slug`. */
export const SYMBOL_KINDS: ReadonlySet<NodeKind> = new Set([NodeKind.Report, NodeKind.Resolution, NodeKind.Document]);

/** The id prefix of each slug-identified kind (`person:edward-luck`). */
export const ID_PREFIX: Readonly<Record<NodeKind, string>> = {
  [NodeKind.Report]: '',
  [NodeKind.Resolution]: '',
  [NodeKind.Document]: 'document',
  [NodeKind.Dialogue]: 'dialogue',
  [NodeKind.Person]: 'person',
  [NodeKind.Post]: 'post',
  [NodeKind.Pillar]: 'pillar',
  [NodeKind.Crime]: 'crime',
  [NodeKind.Measure]: 'measure',
  [NodeKind.Organ]: 'organ',
  [NodeKind.Organization]: 'organization',
  [NodeKind.Office]: 'office',
  [NodeKind.Instrument]: 'instrument',
  [NodeKind.Concept]: 'concept',
  [NodeKind.Event]: 'event',
  [NodeKind.Country]: 'country',
  [NodeKind.Claim]: 'claim',
};

/** The property that gives a node of each kind its human-readable label. */
export const LABEL_PROPERTY: Readonly<Record<NodeKind, string>> = {
  [NodeKind.Report]: 'title',
  [NodeKind.Resolution]: 'title',
  [NodeKind.Document]: 'title',
  [NodeKind.Dialogue]: 'title',
  [NodeKind.Person]: 'name',
  [NodeKind.Post]: 'name',
  [NodeKind.Pillar]: 'title',
  [NodeKind.Crime]: 'name',
  [NodeKind.Measure]: 'text',
  [NodeKind.Organ]: 'name',
  [NodeKind.Organization]: 'name',
  [NodeKind.Office]: 'name',
  [NodeKind.Instrument]: 'name',
  [NodeKind.Concept]: 'name',
  [NodeKind.Event]: 'name',
  [NodeKind.Country]: 'name',
  [NodeKind.Claim]: 'value',
};

/** The property that places a node of each kind in time, where it has one. */
export const DATE_PROPERTY: Readonly<Partial<Record<NodeKind, string>>> = {
  [NodeKind.Report]: 'date',
  [NodeKind.Resolution]: 'date',
  [NodeKind.Document]: 'date',
  [NodeKind.Dialogue]: 'startDate',
  [NodeKind.Instrument]: 'date',
  [NodeKind.Event]: 'date',
  [NodeKind.Office]: 'established',
};

export const isNodeKind = (value: unknown): value is NodeKind =>
  typeof value === 'string' && (Object.values(NodeKind) as string[]).includes(value);
export const isRelationshipType = (value: unknown): value is RelationshipType =>
  typeof value === 'string' && (Object.values(RelationshipType) as string[]).includes(value);
