import { InputType } from 'type-graphql';
import { ChoiceInput, DateInput, TextInput, TextListInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

export const DOCUMENT_TYPES = ['letter', 'web-page', 'summary', 'framework', 'video', 'photo', 'press-release', 'statement', 'publication', 'report', 'meeting-record'] as const;

/** Any other document: letters, the Framework of Analysis, web pages, summaries, videos, photos. */
@InputType()
export class DocumentInput extends NodeInput {
  static kind = NodeKind.Document;

  @TextInput(500)
  title: string;

  @ChoiceInput(DOCUMENT_TYPES)
  documentType: string;

  @DateInput({ optional: true })
  date?: string;

  @TextListInput(60, { optional: true })
  symbols?: string[];

  @TextInput(500, { optional: true })
  url?: string;

  @TextInput(2000, { optional: true })
  summary?: string;
}
