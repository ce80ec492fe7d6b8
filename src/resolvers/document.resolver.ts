import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { DocumentListArgs } from '../schema/document.args';
import { Document } from '../schema/document.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Document nodes. */
export const DocumentConnection = ConnectionOf(() => Document, 'Document');

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentConnection, { description: 'The Document nodes: filtered, ordered and paged.' })
  documents(@Args() args: DocumentListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Document, args, 'date');
  }
}
