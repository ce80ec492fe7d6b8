import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsString,
  Validate,
  ValidateNested,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { NodeKind } from './kinds';
import { idProblem } from './ids';
import { SourceInput } from './source.input';

@ValidatorConstraint({ name: 'nodeId' })
class NodeIdConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const kind = (args.object.constructor as typeof NodeInput).kind;
    return typeof value === 'string' && idProblem(kind, value) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    const kind = (args.object.constructor as typeof NodeInput).kind;
    return `id ${idProblem(kind, String(args.value)) ?? 'is invalid'} (got "${String(args.value).slice(0, 80)}")`;
  }
}

/** What every node input has: an id fit for its kind and at least one source. Each kind adds its fields. */
@InputType()
export abstract class NodeInput {
  /** The kind this input class describes; set by each subclass. */
  static kind: NodeKind;

  @Field(() => String)
  @IsString()
  @Validate(NodeIdConstraint)
  id: string;

  @Field(() => [SourceInput])
  @ValidateNested({ each: true })
  @Type(() => SourceInput)
  @ArrayMinSize(1, { message: 'sources must hold at least one source' })
  @ArrayMaxSize(50)
  sources: SourceInput[];
}
