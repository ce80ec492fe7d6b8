import { InputType } from 'type-graphql';
import { ChoiceInput, IntInput, TextInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

export const MEASURE_CATEGORIES = ['recommendation', 'form-of-assistance', 'proposed-action', 'way-forward', 'early-warning'] as const;

/** A recommendation or tool listed under a pillar, the way forward, or early warning. */
@InputType()
export class MeasureInput extends NodeInput {
  static kind = NodeKind.Measure;

  @TextInput(2000)
  text: string;

  @ChoiceInput(MEASURE_CATEGORIES)
  category: string;

  @IntInput(1, 100, { optional: true, description: 'Its place in the list it comes from.' })
  ordinal?: number;
}
