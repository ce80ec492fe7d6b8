import { InputType } from 'type-graphql';
import { DateInput, IntInput, TextInput, TextListInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

/** A Secretary-General's report on the responsibility to protect, as submitted or seeded. */
@InputType()
export class ReportInput extends NodeInput {
  static kind = NodeKind.Report;

  @TextInput(500)
  title: string;

  @DateInput({ description: 'The date the document bears.' })
  date: string;

  @TextListInput(60, { minItems: 1, description: 'Every symbol of the document; the first is its id.' })
  symbols: string[];

  @TextInput(500, { optional: true })
  url?: string;

  @IntInput(1, 100, { optional: true, description: 'Its place in the series of annual reports (1 = 2009).' })
  ordinal?: number;

  @TextInput(2000, { optional: true })
  summary?: string;
}
