import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { PREFETCHED } from './compile';

/**
 * Lets every field of a node type answer from what its parent's statement already fetched (the projected
 * path, src/graph/selection/compile.ts), by response key, so that aliases with different arguments keep their
 * own answers. A node that was not projected (a mutation's result, an export) has nothing prefetched, and its
 * fields fall back to their own resolvers and the batched loaders.
 */
export function installPrefetch(schema: GraphQLSchema): GraphQLSchema {
  const node = schema.getType('Node');
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i === node)) continue;
    for (const field of Object.values(type.getFields())) {
      const own = field.resolve;
      if (!own) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
        const prefetched = (source as Record<symbol, Record<string, unknown> | undefined> | null)?.[PREFETCHED];
        if (prefetched && Object.hasOwn(prefetched, info.path.key)) return prefetched[info.path.key as string];
        return own(source, args, context, info);
      };
      field.resolve = resolve;
    }
  }
  return schema;
}
