import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';
import { Field, Int } from 'type-graphql';
import type { PropertySpec } from '../model';
import { IsIsoDate } from './validators';

type PropertyDecorator = (target: object, property: string) => void;

const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, property) => {
    for (const decorate of decorators) decorate(target, property);
  };

interface Options {
  optional?: boolean;
  description?: string;
}

/** A bounded string field of an input class, validated by class-validator. */
export function TextInput(max: number, options: Options = {}): PropertyDecorator {
  return all(
    Field(() => String, { nullable: options.optional, description: options.description }),
    ...(options.optional ? [IsOptional()] : []),
    IsString(),
    Length(1, max),
  );
}

/** A string field restricted to a closed list of values. */
export function ChoiceInput(values: readonly string[], options: Options = {}): PropertyDecorator {
  return all(
    Field(() => String, { nullable: options.optional, description: options.description ?? `One of: ${values.join(', ')}.` }),
    ...(options.optional ? [IsOptional()] : []),
    IsIn(values as string[]),
  );
}

/** An ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`). */
export function DateInput(options: Options = {}): PropertyDecorator {
  return all(
    Field(() => String, { nullable: options.optional, description: options.description ?? 'ISO date: YYYY-MM-DD, YYYY-MM or YYYY.' }),
    ...(options.optional ? [IsOptional()] : []),
    IsIsoDate(),
  );
}

/** A list of ISO dates. */
export function DateListInput(options: Options = {}): PropertyDecorator {
  return all(
    Field(() => [String], { nullable: options.optional, description: options.description }),
    ...(options.optional ? [IsOptional()] : []),
    ArrayMaxSize(31),
    IsIsoDate({ each: true }),
  );
}

/** A list of bounded strings. */
export function TextListInput(max: number, options: Options & { minItems?: number } = {}): PropertyDecorator {
  return all(
    Field(() => [String], { nullable: options.optional, description: options.description }),
    ...(options.optional ? [IsOptional()] : []),
    ArrayMinSize(options.minItems ?? 0),
    ArrayMaxSize(20),
    IsString({ each: true }),
    Length(1, max, { each: true }),
  );
}

/** A whole number within bounds. */
export function IntInput(min: number, max: number, options: Options = {}): PropertyDecorator {
  return all(
    Field(() => Int, { nullable: options.optional, description: options.description }),
    ...(options.optional ? [IsOptional()] : []),
    IsInt(),
    Min(min),
    Max(max),
  );
}

/** A yes/no field. */
export function BoolInput(options: Options = {}): PropertyDecorator {
  return all(
    Field(() => Boolean, { nullable: options.optional, description: options.description }),
    ...(options.optional ? [IsOptional()] : []),
    IsBoolean(),
  );
}

const sentenceOf = (choices: readonly string[]) => `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}.`;

/** The input field a model property becomes: its GraphQL type and class-validator rules, from its declaration. */
export function inputFieldOf(spec: PropertySpec): PropertyDecorator {
  const options = { optional: !spec.required, description: spec.inputDescription ?? spec.description };
  if (spec.choices) return ChoiceInput(spec.choices, options);
  switch (spec.type) {
    case 'string':
      return spec.list
        ? TextListInput(spec.maxLength ?? 200, { ...options, minItems: spec.minItems })
        : TextInput(spec.maxLength ?? 200, options);
    case 'date':
      return spec.list ? DateListInput(options) : DateInput(options);
    case 'int':
      return IntInput(spec.min ?? 0, spec.max ?? 2147483647, options);
    case 'boolean':
      return BoolInput(options);
  }
}

/** The object field a model property becomes: nullable unless required; a closed list says its values. */
export function objectFieldOf(spec: PropertySpec): PropertyDecorator {
  const scalar = spec.type === 'int' ? Int : spec.type === 'boolean' ? Boolean : String;
  const description = spec.description ?? (spec.choices ? sentenceOf(spec.choices) : undefined);
  return Field(() => (spec.list ? [scalar] : scalar), { nullable: !spec.required, description });
}
