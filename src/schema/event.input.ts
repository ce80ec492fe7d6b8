import { InputType } from 'type-graphql';
import { DateInput, TextInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

/** An event such as the 2005 World Summit. */
@InputType()
export class EventInput extends NodeInput {
  static kind = NodeKind.Event;

  @TextInput(300)
  name: string;

  @DateInput()
  date: string;

  @DateInput({ optional: true })
  endDate?: string;
}
