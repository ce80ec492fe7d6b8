import { InputType } from 'type-graphql';
import { TextInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

/** An atrocity crime (or their incitement). */
@InputType()
export class CrimeInput extends NodeInput {
  static kind = NodeKind.Crime;

  @TextInput(200)
  name: string;

  @TextInput(1000, { optional: true })
  description?: string;
}
