import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { DialogueListArgs } from '../schema/dialogue.args';
import { Dialogue } from '../schema/dialogue.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Dialogue nodes. */
export const DialogueConnection = ConnectionOf(() => Dialogue, 'Dialogue');

@Resolver(() => Dialogue)
export class DialogueResolver {
  @Query(() => DialogueConnection, { description: 'The Dialogue nodes: filtered, ordered and paged.' })
  dialogues(@Args() args: DialogueListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Dialogue, args, 'startDate');
  }
}
