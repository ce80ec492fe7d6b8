import { InputType } from 'type-graphql';
import { DateInput, TextInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

/** A legal instrument or a part of one: a convention, a charter chapter, an article. */
@InputType()
export class InstrumentInput extends NodeInput {
  static kind = NodeKind.Instrument;

  @TextInput(300)
  name: string;

  @TextInput(200, { optional: true })
  provision?: string;

  @DateInput({ optional: true, description: 'The date of adoption.' })
  date?: string;

  @TextInput(500, { optional: true })
  url?: string;
}
