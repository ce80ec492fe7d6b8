import { NodeKind } from './kinds';

/** How a property is compared and sorted. */
export type PropertyType = 'string' | 'int' | 'boolean' | 'date' | 'list';

/** The type of every property of every kind, for filters and sorting (generated from the schema types). */
export const PROPERTY_TYPES: Readonly<Record<NodeKind, Readonly<Record<string, PropertyType>>>> = {
  [NodeKind.Report]: { title: 'string', date: 'date', symbols: 'list', url: 'string', ordinal: 'int', summary: 'string' },
  [NodeKind.Resolution]: { title: 'string', date: 'date', symbols: 'list', url: 'string', meeting: 'string', votesFor: 'int', votesAgainst: 'int', abstentions: 'int', adoptedWithoutVote: 'boolean', summary: 'string' },
  [NodeKind.Document]: { title: 'string', documentType: 'string', date: 'date', symbols: 'list', url: 'string', summary: 'string' },
  [NodeKind.Dialogue]: { title: 'string', format: 'string', startDate: 'date', endDate: 'date', meetingDates: 'list', memberStateSpeakers: 'int', otherSpeakers: 'int', totalSpeakers: 'int', speakersNote: 'string', session: 'string', url: 'string' },
  [NodeKind.Person]: { name: 'string', description: 'string' },
  [NodeKind.Post]: { name: 'string', level: 'string' },
  [NodeKind.Pillar]: { number: 'int', title: 'string', wording: 'string' },
  [NodeKind.Crime]: { name: 'string', description: 'string' },
  [NodeKind.Measure]: { text: 'string', category: 'string', ordinal: 'int' },
  [NodeKind.Organ]: { name: 'string', acronym: 'string' },
  [NodeKind.Organization]: { name: 'string', acronym: 'string' },
  [NodeKind.Office]: { name: 'string', acronym: 'string', established: 'date' },
  [NodeKind.Instrument]: { name: 'string', provision: 'string', date: 'date', url: 'string' },
  [NodeKind.Concept]: { name: 'string', definition: 'string' },
  [NodeKind.Event]: { name: 'string', date: 'date', endDate: 'date' },
  [NodeKind.Country]: { name: 'string' },
  [NodeKind.Claim]: { subject: 'string', property: 'string', value: 'string', preferred: 'boolean', reason: 'string' },
};
