import { InputType } from 'type-graphql';
import { IntInput, TextInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

/** One of the three pillars of the responsibility to protect. */
@InputType()
export class PillarInput extends NodeInput {
  static kind = NodeKind.Pillar;

  @IntInput(1, 3)
  number: number;

  @TextInput(300)
  title: string;

  @TextInput(2000)
  wording: string;
}
