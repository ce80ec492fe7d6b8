import { InputType } from 'type-graphql';
import { DateInput, TextInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

/** An office, such as the Office on Genocide Prevention and the Responsibility to Protect. */
@InputType()
export class OfficeInput extends NodeInput {
  static kind = NodeKind.Office;

  @TextInput(300)
  name: string;

  @TextInput(30, { optional: true })
  acronym?: string;

  @DateInput({ optional: true })
  established?: string;
}
