import { InputType } from 'type-graphql';
import { BoolInput, DateInput, IntInput, TextInput, TextListInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

/** A General Assembly, Security Council or Human Rights Council resolution. */
@InputType()
export class ResolutionInput extends NodeInput {
  static kind = NodeKind.Resolution;

  @TextInput(500)
  title: string;

  @DateInput({ description: 'The date of adoption.' })
  date: string;

  @TextListInput(60, { minItems: 1 })
  symbols: string[];

  @TextInput(500, { optional: true })
  url?: string;

  @TextInput(200, { optional: true })
  meeting?: string;

  @IntInput(0, 200, { optional: true })
  votesFor?: number;

  @IntInput(0, 200, { optional: true })
  votesAgainst?: number;

  @IntInput(0, 200, { optional: true })
  abstentions?: number;

  @BoolInput({ optional: true })
  adoptedWithoutVote?: boolean;

  @TextInput(2000, { optional: true })
  summary?: string;
}
