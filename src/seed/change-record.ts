import { IsIn, IsInt, IsObject, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { ChangeAction } from '../schema/change.type';
import { NodeKind, RelationshipType } from '../schema/kinds';

/** An ISO timestamp as the API writes it: UTC, to the millisecond or finer. */
export const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/** True for an ISO UTC timestamp naming an instant that exists. */
export function isIsoTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_TIMESTAMP.test(value)) return false;
  const time = Date.parse(value);
  // Date.parse rolls 2024-02-30 over to March; the round trip catches days that do not exist.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
}

const TARGET_KINDS: string[] = [...Object.values(NodeKind), ...Object.values(RelationshipType)];

/**
 * One audit-trail entry as `npm run dump` writes it to `changes.yaml`, so that the seed loader can restore
 * the trail; `before` and `after` are the target's state as maps (stored in Neo4j as JSON text).
 */
export class ChangeEntry {
  @IsString()
  @Length(1, 100)
  id: string;

  @Matches(ISO_TIMESTAMP, { message: 'at must be an ISO UTC timestamp such as 2024-05-01T12:00:00.000Z' })
  at: string;

  @IsInt()
  @Min(0)
  seq: number;

  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'actor must be the name of an API key' })
  actor: string;

  @Matches(/^[A-Za-z]{1,60}$/, { message: 'operation must be the name of a mutation' })
  operation: string;

  @IsIn(Object.values(ChangeAction))
  action: ChangeAction;

  @IsString()
  @Length(1, 500)
  target: string;

  @IsIn(TARGET_KINDS, { message: 'targetKind must be a node kind or a relationship type' })
  targetKind: string;

  @IsOptional()
  @IsObject()
  before?: Record<string, unknown>;

  @IsOptional()
  @IsObject()
  after?: Record<string, unknown>;
}
