import { ClaimInput } from './claim.input';
import { ConceptInput } from './concept.input';
import { CountryInput } from './country.input';
import { CrimeInput } from './crime.input';
import { DialogueInput } from './dialogue.input';
import { DocumentInput } from './document.input';
import { EventInput } from './event.input';
import { InstrumentInput } from './instrument.input';
import { NodeKind } from './kinds';
import { MeasureInput } from './measure.input';
import { NodeInput } from './node.input';
import { OfficeInput } from './office.input';
import { OrganInput } from './organ.input';
import { OrganizationInput } from './organization.input';
import { PersonInput } from './person.input';
import { PillarInput } from './pillar.input';
import { PostInput } from './post.input';
import { ReportInput } from './report.input';
import { ResolutionInput } from './resolution.input';

/** The input class that validates a node of each kind, for the API and the seed loader alike. */
export const INPUT_CLASS: Readonly<Record<NodeKind, new () => NodeInput>> = {
  [NodeKind.Report]: ReportInput,
  [NodeKind.Resolution]: ResolutionInput,
  [NodeKind.Document]: DocumentInput,
  [NodeKind.Dialogue]: DialogueInput,
  [NodeKind.Person]: PersonInput,
  [NodeKind.Post]: PostInput,
  [NodeKind.Pillar]: PillarInput,
  [NodeKind.Crime]: CrimeInput,
  [NodeKind.Measure]: MeasureInput,
  [NodeKind.Organ]: OrganInput,
  [NodeKind.Organization]: OrganizationInput,
  [NodeKind.Office]: OfficeInput,
  [NodeKind.Instrument]: InstrumentInput,
  [NodeKind.Concept]: ConceptInput,
  [NodeKind.Event]: EventInput,
  [NodeKind.Country]: CountryInput,
  [NodeKind.Claim]: ClaimInput,
};

/** Properties that hold whole numbers, so that they reach Neo4j as integers rather than floats. */
export const INTEGER_PROPERTIES: ReadonlySet<string> = new Set([
  'ordinal',
  'votesFor',
  'votesAgainst',
  'abstentions',
  'memberStateSpeakers',
  'otherSpeakers',
  'totalSpeakers',
  'number',
]);
