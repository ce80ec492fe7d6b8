import { InputType } from 'type-graphql';
import { TextInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

/** A post a person holds, such as Special Adviser on the Prevention of Genocide. */
@InputType()
export class PostInput extends NodeInput {
  static kind = NodeKind.Post;

  @TextInput(300)
  name: string;

  @TextInput(200, { optional: true })
  level?: string;
}
