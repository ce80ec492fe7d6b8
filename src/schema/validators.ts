import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { NodeKind } from './kinds';
import { idProblem } from './ids';

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

/** An id fit for a node of `kind`: a UN symbol for documents, `kind:slug` otherwise. */
export function IsNodeId(kind: NodeKind, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isNodeId',
      target: object.constructor,
      propertyName,
      options: {
        message: (args: ValidationArguments) => `${propertyName} ${idProblem(kind, String(args.value)) ?? 'is invalid'}`,
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && idProblem(kind, value) === null },
    });
}
