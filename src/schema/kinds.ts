import { registerEnumType } from 'type-graphql';
import { NodeKind, RelationshipType } from '../model';

export { isNodeKind, isRelationshipType, NodeKind, RelationshipType } from '../model';

/** Which way a traversal follows relationships from the node it starts at. */
export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}

registerEnumType(NodeKind, { name: 'NodeKind', description: 'The kinds of node in the R2P graph.' });
registerEnumType(RelationshipType, { name: 'RelationshipType', description: 'The types of relationship in the R2P graph.' });
registerEnumType(Direction, { name: 'Direction', description: 'OUT follows relationships from the node, IN towards it.' });
