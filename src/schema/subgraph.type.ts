import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Source } from './source.type';

/** A node in the shape graph tools read: kind and label as strings, every own property in `properties`. */
@ObjectType({ simpleResolvers: true, description: 'A node for graph tools: id, kind, label, its own properties and its sources.' })
export class GraphNode {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The node kind (its label in Neo4j), e.g. Report.' })
  kind: string;

  @Field(() => String)
  label: string;

  @Field(() => GraphQLJSON, { description: "The node's own properties; dates are ISO strings." })
  properties: Record<string, unknown>;

  @Field(() => [Source])
  sources: Source[];
}

/** A relationship in the shape graph tools read. */
@ObjectType({ simpleResolvers: true, description: 'A relationship for graph tools: type, the ids of its ends, its own properties and its sources.' })
export class GraphEdge {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  type: string;

  @Field(() => ID, { description: 'The id of the node it starts at.' })
  source: string;

  @Field(() => ID, { description: 'The id of the node it ends at.' })
  target: string;

  @Field(() => GraphQLJSON)
  properties: Record<string, unknown>;

  @Field(() => [Source])
  sources: Source[];
}

/** Nodes and the relationships among them. */
@ObjectType({ simpleResolvers: true, description: 'A set of nodes and the relationships among them.' })
export class Subgraph {
  @Field(() => [GraphNode])
  nodes: GraphNode[];

  @Field(() => [GraphEdge])
  edges: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the result was cut at its limit: more nodes were reachable.' })
  truncated: boolean;
}
