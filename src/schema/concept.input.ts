import { InputType } from 'type-graphql';
import { TextInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

/** A concept such as sovereignty as responsibility. */
@InputType()
export class ConceptInput extends NodeInput {
  static kind = NodeKind.Concept;

  @TextInput(200)
  name: string;

  @TextInput(2000, { optional: true })
  definition?: string;
}
