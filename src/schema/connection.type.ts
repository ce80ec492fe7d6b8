import { ClassType, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Where a page stands in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => Boolean)
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** A page of `T`s with Relay edges, a `nodes` shortcut, page info and the total count. One class per kind, made here. */
export function ConnectionOf<T extends object>(nodeType: () => ClassType<T>, kindName: string) {
  @ObjectType(`${kindName}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: 'Pass as `after` or `before` to page from here; stable under inserts.' })
    cursor: string;

    @Field(() => nodeType())
    node: T;
  }

  @ObjectType(`${kindName}Connection`, { simpleResolvers: true, description: `A page of ${kindName} nodes.` })
  class Connection {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [nodeType()], { description: 'The nodes of `edges`, for clients that need no cursors.' })
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many nodes match the filter, over all pages.' })
    totalCount: number;
  }
  return Connection;
}
