import { InputType } from 'type-graphql';
import { TextInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

/** A country or situation that documents concern. */
@InputType()
export class CountryInput extends NodeInput {
  static kind = NodeKind.Country;

  @TextInput(200)
  name: string;
}
