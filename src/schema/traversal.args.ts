import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { Direction, RelationshipType } from './kinds';
import { InRange, IsIsoDate } from './validators';

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID, { description: 'The node to start from (any of a document\'s symbols works).' })
  @Length(1, 200)
  id: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many relationships away to go (1-4).' })
  @InRange('depth', 1, 4)
  depth: number;

  @Field(() => [RelationshipType], { nullable: true, description: 'Follow only these types; all when omitted.' })
  @IsOptional()
  @ArrayMaxSize(30)
  relationshipTypes?: RelationshipType[];

  @Field(() => Direction, { defaultValue: Direction.BOTH })
  direction: Direction;

  @Field(() => Int, { defaultValue: 200, description: 'At most this many nodes, the nearest first (1-1000).' })
  @InRange('limit', 1, 1000)
  limit: number;
}

@ArgsType()
export class ShortestPathArgs {
  @Field(() => ID)
  @Length(1, 200)
  from: string;

  @Field(() => ID)
  @Length(1, 200)
  to: string;

  @Field(() => Int, { defaultValue: 6, description: 'The longest path to consider (1-10).' })
  @InRange('maxDepth', 1, 10)
  maxDepth: number;

  @Field(() => [RelationshipType], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  relationshipTypes?: RelationshipType[];

  @Field(() => Boolean, { defaultValue: false, description: 'Every shortest path (at most 25) instead of one.' })
  all: boolean;
}

@ArgsType()
export class TimelineArgs {
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY, YYYY-MM or YYYY-MM-DD); inclusive.' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @Field(() => String, { nullable: true, description: 'ISO date; inclusive, so "2011" ends on 31 December 2011.' })
  @IsOptional()
  @IsIsoDate()
  to?: string;

  @Field(() => [String], { nullable: true, description: 'Node kinds (Report, Dialogue, ...) and/or relationship types (HELD, ...) to keep.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Length(1, 40, { each: true })
  kinds?: string[];

  @Field(() => Int, { defaultValue: 500, description: 'At most this many entries (1-2000).' })
  @InRange('first', 1, 2000)
  first: number;
}

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: 'Words to look for in titles, names, wording, texts and source passages.' })
  @Length(1, 200, { message: 'text must be 1 to 200 characters long' })
  text: string;

  @Field(() => [String], { nullable: true, description: 'Node kinds to keep.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 40, { each: true })
  kinds?: string[];

  @Field(() => Int, { defaultValue: 20 })
  @InRange('first', 1, 100)
  first: number;
}

@ArgsType()
export class RelatedArgs {
  @Field(() => ID)
  @Length(1, 200)
  id: string;

  @Field(() => Int, { defaultValue: 10 })
  @InRange('first', 1, 100)
  first: number;
}
