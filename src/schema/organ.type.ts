import { Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, NodeKind, RelationshipType } from './kinds';
import { LinkOf, LinkTo, related } from './link.type';
import { Node, Relation } from './node.type';
import { Dialogue, DialogueLink } from './dialogue.type';
import { Document, DocumentLink } from './document.type';
import { Measure, MeasureLink } from './measure.type';
import { Resolution, ResolutionLink } from './resolution.type';

/** A UN organ, body, department, programme or mechanism. */
@ObjectType({ implements: Node, description: 'A UN organ, body, department, programme or mechanism.' })
export class Organ extends Node {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  acronym?: string | null;

  @Field(() => [Relation], { description: 'What it is part of.' })
  partOf(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.PART_OF], Direction.OUT, null);
  }

  @Field(() => [Relation], { description: 'What is part of it.' })
  parts(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.PART_OF], Direction.IN, null);
  }

  @Field(() => [ResolutionLink], { description: 'Resolutions it adopted.' })
  resolutions(@Ctx() ctx: Context): Promise<LinkTo<Resolution>[]> {
    return related(ctx, this.id, [RelationshipType.ADOPTED_BY], Direction.IN, NodeKind.Resolution);
  }

  @Field(() => [MeasureLink], { description: 'Measures that involve it.' })
  measures(@Ctx() ctx: Context): Promise<LinkTo<Measure>[]> {
    return related(ctx, this.id, [RelationshipType.INVOLVES], Direction.IN, NodeKind.Measure);
  }

  @Field(() => [DialogueLink], { description: 'Dialogues it spoke at.' })
  dialogues(@Ctx() ctx: Context): Promise<LinkTo<Dialogue>[]> {
    return related(ctx, this.id, [RelationshipType.SPOKE_AT], Direction.OUT, NodeKind.Dialogue);
  }

  @Field(() => [DialogueLink], { description: 'Dialogues it convened.' })
  convened(@Ctx() ctx: Context): Promise<LinkTo<Dialogue>[]> {
    return related(ctx, this.id, [RelationshipType.CONVENED_BY], Direction.IN, NodeKind.Dialogue);
  }

  @Field(() => [DocumentLink], { description: 'Documents it published.' })
  documents(@Ctx() ctx: Context): Promise<LinkTo<Document>[]> {
    return related(ctx, this.id, [RelationshipType.PUBLISHED_BY, RelationshipType.ISSUED_BY], Direction.IN, NodeKind.Document);
  }
}

/** A relationship leading to a Organ. */
export const OrganLink = LinkOf(() => Organ, 'Organ');
