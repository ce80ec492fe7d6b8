import { Arg, Args, Ctx, ID, MiddlewareFn, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { Caller, hasRole, Role } from '../api-keys';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../errors';
import type { ChangeShape } from '../graph/audit-trail';
import type { GraphEdgeShape } from '../graph/traversal.repository';
import type { NodeShape } from '../graph/storage-codec';
import { ChangesArgs } from '../schema/change.args';
import { Change } from '../schema/change.type';
import { GraphEdge } from '../schema/subgraph.type';
import { INPUT_CLASS } from '../schema/kind.input';
import { NODE_KINDS, NodeKind } from '../model';
import type { NodeInput } from '../schema/node.input';
import { OBJECT_TYPE } from '../schema/kind.type';
import { RelationshipInput } from '../schema/relationship.input';
import { SourceInput } from '../schema/source.input';

/**
 * Lets a mutation run only for a caller whose key has `role`. It runs before the arguments are validated, so
 * an anonymous caller learns nothing about the input, and the messages never say which keys exist.
 */
export function RequireRole(role: Role): MiddlewareFn<Context> {
  return ({ context }, next) => {
    if (context.caller === null) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'Changing the graph needs a valid API key, sent as "Authorization: Bearer <key>".');
    }
    if (!hasRole(context.caller, role)) {
      throw new AppError(ErrorCode.FORBIDDEN, `This API key may not do this; it needs the ${role} role.`);
    }
    return next();
  };
}

/** The caller that RequireRole let through. */
const callerOf = (ctx: Context): Caller => ctx.caller as Caller;

/** `upsert<Kind>(input: <Kind>Input!): <Kind>!` for one node kind: the kind's own input class and object type. */
function upsertResolver(kind: NodeKind): Function {
  const name = `upsert${kind}`;

  @Resolver()
  class UpsertResolver {
    @Mutation(() => OBJECT_TYPE[kind], {
      name,
      description: `Creates the ${kind} with this id, or replaces every property and source of it. Needs an editor key.`,
    })
    @UseMiddleware(RequireRole(Role.Editor))
    upsert(@Arg('input', () => INPUT_CLASS[kind]) input: NodeInput, @Ctx() ctx: Context): Promise<NodeShape> {
      return ctx.repositories.curation.upsertNode(kind, input, callerOf(ctx), name);
    }
  }
  Object.defineProperty(UpsertResolver, 'name', { value: `Upsert${kind}Resolver` });
  return UpsertResolver;
}

/** One upsert mutation per node kind; claims are written through recordClaim, which also keeps their fact consistent. */
export const UPSERT_RESOLVERS: Function[] = NODE_KINDS
  .filter((kind) => kind !== NodeKind.Claim)
  .map(upsertResolver);

/** The writes that are not per kind (deletes, relationships, sources, claims) and the audit trail. */
@Resolver()
export class CurationResolver {
  @Mutation(() => Change, {
    description:
      'Deletes a node. A node with relationships needs detach: true, which deletes them too (each recorded). ' +
      'Refused while claims are about it or records cite it as a source document. Needs an admin key.',
  })
  @UseMiddleware(RequireRole(Role.Admin))
  deleteNode(
    @Arg('id', () => ID) id: string,
    @Arg('detach', () => Boolean, { defaultValue: false }) detach: boolean,
    @Ctx() ctx: Context,
  ): Promise<ChangeShape> {
    return ctx.repositories.curation.deleteNode(id, detach, callerOf(ctx));
  }

  @Mutation(() => GraphEdge, {
    description:
      'Creates the relationship of this type between two existing nodes (NOT_FOUND otherwise), or replaces its ' +
      'properties and sources. Its id is "from|TYPE|to", with "#key" when a key is given. Needs an editor key.',
  })
  @UseMiddleware(RequireRole(Role.Editor))
  upsertRelationship(@Arg('input', () => RelationshipInput) input: RelationshipInput, @Ctx() ctx: Context): Promise<GraphEdgeShape> {
    return ctx.repositories.curation.upsertRelationship(input, callerOf(ctx));
  }

  @Mutation(() => Change, { description: 'Deletes one relationship by its id. Needs an admin key.' })
  @UseMiddleware(RequireRole(Role.Admin))
  deleteRelationship(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ChangeShape> {
    return ctx.repositories.curation.deleteRelationship(id, callerOf(ctx));
  }

  @Mutation(() => Change, { description: 'Adds a source to an existing node or relationship (by id). Needs an editor key.' })
  @UseMiddleware(RequireRole(Role.Editor))
  addSource(
    @Arg('targetId', () => ID) targetId: string,
    @Arg('source', () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ): Promise<ChangeShape> {
    return ctx.repositories.curation.addSource(targetId, source, callerOf(ctx));
  }

  @Mutation(() => OBJECT_TYPE.Claim, {
    description:
      'Records (or replaces) one claim about a property of an existing node. A preferred claim makes the other ' +
      'claims about that fact not preferred; a fact must keep exactly one preferred claim. Needs an editor key.',
  })
  @UseMiddleware(RequireRole(Role.Editor))
  recordClaim(@Arg('input', () => INPUT_CLASS.Claim) input: NodeInput, @Ctx() ctx: Context): Promise<NodeShape> {
    return ctx.repositories.curation.upsertNode(NodeKind.Claim, input, callerOf(ctx), 'recordClaim');
  }

  @Query(() => [Change], { description: 'The audit trail, newest first: every write since a time, or every write to one id.' })
  changes(@Args() args: ChangesArgs, @Ctx() ctx: Context): Promise<ChangeShape[]> {
    return ctx.repositories.curation.changes(args.since ?? null, args.id ?? null, args.first);
  }
}
