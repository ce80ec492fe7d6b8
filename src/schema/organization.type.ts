import { Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, NodeKind, RelationshipType } from './kinds';
import { LinkOf, LinkTo, related } from './link.type';
import { Node } from './node.type';
import { Dialogue, DialogueLink } from './dialogue.type';
import { Document, DocumentLink } from './document.type';
import { Measure, MeasureLink } from './measure.type';

/** An organisation outside the UN: a court, a regional organisation, a coalition. */
@ObjectType({ implements: Node, description: 'An organisation outside the UN: a court, a regional organisation, a coalition.' })
export class Organization extends Node {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  acronym?: string | null;

  @Field(() => [MeasureLink], { description: 'Measures that involve it.' })
  measures(@Ctx() ctx: Context): Promise<LinkTo<Measure>[]> {
    return related(ctx, this.id, [RelationshipType.INVOLVES], Direction.IN, NodeKind.Measure);
  }

  @Field(() => [DocumentLink], { description: 'Documents it published.' })
  documents(@Ctx() ctx: Context): Promise<LinkTo<Document>[]> {
    return related(ctx, this.id, [RelationshipType.PUBLISHED_BY, RelationshipType.ISSUED_BY], Direction.IN, NodeKind.Document);
  }

  @Field(() => [DialogueLink], { description: 'Dialogues it spoke at.' })
  dialogues(@Ctx() ctx: Context): Promise<LinkTo<Dialogue>[]> {
    return related(ctx, this.id, [RelationshipType.SPOKE_AT], Direction.OUT, NodeKind.Dialogue);
  }
}

/** A relationship leading to a Organization. */
export const OrganizationLink = LinkOf(() => Organization, 'Organization');
