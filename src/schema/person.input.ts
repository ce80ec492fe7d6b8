import { InputType } from 'type-graphql';
import { TextInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

/** A person: Secretaries-General, Special Advisers, panelists, speakers. */
@InputType()
export class PersonInput extends NodeInput {
  static kind = NodeKind.Person;

  @TextInput(200)
  name: string;

  @TextInput(1000, { optional: true })
  description?: string;
}
