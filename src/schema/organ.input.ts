import { InputType } from 'type-graphql';
import { TextInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

/** A UN organ, body, department, programme or mechanism. */
@InputType()
export class OrganInput extends NodeInput {
  static kind = NodeKind.Organ;

  @TextInput(300)
  name: string;

  @TextInput(30, { optional: true })
  acronym?: string;
}
