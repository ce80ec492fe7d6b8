import { InputType } from 'type-graphql';
import { BoolInput, TextInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

/** One source's claim about a property of a node, kept where sources disagree. */
@InputType()
export class ClaimInput extends NodeInput {
  static kind = NodeKind.Claim;

  @TextInput(200, { description: 'The id of the node the claim is about.' })
  subject: string;

  @TextInput(100, { description: 'The property of that node.' })
  property: string;

  @TextInput(1000, { description: 'The claimed value, as text.' })
  value: string;

  @BoolInput({ description: 'Whether this is the claim the graph holds as true.' })
  preferred: boolean;

  @TextInput(1000, { optional: true, description: 'Why this claim is preferred (or not).' })
  reason?: string;
}
