import { Max, Min, registerDecorator, ValidationOptions } from 'class-validator';
import { Extensions } from 'type-graphql';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a date that exists. */
export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return Number(year) >= 1000;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const lastDay = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= lastDay;
}

/** A date as ISO `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that much is known. */
export function IsIsoDate(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isIsoDate',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} must be an existing date written YYYY-MM-DD, YYYY-MM or YYYY`, ...options },
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
}

/** The range a size argument (`first`, `last`, `limit`, `depth`) allows, carried on the GraphQL argument for the cost rule. */
export interface ArgumentRange {
  min: number;
  max: number;
}

/**
 * A whole-number argument that must lie in `min`..`max`: validated (BAD_USER_INPUT naming the argument and its
 * range) and published as the argument's `range` extension, so that the cost rule leaves an out-of-range value
 * to this check instead of answering QUERY_TOO_COMPLEX.
 */
export function InRange(name: string, min: number, max: number): PropertyDecorator {
  const message = `${name} must be between ${min} and ${max}`;
  return (target, property) => {
    Min(min, { message })(target, property);
    Max(max, { message })(target, property);
    Extensions({ range: { min, max } satisfies ArgumentRange })(target, property as string);
  };
}
