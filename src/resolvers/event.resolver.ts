import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { EventListArgs } from '../schema/event.args';
import { Event } from '../schema/event.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Event nodes. */
export const EventConnection = ConnectionOf(() => Event, 'Event');

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: 'The Event nodes: filtered, ordered and paged.' })
  events(@Args() args: EventListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Event, args, 'date');
  }
}
