import { InputType } from 'type-graphql';
import { TextInput } from './fields';
import { NodeKind } from './kinds';
import { NodeInput } from './node.input';

/** An organisation outside the UN: a court, a regional organisation, a coalition. */
@InputType()
export class OrganizationInput extends NodeInput {
  static kind = NodeKind.Organization;

  @TextInput(300)
  name: string;

  @TextInput(30, { optional: true })
  acronym?: string;
}
