import { Arg, Ctx, Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { ClaimView } from './claim-view.type';
import { Direction, NodeKind, RelationshipType } from './kinds';
import { RelationshipProperties } from './relationship-properties.type';
import { Source } from './source.type';
import { related } from './relationship.type';

/** Every node of the graph: its id, kind, label and sources, the claims about it and its relationships. */
@InterfaceType({
  description: 'Any node of the R2P graph.',
  resolveType: (value: { kind: NodeKind }) => value.kind,
})
export abstract class Node {
  @Field(() => ID, { description: 'A UN document symbol, or kind:slug for every other node.' })
  id: string;

  @Field(() => NodeKind)
  kind: NodeKind;

  @Field(() => String, { description: "A human-readable label: the node's title, name or text." })
  label: string;

  @Field(() => [Source], { description: 'Where the node comes from; never empty.' })
  sources: Source[];

  @Field(() => String, { nullable: true, description: 'When the API created it (ISO timestamp); null for a node that came from seed/.' })
  createdAt?: string | null;

  @Field(() => String, { nullable: true, description: 'When the API last changed it (ISO timestamp); null if it never did.' })
  updatedAt?: string | null;

  @Field(() => [ClaimView], { description: 'Claims about this node where sources disagree, the preferred one first.' })
  claims(@Ctx() ctx: Context): Promise<ClaimView[]> {
    return ctx.loaders.claims.load(this.id);
  }

  @Field(() => [Relationship], { description: 'Every relationship of this node, optionally of some types and one direction.' })
  relationships(
    @Ctx() ctx: Context,
    @Arg('types', () => [RelationshipType], { nullable: true }) types?: RelationshipType[] | null,
    @Arg('direction', () => Direction, { defaultValue: Direction.BOTH }) direction: Direction = Direction.BOTH,
  ): Promise<Relationship[]> {
    return related(ctx, this.id, types ?? null, direction, null);
  }
}

/** The fields every relationship shows, whatever node it leads to. */
@ObjectType({ simpleResolvers: true })
export abstract class RelationshipBase {
  @Field(() => ID, { description: 'Stable: "from|TYPE|to", with "#key" where two share endpoints and type.' })
  id: string;

  @Field(() => RelationshipType)
  type: RelationshipType;

  @Field(() => Direction, { description: 'OUT when the relationship starts at the node it was reached from.' })
  direction: Direction;

  @Field(() => RelationshipProperties)
  properties: RelationshipProperties;

  @Field(() => [Source])
  sources: Source[];
}

/** A relationship and the node at its other end, whatever its kind. */
@ObjectType({ simpleResolvers: true, description: 'A relationship and the node at its other end.' })
export class Relationship extends RelationshipBase {
  @Field(() => Node)
  node: Node;
}
