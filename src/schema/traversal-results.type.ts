import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ClaimView } from './claim-view.type';
import { GraphEdge, GraphNode } from './subgraph.type';

/** Whether a timeline entry dates a node or a relationship. */
export enum TimelineEntryKind {
  NODE = 'NODE',
  RELATIONSHIP = 'RELATIONSHIP',
}
registerEnumType(TimelineEntryKind, { name: 'TimelineEntryKind' });

@ObjectType({ simpleResolvers: true, description: 'A dated node (a report issued, a dialogue held) or a dated relationship (a term begun or ended).' })
export class TimelineEntry {
  @Field(() => String, { description: 'ISO date, possibly partial (YYYY or YYYY-MM).' })
  date: string;

  @Field(() => TimelineEntryKind)
  entryKind: TimelineEntryKind;

  @Field(() => String, { description: 'Which property holds the date: date, startDate, established, from or to.' })
  dateProperty: string;

  @Field(() => String, { description: 'A readable line, e.g. "Edward Luck HELD Special Adviser ... (from)".' })
  description: string;

  @Field(() => GraphNode, { description: 'The node dated, or for a relationship the node it starts at.' })
  node: GraphNode;

  @Field(() => GraphEdge, { nullable: true, description: 'The relationship dated; null for a node entry.' })
  edge?: GraphEdge | null;

  @Field(() => GraphNode, { nullable: true, description: 'For a relationship, the node it ends at.' })
  target?: GraphNode | null;
}

@ObjectType({ simpleResolvers: true, description: 'A full-text search hit.' })
export class SearchHit {
  @Field(() => Float, { description: 'Relevance from the full-text index; higher is better.' })
  score: number;

  @Field(() => GraphNode)
  node: GraphNode;
}

@ObjectType({ simpleResolvers: true, description: 'A node related to another through the neighbours they share.' })
export class RelatedHit {
  @Field(() => Float, { description: 'Adamic-Adar score: shared neighbours, the rarer each the more it counts.' })
  score: number;

  @Field(() => GraphNode)
  node: GraphNode;

  @Field(() => [GraphNode], { description: 'The neighbours both nodes share (at most 10).' })
  shared: GraphNode[];

  @Field(() => Int)
  sharedCount: number;

  @Field(() => String, { description: 'Why it is related, in words.' })
  reason: string;
}

@ObjectType({ simpleResolvers: true, description: 'A fact on which sources disagree: every claim with its sources, the preferred one first.' })
export class Dispute {
  @Field(() => GraphNode)
  subject: GraphNode;

  @Field(() => String)
  property: string;

  @Field(() => ClaimView, { nullable: true })
  preferred?: ClaimView | null;

  @Field(() => [ClaimView])
  claims: ClaimView[];
}

@ObjectType({ simpleResolvers: true })
export class NameCount {
  @Field(() => String)
  name: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true, description: 'What the graph holds.' })
export class GraphStats {
  @Field(() => [NameCount], { description: 'Nodes per kind.' })
  nodes: NameCount[];

  @Field(() => [NameCount], { description: 'Relationships per type.' })
  relationships: NameCount[];

  @Field(() => Int)
  totalNodes: number;

  @Field(() => Int)
  totalRelationships: number;

  @Field(() => Int, { description: 'Nodes without a source; 0 in a healthy graph.' })
  nodesWithoutSource: number;

  @Field(() => Int, { description: 'Relationships without a source; 0 in a healthy graph.' })
  relationshipsWithoutSource: number;

  @Field(() => Int, { description: 'Facts on which sources disagree.' })
  disputedFacts: number;
}
