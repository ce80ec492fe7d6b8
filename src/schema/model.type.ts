import { Field, ObjectType } from 'type-graphql';
import { NodeKind, RelationshipType } from './kinds';

/** One property of a node kind or a relationship type, as the model declares it. */
@ObjectType({ simpleResolvers: true, description: 'One property of a node kind or a relationship type.' })
export class PropertyModel {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'string, int, boolean or date; a list holds values of this type.' })
  type: string;

  @Field(() => Boolean)
  list: boolean;

  @Field(() => Boolean)
  required: boolean;

  @Field(() => Boolean, { description: 'A list of its kind can be ordered by it.' })
  sortable: boolean;

  @Field(() => Boolean, { description: 'The full-text search covers it.' })
  searchable: boolean;
}

/** A node kind: how its nodes are identified, labelled, dated and drawn, and their properties. */
@ObjectType({ simpleResolvers: true, description: 'A node kind: how its nodes are identified, labelled, dated and drawn, and their properties.' })
export class KindModel {
  @Field(() => NodeKind)
  kind: NodeKind;

  @Field(() => String, { nullable: true, description: 'The prefix of its `prefix:slug` ids; null when its ids are always UN document symbols.' })
  idPrefix: string | null;

  @Field(() => String, { description: 'The property that labels its nodes.' })
  labelProperty: string;

  @Field(() => String, { nullable: true, description: 'The property that places its nodes in time, if any.' })
  dateProperty: string | null;

  @Field(() => String, { description: 'Its colour in drawings and legends (CSS hex).' })
  colour: string;

  @Field(() => String)
  description: string;

  @Field(() => Boolean, { description: 'Its nodes are documents that can be cited.' })
  citable: boolean;

  @Field(() => [PropertyModel])
  properties: PropertyModel[];
}

/** A relationship type: the kinds it may connect and the properties it may carry. */
@ObjectType({ simpleResolvers: true, description: 'A relationship type: the kinds it may connect and the properties it may carry.' })
export class RelationshipTypeModel {
  @Field(() => RelationshipType)
  type: RelationshipType;

  @Field(() => [NodeKind])
  from: NodeKind[];

  @Field(() => [NodeKind])
  to: NodeKind[];

  @Field(() => String, { nullable: true, description: 'The property that places it in time, if any.' })
  dateProperty: string | null;

  @Field(() => Boolean, { description: 'Made by the loader from other records, never written by hand.' })
  derived: boolean;

  @Field(() => [PropertyModel])
  properties: PropertyModel[];
}

/** The graph model: every node kind and every relationship type. */
@ObjectType({ simpleResolvers: true, description: 'The graph model, for frontends and graph tools: every node kind and relationship type.' })
export class GraphModel {
  @Field(() => [KindModel])
  kinds: KindModel[];

  @Field(() => [RelationshipTypeModel])
  relationshipTypes: RelationshipTypeModel[];
}
