import { ClassType } from 'type-graphql';
import { Claim } from './claim.type';
import { Concept } from './concept.type';
import { Country } from './country.type';
import { Crime } from './crime.type';
import { Dialogue } from './dialogue.type';
import { Document } from './document.type';
import { Event } from './event.type';
import { Instrument } from './instrument.type';
import { NodeKind } from './kinds';
import { Measure } from './measure.type';
import { Node } from './node.type';
import { Office } from './office.type';
import { Organ } from './organ.type';
import { Organization } from './organization.type';
import { Person } from './person.type';
import { Pillar } from './pillar.type';
import { Post } from './post.type';
import { Report } from './report.type';
import { Resolution } from './resolution.type';

/** The GraphQL object type of each node kind: what a list or a mutation of that kind returns. */
export const OBJECT_TYPE: Readonly<Record<NodeKind, ClassType<Node>>> = {
  [NodeKind.Report]: Report,
  [NodeKind.Resolution]: Resolution,
  [NodeKind.Document]: Document,
  [NodeKind.Dialogue]: Dialogue,
  [NodeKind.Person]: Person,
  [NodeKind.Post]: Post,
  [NodeKind.Pillar]: Pillar,
  [NodeKind.Crime]: Crime,
  [NodeKind.Measure]: Measure,
  [NodeKind.Organ]: Organ,
  [NodeKind.Organization]: Organization,
  [NodeKind.Office]: Office,
  [NodeKind.Instrument]: Instrument,
  [NodeKind.Concept]: Concept,
  [NodeKind.Event]: Event,
  [NodeKind.Country]: Country,
  [NodeKind.Claim]: Claim,
};
