import { Direction, NodeKind, RelationshipType } from '../../schema/kinds';
import { OBJECT_TYPE } from '../../schema/types';

/** What one typed relationship field of a kind follows: types, direction and the kind it leads to. */
export interface RelationshipFieldSpec {
  types: RelationshipType[] | null;
  direction: Direction;
  kind: NodeKind | null;
}

const cache = new Map<string, RelationshipFieldSpec | null>();

/**
 * The relationship field `field` of `kind`, or null when it is none. Read from the field's own resolver: it is
 * called once with a context whose loader records what it asks for, so that the types, direction and target
 * kind are declared only where the field is.
 */
export function relationshipFieldOf(kind: NodeKind, field: string): RelationshipFieldSpec | null {
  const key = `${kind}.${field}`;
  if (cache.has(key)) return cache.get(key)!;
  let spec: RelationshipFieldSpec | null = null;
  const resolver = (OBJECT_TYPE[kind].prototype as unknown as Record<string, unknown>)[field];
  if (typeof resolver === 'function' && field !== 'relationships' && field !== 'claims') {
    const probe = {
      loaders: {
        relations: {
          load: (asked: { types: RelationshipType[] | null; direction: Direction; kind: NodeKind | null }) => {
            spec = { types: asked.types, direction: asked.direction, kind: asked.kind };
            return Promise.resolve([]);
          },
        },
      },
    };
    try {
      void resolver.call({ id: '' }, probe);
    } catch {
      // A resolver that needs more than the relationship loader is not a relationship field.
    }
  }
  cache.set(key, spec);
  return spec;
}
