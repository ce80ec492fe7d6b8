import { InputType } from 'type-graphql';
import { NODE_KINDS, NodeKind, propertiesOf } from '../model';
import { inputFieldOf } from './fields';
import { NodeInput } from './node.input';

/** A concrete input class, with the kind it describes. */
export type NodeInputClass = (new () => NodeInput) & { kind: NodeKind };

/**
 * The input class of one node kind, built from the model at start-up: the same property declarations as its
 * object type, so that the two cannot drift apart. It validates the API's upserts and the seed files alike.
 */
function inputClassOf(kind: NodeKind): NodeInputClass {
  const KindInput = class extends NodeInput {
    static kind = kind;
  };
  Object.defineProperty(KindInput, 'name', { value: `${kind}Input` });
  for (const [name, property] of Object.entries(propertiesOf(kind))) inputFieldOf(property)(KindInput.prototype, name);
  InputType(`${kind}Input`)(KindInput);
  return KindInput;
}

/** The input class that validates a node of each kind, for the API and the seed loader alike. */
export const INPUT_CLASS = {} as Record<NodeKind, NodeInputClass>;
for (const kind of NODE_KINDS) INPUT_CLASS[kind] = inputClassOf(kind);
